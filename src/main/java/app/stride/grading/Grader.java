package app.stride.grading;

import app.stride.engine.ByteUnit;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.Families;
import app.stride.exercise.Misconception;
import app.stride.exercise.PartSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades typed answers against an exercise: reads each number as the student wrote it,
 * compares within the part's tolerance, gives credit for an error carried forward, recognizes
 * typical wrong computations, and scores lists item by item.
 */
public final class Grader {

    private final Families families;

    public Grader(Families families) {
        this.families = families;
    }

    public Feedback grade(Exercise exercise, Map<String, String> typed) {
        List<PartResult> results = new ArrayList<>();
        Map<String, BigDecimal> earlier = new LinkedHashMap<>();
        double weighted = 0;
        double weights = 0;
        for (PartSpec part : exercise.template().parts()) {
            String text = typed.getOrDefault(part.id(), "");
            PartResult result = switch (part.kind()) {
                case LIST -> list(exercise, part, text);
                case CHOICE -> choice(exercise, part, text);
                default -> number(exercise, part, text, earlier);
            };
            if (result.value() != null) {
                earlier.put(part.id(), result.value());
            }
            results.add(result);
            weighted += part.weight() * result.score();
            weights += part.weight();
        }
        return new Feedback(weights == 0 ? 0 : weighted / weights, List.copyOf(results));
    }

    private PartResult number(Exercise exercise, PartSpec part, String text, Map<String, BigDecimal> earlier) {
        NumberReading reading = AnswerParser.read(text);
        if (reading instanceof NumberReading.Invalid invalid) {
            return PartResult.invalid(part.id(), invalid.reasonKey());
        }
        if (reading instanceof NumberReading.Ambiguous ambiguous && part.kind() == AnswerKind.COUNT) {
            // a count is whole: "903.400" can only mean 903 400, which is no guess
            List<NumberReading.Value> whole = ambiguous.readings().stream()
                    .filter(v -> v.number().stripTrailingZeros().scale() <= 0).toList();
            if (whole.size() == 1) {
                reading = whole.get(0);
            }
        }
        if (reading instanceof NumberReading.Ambiguous ambiguous) {
            List<BigDecimal> values = new ArrayList<>();
            for (NumberReading.Value v : ambiguous.readings()) {
                Optional<BigDecimal> value = inPartUnit(part, v);
                if (value.isEmpty()) {
                    return PartResult.invalid(part.id(), "grading.invalid.unit.unexpected");
                }
                values.add(value.get());
            }
            return PartResult.ambiguous(part.id(), values);
        }
        Optional<BigDecimal> value = inPartUnit(part, (NumberReading.Value) reading);
        if (value.isEmpty()) {
            return PartResult.invalid(part.id(), "grading.invalid.unit.unexpected");
        }
        BigDecimal v = value.get();
        Expected expected = exercise.expected(part.id());
        if (part.tolerance().accepts(expected.number(), v)) {
            return new PartResult(part.id(), Outcome.CORRECT, 1, v, null, null, null, List.of());
        }
        Optional<BigDecimal> carried = families.get(exercise.template().family())
                .carriedForward(exercise, part.id(), Map.copyOf(earlier));
        if (carried.isPresent() && part.tolerance().accepts(carried.get(), v)) {
            return new PartResult(part.id(), Outcome.CARRIED_FORWARD, 1, v, null, null, null, List.of());
        }
        String misconception = exercise.misconceptions().stream()
                .filter(m -> m.partId().equals(part.id()) && m.number() != null)
                .filter(m -> part.tolerance().accepts(m.number(), v))
                .map(Misconception::id).findFirst().orElse(null);
        return new PartResult(part.id(), Outcome.WRONG, 0, v, null, misconception, null, List.of());
    }

    /** The typed value in the part's base unit: bytes for memory (a bare number is in the asked unit). */
    private static Optional<BigDecimal> inPartUnit(PartSpec part, NumberReading.Value v) {
        return switch (part.kind()) {
            case BYTES -> Optional.of(v.unit() != null ? v.bytes()
                    : v.number().multiply(BigDecimal.valueOf((part.unit() == null ? ByteUnit.B : part.unit()).bytes())));
            case COUNT -> v.unit() != null || v.percent() ? Optional.empty() : Optional.of(v.number());
            default -> v.unit() != null ? Optional.empty() : Optional.of(v.plain());
        };
    }

    private static PartResult list(Exercise exercise, PartSpec part, String text) {
        Optional<List<Integer>> typed = AnswerParser.integers(text);
        if (typed.isEmpty()) {
            return PartResult.invalid(part.id(), text.isBlank() ? "grading.invalid.empty" : "grading.invalid.list");
        }
        List<Integer> expected = exercise.expected(part.id()).list();
        List<Integer> given = typed.get();
        int right = 0;
        for (int i = 0; i < Math.min(expected.size(), given.size()); i++) {
            if (expected.get(i).equals(given.get(i))) {
                right++;
            }
        }
        double score = (double) right / Math.max(expected.size(), given.size());
        Outcome outcome = score == 1 ? Outcome.CORRECT : score > 0 ? Outcome.PARTIAL : Outcome.WRONG;
        String misconception = score == 1 ? null : exercise.misconceptions().stream()
                .filter(m -> m.partId().equals(part.id()) && given.equals(m.list()))
                .map(Misconception::id).findFirst().orElse(null);
        return new PartResult(part.id(), outcome, score, null, given, misconception, null, List.of());
    }

    private static PartResult choice(Exercise exercise, PartSpec part, String text) {
        String chosen = text == null ? "" : text.strip();
        if (chosen.isEmpty()) {
            return PartResult.invalid(part.id(), "grading.invalid.empty");
        }
        if (exercise.template().choices().stream().noneMatch(c -> c.id().equals(chosen))) {
            return PartResult.invalid(part.id(), "grading.invalid.choice");
        }
        boolean right = exercise.expected(part.id()).choice().equals(chosen);
        return new PartResult(part.id(), right ? Outcome.CORRECT : Outcome.WRONG, right ? 1 : 0, null, null,
                null, null, List.of());
    }
}
