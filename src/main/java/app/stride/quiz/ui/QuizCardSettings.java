package app.stride.quiz.ui;

import app.stride.quiz.QuizCard;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * A quiz's rules on its card, in one wrapping line: whom it is for (a group), when it opens and
 * closes (in the reader's locale), the time limit, attempts, when feedback comes, and whether
 * questions are shuffled.
 */
class QuizCardSettings extends Paragraph {

    /** {@code groupName}: the name of the group the quiz is limited to, or null when it is for everyone. */
    QuizCardSettings(QuizCard quiz, String groupName) {
        addClassName("stride-quiz-settings");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        List<String> parts = new ArrayList<>();
        if (groupName != null) {
            parts.add(getTranslation("quiz.card.group", groupName));
        }
        parts.add(getTranslation("quiz.card.opens", quiz.opensAt() == null ? getTranslation("quiz.card.opens.publish")
                : format(quiz.opensAt(), when)));
        parts.add(getTranslation("quiz.card.closes", quiz.closesAt() == null ? getTranslation("quiz.card.closes.never")
                : format(quiz.closesAt(), when)));
        parts.add(getTranslation("quiz.card.minutes", quiz.timeLimitMinutes()));
        parts.add(getTranslation("quiz.card.attempts", quiz.attemptsAllowed()));
        parts.add(getTranslation("quiz.card.feedback",
                getTranslation("quiz.feedback." + quiz.feedbackPolicy().name().toLowerCase())));
        parts.add(getTranslation(quiz.shuffle() ? "quiz.card.shuffled" : "quiz.card.ordered"));
        setText(String.join(" · ", parts));
    }

    private static String format(Instant at, DateTimeFormatter when) {
        return at.atZone(ZoneId.systemDefault()).format(when);
    }
}
