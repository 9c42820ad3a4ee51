package app.stride.api;

/**
 * What one runtime request may cost, reckoned from its sizes before any of the work is done, so
 * that no request can hold a thread for long: a few hundredths of a second of one core at most,
 * and an answer of a few megabytes. Products of sizes saturate at {@link Long#MAX_VALUE} instead
 * of wrapping around, so 2^32 · 2^32 is "too much", never 0.
 */
final class WorkBudget {

    /** Multiply-adds (or values visited) one request may take: about 20 to 70 ms of one core. */
    static final long MAX_WORK = 10_000_000L;
    /** Values one answer may hold: about 1.5 MB of JSON. */
    static final long MAX_OUTPUT_VALUES = 100_000L;
    /** An IoU costs about as much as this many multiply-adds. */
    static final long IOU_COST = 5;

    private WorkBudget() {
    }

    /** a · b · ..., or {@link Long#MAX_VALUE} once the product passes it; every factor is at least 0. */
    static long product(long... factors) {
        long product = 1;
        for (long f : factors) {
            if (f == 0) {
                return 0;
            }
            if (product > Long.MAX_VALUE / f) {
                product = Long.MAX_VALUE;
            } else {
                product *= f;
            }
        }
        return product;
    }

    /** a + b + ..., or {@link Long#MAX_VALUE} once the sum passes it; every term is at least 0. */
    static long sum(long... terms) {
        long sum = 0;
        for (long t : terms) {
            sum = sum > Long.MAX_VALUE - t ? Long.MAX_VALUE : sum + t;
        }
        return sum;
    }

    /** Refuses, naming {@code path}, a request whose output or work is over the budget. */
    static void check(long outputValues, long work, String path) {
        if (outputValues > MAX_OUTPUT_VALUES || work > MAX_WORK) {
            throw new ApiBadRequestException(path, "This request would compute " + amount(outputValues)
                    + " output values with " + amount(work) + " multiply-adds; one request may compute at most "
                    + MAX_OUTPUT_VALUES + " values with " + MAX_WORK + " multiply-adds. Send a smaller input, "
                    + "window or kernel, or a larger stride.");
        }
    }

    private static String amount(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2·10^18" : String.valueOf(n);
    }
}
