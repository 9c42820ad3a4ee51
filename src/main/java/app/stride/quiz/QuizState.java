package app.stride.quiz;

import java.time.Instant;

/**
 * Where a quiz stands at a moment, as its teacher reads it on the card: worked on (draft),
 * published but not yet open (scheduled), open to students, past its closing time (closed), or
 * put away (archived). The one place that turns status, window and clock into it.
 */
public enum QuizState {
    DRAFT, SCHEDULED, OPEN, CLOSED, ARCHIVED;

    /** The state of a teacher's quiz at {@code now}; a student's mock exam reads as open or closed by its window. */
    public static QuizState of(QuizStatus status, Instant opensAt, Instant closesAt, Instant now) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case ARCHIVED -> ARCHIVED;
            case PUBLISHED, EXAM -> opensAt != null && now.isBefore(opensAt) ? SCHEDULED
                    : closesAt != null && !now.isBefore(closesAt) ? CLOSED : OPEN;
        };
    }
}
