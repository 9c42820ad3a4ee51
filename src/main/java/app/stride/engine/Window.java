package app.stride.engine;

/** A kernel, stride or pool size: height × width. A single number means a square. */
public record Window(int h, int w) {

    public Window {
        if (h <= 0 || w <= 0) {
            throw new IllegalArgumentException("must be positive, got " + h + "×" + w);
        }
    }

    public static Window square(int size) {
        return new Window(size, size);
    }

    public boolean isSquare() {
        return h == w;
    }

    public long area() {
        return (long) h * w;
    }

    @Override
    public String toString() {
        return isSquare() ? String.valueOf(h) : h + "×" + w;
    }
}
