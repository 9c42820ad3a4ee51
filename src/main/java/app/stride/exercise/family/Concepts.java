package app.stride.exercise.family;

import app.stride.engine.Derivation;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Multiple-choice and true/false items from the course notes: all data, the answer in the template. */
public final class Concepts extends FamilyBase {

    public Concepts() {
        super("concepts",
                Set.of(),
                Set.of("answer"),
                Set.of(),
                Set.of());
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        if (template.answer() == null || template.explanation() == null) {
            throw new IllegalArgumentException("a concept item needs an answer and an explanation");
        }
        return new Exercise(template, seed, params, List.of(Expected.choice("answer", template.answer())), List.of(),
                List.of(Derivation.of("solution.explanation", "", template.explanation().en(),
                        template.explanation().nl())));
    }
}
