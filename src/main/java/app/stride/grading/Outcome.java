package app.stride.grading;

/** How one answer part came out. */
public enum Outcome {
    CORRECT,
    /** Wrong by itself, but right given the student's own earlier answers. */
    CARRIED_FORWARD,
    /** A list with some items right. */
    PARTIAL,
    WRONG,
    /** Not an answer (no number, an unknown unit): told apart from wrong, costs nothing. */
    INVALID,
    /** Readable two ways; the student is asked which was meant. */
    AMBIGUOUS
}
