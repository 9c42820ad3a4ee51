package app.stride.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exercise as it was drawn, kept with the attempt at it: the version of its template, the
 * parameters drawn, the parts as they were asked (label, kind, unit, tolerance, weight) and their
 * keys. Once the template or the drawing code has changed, it rebuilds the exercise with exactly
 * the numbers, parts and keys the student saw and was graded on.
 */
public record DrawnExercise(String version, Map<String, Object> params, List<PartSpec> parts, List<Expected> keys) {

    public DrawnExercise {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        parts = List.copyOf(parts);
        keys = List.copyOf(keys);
    }

    /** What to keep of an exercise: its drawn parameters in the template's order, its parts and their keys. */
    public static DrawnExercise of(Exercise exercise, String version) {
        Map<String, Object> drawn = new LinkedHashMap<>();
        for (String name : exercise.template().params().keySet()) {
            drawn.put(name, exercise.params().get(name));
        }
        List<PartSpec> parts = exercise.template().parts();
        return new DrawnExercise(version, drawn, parts, parts.stream().map(p -> exercise.expected(p.id())).toList());
    }

    /**
     * The exercise as drawn, worded as {@code current} (the template as the bank now has it) words
     * it: the family computes it again from the stored parameters, for the stored parts, and the
     * stored keys stand whatever the family's code now computes.
     */
    public Exercise rebuild(Template current, long seed, Families families) {
        Template asAsked = new Template(current.id(), current.family(), current.difficulty(), current.params(),
                current.prompt(), parts, current.choices(), current.answer(), current.explanation(),
                current.misconceptions(), current.cases(), current.file());
        Exercise made = families.get(current.family()).create(asAsked, seed, params);
        List<Expected> expected = new ArrayList<>();
        for (Expected e : made.expected()) {
            expected.add(keys.stream().filter(k -> k.partId().equals(e.partId())).findFirst().orElse(e));
        }
        for (Expected k : keys) {
            if (made.expected().stream().noneMatch(e -> e.partId().equals(k.partId()))) {
                expected.add(k);
            }
        }
        // every component of the exercise as made, but the keys: a new component must be copied here too
        return Generator.distinguishable(new Exercise(made.template(), made.seed(), made.params(), expected,
                made.misconceptions(), made.solution(), made.figure(), made.solutionFigure()));
    }
}
