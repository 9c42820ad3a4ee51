package app.stride.quiz;

import java.time.Instant;
import java.util.List;

/**
 * What a teacher fills in for a quiz; checked by the service, field by field. {@code groupId}: the
 * group the quiz is limited to (only its members join it, its teachers share it), or null.
 */
public record QuizSettings(String title, List<Item> items, boolean shuffle, int timeLimitMinutes, Instant opensAt,
                           Instant closesAt, int attemptsAllowed, boolean sameVariants, FeedbackPolicy feedbackPolicy,
                           Long groupId) {

    public QuizSettings {
        items = List.copyOf(items);
    }

    /** A quiz for anyone with its code. */
    public QuizSettings(String title, List<Item> items, boolean shuffle, int timeLimitMinutes, Instant opensAt,
                        Instant closesAt, int attemptsAllowed, boolean sameVariants, FeedbackPolicy feedbackPolicy) {
        this(title, items, shuffle, timeLimitMinutes, opensAt, closesAt, attemptsAllowed, sameVariants, feedbackPolicy,
                null);
    }

    /** So many questions of a family, or of one of its templates, at a difficulty (null: any). */
    public record Item(String family, String templateId, Integer difficulty, int count) {
    }
}
