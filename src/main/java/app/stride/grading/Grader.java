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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Grades typed answers against an exercise: reads each number as the student wrote it,
 * compares within the part's tolerance, gives credit for an error carried forward, recognizes
 * typical wrong computations, and scores lists item by item: a sequence by place, a set by the
 * items it shares with the key, in any order.
 */
public final class Grader {

    /** From here a bare whole number in a memory part asked in KB, MB or GB may be a count of bytes. */
    static final BigDecimal BYTE_COUNT_FROM = BigDecimal.valueOf(10_000);

    private final Families families;

    public Grader(Families families) {
        this.families = families;
    }

    /**
     * Grades what was typed, part by part, reading numbers as they are written in {@code locale}
     * (the language the student typed in: "2,576" is 2.576 in Dutch and asked about in English).
     */
    public Feedback grade(Exercise exercise, Map<String, String> typed, Locale locale) {
        return grade(exercise, typed, part -> locale);
    }

    /**
     * Grades as above, each part's numbers read in the language that part was typed in: a student
     * who switched language halfway through a question wrote each answer the way of its own language.
     */
    public Feedback grade(Exercise exercise, Map<String, String> typed, Function<String, Locale> languageOfPart) {
        List<PartResult> results = new ArrayList<>();
        Map<String, BigDecimal> earlier = new LinkedHashMap<>();
        double weighted = 0;
        double weights = 0;
        for (PartSpec part : exercise.template().parts()) {
            String text = typed.getOrDefault(part.id(), "");
            PartResult result = switch (part.kind()) {
                case LIST -> list(exercise, part, text);
                case CHOICE -> choice(exercise, part, text);
                default -> number(exercise, part, text, earlier, languageOfPart.apply(part.id()));
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

    private PartResult number(Exercise exercise, PartSpec part, String text, Map<String, BigDecimal> earlier,
                              Locale locale) {
        boolean whole = part.kind() == AnswerKind.COUNT || part.kind() == AnswerKind.BYTES && unit(part) == ByteUnit.B;
        NumberReading reading = AnswerParser.read(text, locale, whole);
        if (reading instanceof NumberReading.Invalid invalid) {
            return PartResult.invalid(part.id(), invalid.reasonKey());
        }
        List<NumberReading.Value> typed = reading instanceof NumberReading.Ambiguous ambiguous ? ambiguous.readings()
                : List.of((NumberReading.Value) reading);
        List<Reading> readings = new ArrayList<>();
        for (NumberReading.Value v : typed) {
            List<Reading> meant = inPartUnit(part, v);
            if (meant.isEmpty()) {
                return PartResult.invalid(part.id(), "grading.invalid.unit.unexpected");
            }
            meant.stream().filter(r -> readings.stream().noneMatch(o -> o.value().compareTo(r.value()) == 0))
                    .forEach(readings::add);
        }
        if (readings.size() > 1) {
            return PartResult.ambiguous(part.id(), List.copyOf(readings));
        }
        BigDecimal v = readings.get(0).value();
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

    /** The unit a memory part asks for; B when it names none. */
    private static ByteUnit unit(PartSpec part) {
        return part.unit() == null ? ByteUnit.B : part.unit();
    }

    /**
     * What the typed value can mean in the part's base unit (bytes for memory; a bare number is
     * in the asked unit); none when it cannot (a unit on a count). A bare whole number from
     * {@link #BYTE_COUNT_FROM} up in a part not asked in B may be a byte count, as the course
     * works in bytes before converting: "372992" in an MB field is asked about. The rule looks
     * at the typed number only, never at the key, which a question would otherwise give away.
     */
    private static List<Reading> inPartUnit(PartSpec part, NumberReading.Value v) {
        return switch (part.kind()) {
            case BYTES -> {
                if (v.percent()) {
                    yield List.of();   // "50 %" is no amount of memory
                }
                if (v.unit() != null) {
                    yield List.of(new Reading(v.bytes(), v.unit()));
                }
                ByteUnit asked = unit(part);
                Reading inAsked = new Reading(v.number().multiply(BigDecimal.valueOf(asked.bytes())), asked);
                boolean byteCount = asked != ByteUnit.B && v.number().compareTo(BYTE_COUNT_FROM) >= 0
                        && v.number().stripTrailingZeros().scale() <= 0;
                yield byteCount ? List.of(inAsked, new Reading(v.number(), ByteUnit.B)) : List.of(inAsked);
            }
            case COUNT -> v.unit() != null || v.percent() ? List.of() : List.of(new Reading(v.number(), null));
            default -> v.unit() != null ? List.of() : List.of(new Reading(v.plain(), null));
        };
    }

    private static PartResult list(Exercise exercise, PartSpec part, String text) {
        Optional<List<Integer>> typed = ListReader.read(text);
        if (typed.isEmpty()) {
            return PartResult.invalid(part.id(), text.isBlank() ? "grading.invalid.empty" : "grading.invalid.list");
        }
        List<Integer> expected = exercise.expected(part.id()).list();
        List<Integer> given = part.ordered() ? typed.get() : typed.get().stream().distinct().sorted().toList();
        int right = part.ordered() ? inPlace(expected, given)
                : (int) given.stream().filter(expected::contains).count();
        int most = Math.max(expected.size(), given.size());
        double score = most == 0 ? 1 : (double) right / most;
        boolean same = part.ordered() ? given.equals(expected) : Set.copyOf(given).equals(Set.copyOf(expected));
        Outcome outcome = same ? Outcome.CORRECT : score > 0 ? Outcome.PARTIAL : Outcome.WRONG;
        String misconception = same ? null : exercise.misconceptions().stream()
                .filter(m -> m.partId().equals(part.id()) && m.list() != null)
                .filter(m -> part.ordered() ? given.equals(m.list()) : Set.copyOf(given).equals(Set.copyOf(m.list())))
                .map(Misconception::id).findFirst().orElse(null);
        return new PartResult(part.id(), outcome, same ? 1 : score, null, given, misconception, null, List.of());
    }

    /** How many items of a sequence are in their place. */
    private static int inPlace(List<Integer> expected, List<Integer> given) {
        int right = 0;
        for (int i = 0; i < Math.min(expected.size(), given.size()); i++) {
            if (expected.get(i).equals(given.get(i))) {
                right++;
            }
        }
        return right;
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
