package app.stride.runtime;




/**
 * The sliding window under convolution and pooling. The runtime finds the output grid by
 * stepping the window over the (zero-padded) input one stride at a time — not from the
 * engine's closed formula — so that tests comparing the two check one against the other.
 * Same padding adds as few zeros as TensorFlow does, the smaller half before.
 */
record Windows(int inHeight, int inWidth, Size window, Size stride, int outHeight, int outWidth,
               int padTop, int padLeft) {

    static Windows over(int inHeight, int inWidth, Size window, Size stride, Pad padding) {
        int padH = padding == Pad.SAME ? samePadding(inHeight, window.h(), stride.h()) : 0;
        int padW = padding == Pad.SAME ? samePadding(inWidth, window.w(), stride.w()) : 0;
        int outH = steps(inHeight + padH, window.h(), stride.h());
        int outW = steps(inWidth + padW, window.w(), stride.w());
        if (outH == 0 || outW == 0) {
            throw new RuntimeInputException("window", "the window " + window + " is larger than the "
                    + inHeight + "×" + inWidth + " input with valid padding");
        }
        return new Windows(inHeight, inWidth, window, stride, outH, outW, padH / 2, padW / 2);
    }

    /** Zeros needed so the last stride still starts on a real value and the window fits. */
    private static int samePadding(int n, int k, int s) {
        int lastStart = 0;
        while (lastStart + s < n) {
            lastStart += s;
        }
        return Math.max(0, lastStart + k - n);
    }

    private static int steps(int length, int k, int s) {
        int count = 0;
        for (int start = 0; start + k <= length; start += s) {
            count++;
        }
        return count;
    }

    /** Input row of the window's first row for output row {@code oi}; negative inside the padding. */
    int rowStart(int oi) {
        return oi * stride.h() - padTop;
    }

    int colStart(int oj) {
        return oj * stride.w() - padLeft;
    }

    boolean inside(int row, int col) {
        return row >= 0 && row < inHeight && col >= 0 && col < inWidth;
    }
}
