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
        String product = kernel.h() + "·" + kernel.w() + "·" + cin;
        return new LayerFigures(Shape.of(out.height(), out.width(), filters), params, 0, mults, List.of(
                Derivation.lazy("derive.conv2d.shape", () -> out.formula() + ", C = " + filters,
                        padding.key(), stride.toString(), filters),
                Derivation.lazy(useBias ? "derive.conv2d.params" : "derive.conv2d.params.nobias",
                        () -> (useBias ? "(" + product + " + 1)·" : product + "·") + filters + " = " + Numbers.grouped(params),
                        kernel.h() + "×" + kernel.w() + "×" + cin, filters),
                Derivation.lazy("derive.conv2d.mults",
                        () -> out.height() + "·" + out.width() + "·" + filters + " · " + product + " = "
                                + Numbers.grouped(mults),
                        out.height() + "×" + out.width() + "×" + filters, kernel.h() + "×" + kernel.w() + "×" + cin)));
    }
}
