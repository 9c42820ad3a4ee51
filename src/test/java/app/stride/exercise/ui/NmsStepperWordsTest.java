package app.stride.exercise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.exercise.BoxesFigure;
import app.stride.exercise.NmsFigure;
import app.stride.runtime.Nms;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The NMS stepper's sentences read as sentences in both languages: one box is "box", several
 * are "boxes" (listed by index, as the key lists a set), and nothing dropped or suppressed is
 * "nothing", never "—".
 */
class NmsStepperWordsTest extends KaribuTest {

    private static final BoxesFigure BOXES = new BoxesFigure(100, 100, BoxesFigure.Units.PIXELS, List.of(
            new BoxesFigure.LabeledBox("0", 10, 10, 40, 40, 0.9),
            new BoxesFigure.LabeledBox("1", 12, 12, 42, 42, 0.2),
            new BoxesFigure.LabeledBox("2", 60, 60, 90, 90, 0.8),
            new BoxesFigure.LabeledBox("3", 14, 10, 44, 40, 0.7),
            new BoxesFigure.LabeledBox("4", 58, 62, 88, 92, 0.6)));

    /** As reported: one box dropped, a selection that suppresses nothing. */
    private static NmsFigure oneDroppedNothingSuppressed() {
        return new NmsFigure(BOXES, 0.5, 0.3, List.of(1), List.of(new Nms.Step(0, List.of())));
    }

    /** Two boxes dropped, and a selection that suppresses two, given out of index order. */
    private static NmsFigure several() {
        return new NmsFigure(BOXES, 0.5, 0.65, List.of(4, 1), List.of(
                new Nms.Step(0, List.of(new Nms.Suppressed(3, 0.75), new Nms.Suppressed(1, 0.88)))));
    }

    @Test
    void oneDroppedBoxIsABoxAndNoSuppressedBoxIsNothingInEnglish() {
        NmsStepper stepper = new NmsStepper(oneDroppedNothingSuppressed());
        assertThat(stepper.caption.getText()).isEqualTo("Step 0: the score threshold drops box 1.");
        stepper.go(1);
        assertThat(stepper.caption.getText())
                .isEqualTo("Step 1: select box 0, the highest score left; it suppresses nothing.");
    }

    @Test
    void oneDroppedBoxIsABoxAndNoSuppressedBoxIsNothingInDutch() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        NmsStepper stepper = new NmsStepper(oneDroppedNothingSuppressed());
        assertThat(stepper.caption.getText()).isEqualTo("Stap 0: de scoredrempel verwijdert box 1.");
        stepper.go(1);
        assertThat(stepper.caption.getText())
                .isEqualTo("Stap 1: kies box 0, de hoogste score die overblijft; hij onderdrukt niets.");
    }

    @Test
    void severalBoxesAreListedByIndexInBothLanguages() {
        NmsStepper stepper = new NmsStepper(several());
        assertThat(stepper.caption.getText()).isEqualTo("Step 0: the score threshold drops boxes 1 and 4.");
        stepper.go(1);
        assertThat(stepper.caption.getText()).isEqualTo("Step 1: select box 0, the highest score left; it suppresses"
                + " boxes 1 (IoU 0.88) and 3 (IoU 0.75).");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        NmsStepper dutch = new NmsStepper(several());
        assertThat(dutch.caption.getText()).isEqualTo("Stap 0: de scoredrempel verwijdert boxen 1 en 4.");
        dutch.go(1);
        assertThat(dutch.caption.getText()).isEqualTo("Stap 1: kies box 0, de hoogste score die overblijft; hij"
                + " onderdrukt boxen 1 (IoU 0,88) en 3 (IoU 0,75).");
    }

    @Test
    void nothingDroppedIsSaidInWords() {
        NmsStepper stepper = new NmsStepper(new NmsFigure(BOXES, 0.5, 0.1, List.of(), List.of()));
        assertThat(stepper.caption.getText()).isEqualTo("Step 0: the score threshold drops nothing; every box takes part.");
    }
}
