package app.stride.engine;

import java.util.List;

/** Avg pooling over each channel separately; stride defaults to the pool size. */
public record AvgPool2D(String name, String from, Window pool, Window stride, Padding padding) implements Layer {

    public AvgPool2D {
        stride = stride == null ? pool : stride;
        padding = padding == null ? Padding.VALID : padding;
    }

    public static AvgPool2D of(int pool) {
        return new AvgPool2D(null, null, Window.square(pool), null, null);
    }

    @Override
    public String type() {
        return "avgpool2d";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public AvgPool2D withName(String newName) {
        return new AvgPool2D(newName, from, pool, stride, padding);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        return Pooling.figures(type(), inputShapes, pool, stride, padding);
    }
}
