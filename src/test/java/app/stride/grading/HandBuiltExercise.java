package app.stride.grading;

import app.stride.engine.ByteUnit;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.Families;
import app.stride.exercise.Family;
import app.stride.exercise.Misconception;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Template;
import app.stride.exercise.Text;
import app.stride.exercise.Tolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One-part exercises built by hand, to grade a typed answer without a family's computation. */
final class HandBuiltExercise {

    static final Grader GRADER = new Grader(new Families(List.of(new Family() {
        @Override
        public String id() {
            return "hand";
        }

        @Override
        public Set<String> requiredParams() {
            return Set.of();
        }

        @Override
        public Set<String> partIds() {
            return Set.of("answer");
        }

        @Override
        public Set<String> misconceptionIds() {
            return Set.of();
        }

        @Override
        public Exercise create(Template template, long seed, Map<String, Object> params) {
            throw new UnsupportedOperationException("built by hand");
        }
    })));

    private HandBuiltExercise() {
    }

    /** The part as a row names it: count, value, or the unit a memory part is asked in (B, KB, MB). */
    static PartSpec part(String kind) {
        Text label = new Text("Answer", "Antwoord");
        return switch (kind) {
            case "count" -> new PartSpec("answer", label, AnswerKind.COUNT, null, Tolerance.EXACT, 1);
            case "value" -> new PartSpec("answer", label, AnswerKind.VALUE, null, new Tolerance(0, 0.005), 1);
            default -> new PartSpec("answer", label, AnswerKind.BYTES, ByteUnit.valueOf(kind.toUpperCase()),
                    new Tolerance(0.02, 0), 1);
        };
    }

    /** A question of one number part whose key is {@code key} (bytes for memory). */
    static Exercise number(PartSpec part, BigDecimal key) {
        return exercise(part, Expected.number("answer", key), List.of());
    }

    /** A question of one list part: a set unless {@code ordered}. */
    static Exercise list(boolean ordered, List<Integer> key, List<Misconception> misconceptions) {
        PartSpec part = new PartSpec("answer", new Text("Boxes", "Boxen"), AnswerKind.LIST, null, Tolerance.EXACT, 1,
                ordered);
        return exercise(part, Expected.list("answer", key), misconceptions);
    }

    private static Exercise exercise(PartSpec part, Expected key, List<Misconception> misconceptions) {
        Template t = new Template("hand", "hand", 1, Map.of(), new Text("?", "?"), List.of(part), List.of(), null,
                null, Map.of(), List.of(), "hand.yaml");
        return new Exercise(t, 1, Map.of(), List.of(key), misconceptions, List.of());
    }
}
