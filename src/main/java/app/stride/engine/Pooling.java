package app.stride.engine;

import java.util.List;

/** What max and average pooling share: the sliding window, channels kept, nothing to learn. */
final class Pooling {

    private Pooling() {
    }

    static LayerFigures figures(String type, List<Shape> inputShapes, Window pool, Window stride, Padding padding) {
        Shape in = Layer.image(inputShapes, type);
        SlidingWindow out = SlidingWindow.over(in, pool, stride, padding, "pool");
        return new LayerFigures(Shape.of(out.height(), out.width(), in.channels()), 0, 0, 0, List.of(
                Derivation.of(Step.SHAPE, "derive.pool.shape", out.shape(in.channels()),
                        pool.toString(), stride.toString(), padding.key()),
                Derivation.of(Step.PARAMS, "derive.pool.params", new Arithmetic.Nothing())));
    }
}
