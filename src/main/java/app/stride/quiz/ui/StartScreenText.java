package app.stride.quiz.ui;

import app.stride.quiz.QuizTakingService;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the start screen says before the clock runs: "14 questions; you will have 25 minutes,
 * because the quiz closes at 11:25". The time said is the time the student will really have, not
 * the time limit when the quiz closes first.
 */
final class StartScreenText {

    private final Component in;
    private final QuizTakingService.QuizInfo info;
    private final Instant now;

    StartScreenText(Component in, QuizTakingService.QuizInfo info, Instant now) {
        this.in = in;
        this.info = info;
        this.now = now;
    }

    String text() {
        String time;
        if (info.closingCuts()) {
            time = in.getTranslation("quiz.start.time.cut", info.effectiveMinutes(), closing());
        } else if (info.closesAt() != null) {
            time = in.getTranslation("quiz.start.time.closes", info.effectiveMinutes(), closing());
        } else {
            time = in.getTranslation("quiz.start.time", info.effectiveMinutes());
        }
        return in.getTranslation("quiz.start.about", info.title(), info.questions(), time, info.attemptsLeft());
    }

    /** The closing time; with its date unless it is today. */
    private String closing() {
        ZonedDateTime at = info.closesAt().atZone(ZoneId.systemDefault());
        boolean today = at.toLocalDate().equals(now.atZone(ZoneId.systemDefault()).toLocalDate());
        DateTimeFormatter f = today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return at.format(f.withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
