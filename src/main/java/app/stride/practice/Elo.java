package app.stride.practice;

/**
 * The Elo model of mastery: P = 1 / (1 + e^−(θ − d)); after a score s in [0, 1],
 * θ += K·(s − P) and d −= K·(s − P), with K shrinking as attempts grow, so early attempts move
 * the estimate a lot and later ones fine-tune it.
 */
public final class Elo {

    private Elo() {
    }

    public static double expected(double theta, double difficulty) {
        return 1 / (1 + Math.exp(-(theta - difficulty)));
    }

    /** K for the next update after {@code attempts} earlier ones: 0.8 at first, never below 0.1. */
    public static double k(int attempts) {
        return Math.max(0.1, 0.8 / (1 + 0.2 * attempts));
    }

    /** The new (θ, d) after a score. */
    public static double[] update(double theta, double difficulty, int attempts, double score) {
        double change = k(attempts) * (score - expected(theta, difficulty));
        return new double[] {theta + change, difficulty - change};
    }
}
