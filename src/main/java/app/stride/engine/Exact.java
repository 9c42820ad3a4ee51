package app.stride.engine;

/**
 * Exact long arithmetic for the engine's figures that names the figure when it overflows, so a
 * refusal can say which value would not fit ("its parameters"), not just that one did not.
 */
final class Exact {

    private Exact() {
    }

    /** A figure past {@link Long#MAX_VALUE}; {@code field} is the setting that drove it, if one did. */
    static final class Overflow extends ArithmeticException {

        private final String figure;
        private final String field;

        Overflow(String figure, String field) {
            super(figure + " overflows a long");
            this.figure = figure;
            this.field = field;
        }

        String figure() {
            return figure;
        }

        String field() {
            return field;
        }
    }

    static long times(long a, long b, String figure) {
        return times(a, b, figure, null);
    }

    static long times(long a, long b, String figure, String field) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new Overflow(figure, field);
        }
    }

    static long plus(long a, long b, String figure) {
        return plus(a, b, figure, null);
    }

    static long plus(long a, long b, String figure, String field) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new Overflow(figure, field);
        }
    }
}
