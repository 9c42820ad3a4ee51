package app.stride.engine;

/**
 * The output grid of a window sliding over an image — the one mechanism under convolution and
 * pooling — with the derivation of each axis.
 */
record SlidingWindow(int height, int width, java.util.function.Supplier<String> written) {

    static SlidingWindow over(Shape image, Window window, Window stride, Padding padding, String windowField) {
        int h = image.dim(0);
        int w = image.dim(1);
        if (padding == Padding.VALID && (window.h() > h || window.w() > w)) {
            throw new LayerException(windowField, "window.large", windowField + " " + window + " is larger than its "
                    + h + "×" + w + " input with valid padding", windowField, window.toString(), h + "×" + w);
        }
        int ho = ShapeMath.outputLength(h, window.h(), stride.h(), padding);
        int wo = ShapeMath.outputLength(w, window.w(), stride.w(), padding);
        return new SlidingWindow(ho, wo, () -> "H = " + axis(h, window.h(), stride.h(), padding, ho)
                + ", W = " + axis(w, window.w(), stride.w(), padding, wo));
    }

    private static String axis(int n, int k, int s, Padding padding, int out) {
        if (padding == Padding.SAME) {
            return s == 1 ? n + "" : "⌈" + n + " / " + s + "⌉ = " + out;
        }
        return s == 1 ? n + " − " + k + " + 1 = " + out : "⌊(" + n + " − " + k + ") / " + s + "⌋ + 1 = " + out;
    }

    String formula() {
        return written.get();
    }

    long positions() {
        return (long) height * width;
    }
}
