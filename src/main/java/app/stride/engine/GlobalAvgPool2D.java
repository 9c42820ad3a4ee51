package app.stride.engine;

import java.util.List;

/** Global average pooling: one mean per channel, so [H, W, C] becomes [C]. */
public record GlobalAvgPool2D(String name, String from) implements Layer {

    @Override
    public String type() {
        return "globalavgpool2d";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public GlobalAvgPool2D withName(String newName) {
        return new GlobalAvgPool2D(newName, from);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.image(inputShapes, "globalavgpool2d");
        Shape output = Shape.of(in.channels());
        return new LayerFigures(output, 0, 0, 0, List.of(
                Derivation.of(Step.SHAPE, "derive.gap.shape", new Arithmetic.Reshaped(in, output),
                        in.dim(0) + "×" + in.dim(1), in.channels()),
                Derivation.of(Step.PARAMS, "derive.gap.params", new Arithmetic.Nothing())));
    }
}
