package app.stride.engine;

import java.util.List;

/**
 * One layer kind per record, each over the shared shape functions. A layer reads the previous
 * layer's output unless it names its inputs.
 */
public sealed interface Layer
        permits Conv2D, MaxPool2D, AvgPool2D, GlobalAvgPool2D, BatchNorm, Dropout, Flatten, Dense, Add,
        ActivationLayer {

    /** The type as the JSON API writes it: "conv2d", "maxpool2d", ... */
    String type();

    /** The layer's name; null until the model gives it the default {@code <type>_<n>}. */
    String name();

    /** Names of the layers it reads; empty means "the previous layer". */
    List<String> inputs();

    Layer withName(String name);

    /** Output shape, parameters and multiplications for these input shapes. */
    LayerFigures figures(List<Shape> inputShapes);

    /** Convenience for layers with exactly one input. */
    static Shape single(List<Shape> inputs) {
        if (inputs.size() != 1) {
            throw new LayerException("inputs", "inputs.one", "takes exactly one input, got " + inputs.size(),
                    inputs.size());
        }
        return inputs.get(0);
    }

    /** For layers that slide a window over an image: the input must be [H, W, C]. */
    static Shape image(List<Shape> inputs, String what) {
        Shape in = single(inputs);
        if (in.rank() != 3) {
            throw new LayerException("input", "rank3", what + " needs a 3-D input [height, width, channels], got " + in,
                    what, in.toString());
        }
        return in;
    }

    static List<String> from(String from) {
        return from == null ? List.of() : List.of(from);
    }
}
