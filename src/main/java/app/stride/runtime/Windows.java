package app.stride.runtime;

/**
 * The sliding window under convolution and pooling. The runtime finds the output grid by
 * stepping the window over the (zero-padded) input one stride at a time — not from the
 * engine's closed formula — so that tests comparing the two check one against the other.
 * Same padding adds as few zeros as TensorFlow does, the smaller half before.
 *
 * <p>Positions are stepped in {@code long}: a stride or window near 2^31 must end the walk, not
 * wrap around to a negative start and walk for ever. The walk takes at most one step per input
 * row or column, whatever the window and stride.
 */
record Windows(int inHeight, int inWidth, Size window, Size stride, int outHeight, int outWidth,
               int padTop, int padLeft) {

    static Windows over(int inHeight, int inWidth, Size window, Size stride, Pad padding) {
        int padH = padding == Pad.SAME ? samePadding(inHeight, window.h(), stride.h()) : 0;
        int padW = padding == Pad.SAME ? samePadding(inWidth, window.w(), stride.w()) : 0;
        int outH = steps((long) inHeight + padH, window.h(), stride.h());
        int outW = steps((long) inWidth + padW, window.w(), stride.w());
        if (outH == 0 || outW == 0) {
            throw new RuntimeInputException("window", "the window " + window.h() + "×" + window.w()
                    + " is larger than the " + inHeight + "×" + inWidth + " input with " + padding.name().toLowerCase(java.util.Locale.ROOT)
                    + " padding");
        }
        return new Windows(inHeight, inWidth, window, stride, outH, outW, padH / 2, padW / 2);
    }

    /** Zeros needed so the last stride still starts on a real value and the window fits: fewer than k. */
    private static int samePadding(int n, int k, int s) {
        long lastStart = 0;
        while (lastStart + s < n) {
            lastStart += s;
        }
        return (int) Math.max(0, lastStart + k - n);
    }

    /** Window positions along a padded length; each starts before the real values end, so at most n. */
    private static int steps(long length, int k, int s) {
        int count = 0;
        for (long start = 0; start + k <= length; start += s) {
            count++;
        }
        return count;
    }

    /** Input row of the window's first row for output row {@code oi}; negative inside the padding. */
    int rowStart(int oi) {
        return Math.toIntExact((long) oi * stride.h() - padTop);
    }

    int colStart(int oj) {
        return Math.toIntExact((long) oj * stride.w() - padLeft);
    }

    /** The first real row the window of output row {@code oi} covers. */
    int firstRow(int oi) {
        return Math.max(0, rowStart(oi));
    }

    /** One past the last real row the window of output row {@code oi} covers. */
    int endRow(int oi) {
        return (int) Math.min(inHeight, (long) rowStart(oi) + window.h());
    }

    int firstCol(int oj) {
        return Math.max(0, colStart(oj));
    }

    int endCol(int oj) {
        return (int) Math.min(inWidth, (long) colStart(oj) + window.w());
    }

    boolean inside(int row, int col) {
        return row >= 0 && row < inHeight && col >= 0 && col < inWidth;
    }
}
