package app.stride.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Turns (template, seed) into an exercise, always the same one for the same pair. */
public final class Generator {

    static final int ATTEMPTS = 500;
    /**
     * Part of every template's version ({@link TemplateVersion}): bump it when a family's code
     * changes what {@link #generate} gives for a template that did not change (its numbers, keys,
     * prompt values or typical mistakes), so that attempts drawn before are rebuilt from what they
     * stored instead of drawn again. The golden snapshot tests tell when it is due.
     */
    public static final int GENERATOR_VERSION = 4;

    private final Families families;

    public Generator(Families families) {
        this.families = families;
    }

    public Exercise generate(Template template, long seed) {
        Family family = families.get(template.family());
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ template.id().hashCode());
        String lastReason = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, Object> params = new LinkedHashMap<>();
            template.params().forEach((name, spec) -> params.put(name, spec.draw(random)));
            Optional<String> rejected = family.reject(params);
            if (rejected.isEmpty()) {
                return distinguishable(family.create(template, seed, params));
            }
            lastReason = rejected.get();
        }
        throw new IllegalStateException("template " + template.id() + " found no well-defined parameters in "
                + ATTEMPTS + " draws; last reason: " + lastReason);
    }

    /** The exercise for given parameters (a template's own test cases). */
    public Exercise create(Template template, Map<String, Object> params) {
        Family family = families.get(template.family());
        family.reject(params).ifPresent(reason -> {
            throw new IllegalArgumentException("parameters not well defined: " + reason);
        });
        return distinguishable(family.create(template, 0, params));
    }

    /**
     * Keeps only the mistakes this template's tolerance can tell from the right answer: a
     * mistake that lands within the margin is graded right, and naming it would contradict that.
     * Nor is a mistake named whose number another mistake gives within the margin: the student's
     * number cannot say which of the two they made, and naming the other would mislead.
     */
    static Exercise distinguishable(Exercise exercise) {
        List<Misconception> kept = new java.util.ArrayList<>(exercise.misconceptions().size());
        for (Misconception m : exercise.misconceptions()) {
            PartSpec part = null;
            for (PartSpec p : exercise.template().parts()) {
                if (p.id().equals(m.partId())) {
                    part = p;
                }
            }
            if (m.number() == null || part == null) {
                kept.add(m);
                continue;
            }
            PartSpec asked = part;
            boolean right = asked.tolerance().accepts(exercise.expected(asked.id()).number(), m.number());
            boolean twoWays = exercise.misconceptions().stream().anyMatch(o -> !o.id().equals(m.id())
                    && o.partId().equals(m.partId()) && o.number() != null
                    && (asked.tolerance().accepts(o.number(), m.number())
                    || asked.tolerance().accepts(m.number(), o.number())));
            if (!right && !twoWays) {
                kept.add(m);
            }
        }
        return new Exercise(exercise.template(), exercise.seed(), exercise.params(), exercise.expected(), kept,
                exercise.solution(), exercise.figure(), exercise.solutionFigure());
    }
}
