package app.stride.quiz;

/** When a student sees the grades and worked solutions of a quiz. */
public enum FeedbackPolicy {
    /** Right after answering each question. */
    IMMEDIATE,
    /** After submitting the attempt. */
    AFTER_SUBMIT,
    /** Only once the quiz's window has closed. */
    AFTER_CLOSE
}
