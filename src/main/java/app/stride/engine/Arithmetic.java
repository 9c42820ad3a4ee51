package app.stride.engine;

import java.util.List;

/**
 * The numbers of one derivation and the figure they arrive at, as the layer or the summary
 * computed them; {@link ArithmeticText} writes them out ("(3·3·3 + 1)·100 = 2 800"). Computing
 * and writing stay apart, as torchinfo keeps its layer rows apart from their formatting.
 */
public sealed interface Arithmetic {

    /** Arithmetic that arrives at a shape. */
    sealed interface ToShape extends Arithmetic {
        Shape result();
    }

    /** Arithmetic that arrives at a count: parameters, multiplications, bytes. */
    sealed interface ToCount extends Arithmetic {
        long result();
    }

    /** One axis of a sliding window: {@code length} positions, window, stride and padding. */
    record Axis(int length, int window, int stride, Padding padding, int result) {
    }

    /** Convolution and pooling: the window slides over height and width; the depth is given. */
    record Sliding(Axis height, Axis width, int channels) implements ToShape {
        @Override
        public Shape result() {
            return Shape.of(height.result(), width.result(), channels);
        }
    }

    /** Every value in one row. */
    record Flattened(Shape input, Shape result) implements ToShape {
    }

    /** A shape that becomes another: global average pooling keeps the channels, dense gives one value per unit. */
    record Reshaped(Shape input, Shape result) implements ToShape {
    }

    /** The input's shape, unchanged. */
    record Kept(Shape result) implements ToShape {
    }

    /** Inputs of one shape summed element by element. */
    record Joined(List<String> inputs, Shape result) implements ToShape {
        public Joined {
            inputs = List.copyOf(inputs);
        }
    }

    /** Each of {@code units} units has the weights {@code perUnit} multiplied together, plus a bias if it has one. */
    record Weights(List<Long> perUnit, boolean bias, long units, long result) implements ToCount {
        public Weights {
            perUnit = List.copyOf(perUnit);
        }
    }

    /** A product of groups of factors, e.g. output positions times the kernel volume. */
    record Product(List<List<Long>> groups, long result) implements ToCount {
        public Product {
            groups = groups.stream().map(List::copyOf).toList();
        }
    }

    /** Batch norm's four numbers per channel, of which two are trained. */
    record PerChannel(long channels, long trainable, long result) implements ToCount {
    }

    /** Nothing to learn. */
    record Nothing() implements ToCount {
        @Override
        public long result() {
            return 0;
        }
    }

    /** The values of a shape at some bytes each. */
    record ShapeBytes(Shape shape, int bytesPerValue, long result) implements ToCount {
    }

    /** A count of values at some bytes each. */
    record CountBytes(long count, int bytesPerValue, long result) implements ToCount {
    }

    /** A sum of counts; the zeros are left out of the writing. */
    record Sum(List<Long> terms, long result) implements ToCount {
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    /** The tensors alive at the peak of one prediction, plus the parameters, in bytes. */
    record Peak(List<Long> tensorBytes, long paramBytes, long result) implements ToCount {
        public Peak {
            tensorBytes = List.copyOf(tensorBytes);
        }
    }

    /** A batch of activations and inputs, plus parameters and gradients, in bytes. */
    record Training(int batchSize, long activationBytes, long inputBytes, long paramBytes, long gradientBytes,
                    long result) implements ToCount {
    }
}
