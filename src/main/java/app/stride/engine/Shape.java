package app.stride.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A tensor shape without the batch axis, channels last: {@code [H, W, C]} or {@code [N]}. */
public record Shape(List<Integer> dims) {

    public Shape {
        dims = List.copyOf(dims);
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("a shape needs at least one dimension");
        }
        for (int d : dims) {
            if (d <= 0) {
                throw new IllegalArgumentException("every dimension must be positive, got " + d);
            }
        }
    }

    public static Shape of(int... dims) {
        return new Shape(java.util.Arrays.stream(dims).boxed().toList());
    }

    public int rank() {
        return dims.size();
    }

    public int dim(int i) {
        return dims.get(i);
    }

    /** The last axis: channels of an image, features of a vector. */
    public int channels() {
        return dims.get(dims.size() - 1);
    }

    /** Number of values; exact, or an {@link ArithmeticException} if it does not fit a long. */
    public long elements() {
        long n = 1;
        for (int d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** "200×300×3", as the course writes shapes. */
    public String times() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining("×"));
    }

    @Override
    public String toString() {
        return dims.toString();
    }
}
