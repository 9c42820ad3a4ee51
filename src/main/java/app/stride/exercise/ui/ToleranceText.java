package app.stride.exercise.ui;

import app.stride.exercise.Tolerance;
import com.vaadin.flow.component.Component;

/** How exact an answer must be, as the student and the teacher read it: "exact", "within 2%", "within ± 0.005". */
public final class ToleranceText {

    private ToleranceText() {
    }

    public static String of(Component owner, Tolerance t) {
        if (t.isExact()) {
            return owner.getTranslation("bank.tolerance.exact");
        }
        return t.relative() > 0 ? owner.getTranslation("bank.tolerance.relative", t.relative() * 100)
                : owner.getTranslation("bank.tolerance.absolute", t.absolute());
    }
}
