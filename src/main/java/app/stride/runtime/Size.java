package app.stride.runtime;

/** Height × width of a kernel, pool window or stride. */
public record Size(int h, int w) {

    public Size {
        if (h <= 0 || w <= 0) {
            throw new RuntimeInputException("size", "sizes must be positive, got " + h + "×" + w);
        }
    }

    public static Size square(int n) {
        return new Size(n, n);
    }

    @Override
    public String toString() {
        return h == w ? String.valueOf(h) : h + "×" + w;
    }
}
