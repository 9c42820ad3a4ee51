package app.stride.engine;

import java.util.List;

/**
 * A 2-D convolution: {@code filters} kernels of kh×kw×cin, each with one bias. The parameter
 * count depends on the kernel and the input depth, never on the image size.
 */
public record Conv2D(String name, String from, int filters, Window kernel, Window stride, Padding padding,
                     boolean useBias, Activation activation) implements Layer {

    public Conv2D {
        if (filters <= 0) {
            throw new LayerException("filters", "positive", "filters must be positive, got " + filters, "filters",
                    filters);
        }
        stride = stride == null ? Window.square(1) : stride;
        padding = padding == null ? Padding.VALID : padding;
        activation = activation == null ? Activation.LINEAR : activation;
    }

    public static Conv2D of(int filters, int kernel, int stride, Padding padding) {
        return new Conv2D(null, null, filters, Window.square(kernel), Window.square(stride), padding, true, null);
    }

    @Override
    public String type() {
        return "conv2d";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public Conv2D withName(String newName) {
        return new Conv2D(newName, from, filters, kernel, stride, padding, useBias, activation);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.image(inputShapes, "conv2d");
        int cin = in.channels();
        SlidingWindow out = SlidingWindow.over(in, kernel, stride, padding, "kernel");
        long volume = Exact.times(kernel.area(), cin, "parameters");
        long params = Exact.times(Exact.plus(volume, useBias ? 1 : 0, "parameters"), filters, "parameters");
        long mults = Exact.times(Exact.times(out.positions(), filters, "multiplications"), volume,
                "multiplications");
        List<Long> volumeFactors = List.of((long) kernel.h(), (long) kernel.w(), (long) cin);
        return new LayerFigures(Shape.of(out.height(), out.width(), filters), params, 0, mults, List.of(
                Derivation.of(Step.SHAPE, "derive.conv2d.shape", out.shape(filters),
                        padding.key(), stride.toString(), filters),
                Derivation.of(Step.PARAMS, useBias ? "derive.conv2d.params" : "derive.conv2d.params.nobias",
                        new Arithmetic.Weights(volumeFactors, useBias, filters, params),
                        kernel.h() + "×" + kernel.w() + "×" + cin, filters),
                Derivation.of(Step.MULTIPLICATIONS, "derive.conv2d.mults", new Arithmetic.Product(List.of(
                                List.of((long) out.height(), (long) out.width(), (long) filters), volumeFactors), mults),
                        out.height() + "×" + out.width() + "×" + filters, kernel.h() + "×" + kernel.w() + "×" + cin)));
    }
}
