package app.stride.engine;

import java.util.List;

/** Max pooling over each channel separately; stride defaults to the pool size. */
public record MaxPool2D(String name, String from, Window pool, Window stride, Padding padding) implements Layer {

    public MaxPool2D {
        stride = stride == null ? pool : stride;
        padding = padding == null ? Padding.VALID : padding;
    }

    public static MaxPool2D of(int pool) {
        return new MaxPool2D(null, null, Window.square(pool), null, null);
    }

    @Override
    public String type() {
        return "maxpool2d";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public MaxPool2D withName(String newName) {
        return new MaxPool2D(newName, from, pool, stride, padding);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        return Pooling.figures(type(), inputShapes, pool, stride, padding);
    }
}
