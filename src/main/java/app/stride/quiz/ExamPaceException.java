package app.stride.quiz;

/**
 * A new mock exam was asked for too soon after the last one began: each saves a quiz of its own,
 * so a loop of start and hand-in would otherwise fill the database. Says how long to wait.
 */
public class ExamPaceException extends QuizInputException {

    private final long waitSeconds;

    ExamPaceException(long waitSeconds) {
        super("exam", "exam.error.wait");
        this.waitSeconds = waitSeconds;
    }

    /** Whole seconds until a new exam may start, at least 1. */
    public long waitSeconds() {
        return waitSeconds;
    }
}
