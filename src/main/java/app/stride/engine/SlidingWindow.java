package app.stride.engine;

/**
 * The output grid of a window sliding over an image — the one mechanism under convolution and
 * pooling — with the numbers of each axis.
 */
record SlidingWindow(Arithmetic.Axis rows, Arithmetic.Axis columns) {

    static SlidingWindow over(Shape image, Window window, Window stride, Padding padding, String windowField) {
        int h = image.dim(0);
        int w = image.dim(1);
        if (padding == Padding.VALID && (window.h() > h || window.w() > w)) {
            throw new LayerException(windowField, "window.large", windowField + " " + window + " is larger than its "
                    + h + "×" + w + " input with valid padding", windowField, window.toString(), h + "×" + w);
        }
        return new SlidingWindow(
                new Arithmetic.Axis(h, window.h(), stride.h(), padding,
                        ShapeMath.outputLength(h, window.h(), stride.h(), padding)),
                new Arithmetic.Axis(w, window.w(), stride.w(), padding,
                        ShapeMath.outputLength(w, window.w(), stride.w(), padding)));
    }

    int height() {
        return rows.result();
    }

    int width() {
        return columns.result();
    }

    /** The output [H, W, channels]'s derivation. */
    Arithmetic.Sliding shape(int channels) {
        return new Arithmetic.Sliding(rows, columns, channels);
    }

    long positions() {
        return (long) height() * width();
    }
}
