package app.stride.quiz;

import java.time.Instant;
import java.util.List;

/** What a teacher fills in for a quiz; checked by the service, field by field. */
public record QuizSettings(String title, List<Item> items, boolean shuffle, int timeLimitMinutes, Instant opensAt,
                           Instant closesAt, int attemptsAllowed, boolean sameVariants, FeedbackPolicy feedbackPolicy) {

    public QuizSettings {
        items = List.copyOf(items);
    }

    /** So many questions of a family, or of one of its templates, at a difficulty (null: any). */
    public record Item(String family, String templateId, Integer difficulty, int count) {
    }
}
