package app.stride.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The progress page says what "mastered" means, so that the bars and the practice status agree with it. */
class ProgressViewTest extends KaribuTest {

    @Test
    void theMasteryRuleIsWrittenUnderTheMasteryBars() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("progress");
        ProgressView view = _get(ProgressView.class);
        assertThat(shown(view.content)).contains("A topic is mastered while your latest 3 answers in it are 3 different"
                + " variants, each fully right; a wrong, blank or unreadable answer starts the run again.");
    }

    @Test
    void anAttemptWhoseAnswerWasShownSaysSoInTheRecentList() {
        login("student", "STUDENT");
        app.stride.practice.PracticeService practice = context.getBean(app.stride.practice.PracticeService.class);
        practice.reveal(practice.reopen("conv-params-rgb", 31_337).orElseThrow(), 1_000);
        UI.getCurrent().navigate("progress");
        ProgressView view = _get(ProgressView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.recent, 0))
                .contains("0% (answer shown)");
    }
}
