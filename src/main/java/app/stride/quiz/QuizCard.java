package app.stride.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A quiz as its teacher's list shows it: what it asks, its window and rules, whether it may still
 * be edited, how far the class is (attempts started, handed in), and where it stands at the
 * moment it was read ({@link QuizState}). {@code sharedBy}: the owner's name when the reader shares the quiz
 * without owning it (a co-teacher, the admin), else null; {@code groupId}: the group the quiz is
 * limited to, else null.
 */
public record QuizCard(long id, String title, QuizStatus status, String joinCode, Instant opensAt, Instant closesAt,
                       int timeLimitMinutes, int attemptsAllowed, FeedbackPolicy feedbackPolicy,
                       List<QuizSettings.Item> items, boolean editable, long started, long handedIn,
                       boolean shuffle, QuizState state, String sharedBy, Long groupId) {

    public QuizCard {
        items = List.copyOf(items);
    }


    /** The same card, naming whose the quiz is. */
    QuizCard sharedBy(String owner) {
        return new QuizCard(id, title, status, joinCode, opensAt, closesAt, timeLimitMinutes, attemptsAllowed,
                feedbackPolicy, items, editable, started, handedIn, shuffle, state, owner, groupId);
    }

    static QuizCard of(Quiz quiz, Instant now, long started, long handedIn) {
        return new QuizCard(quiz.getId(), quiz.getTitle(), quiz.getStatus(), quiz.getJoinCode(), quiz.getOpensAt(),
                quiz.getClosesAt(), quiz.getTimeLimitMinutes(), quiz.getAttemptsAllowed(), quiz.getFeedbackPolicy(),
                quiz.getItems().stream().map(QuizItem::toSettings).toList(), quiz.isEditable(now), started, handedIn,
                quiz.isShuffle(), QuizState.of(quiz.getStatus(), quiz.getOpensAt(), quiz.getClosesAt(), now), null,
                quiz.getGroupId());
    }
}
