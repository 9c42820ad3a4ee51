package app.stride.grading;

import java.util.List;
import java.util.Map;

/** The grade of a whole exercise: the weighted score of its parts, each with its own result. */
public record Feedback(double score, List<PartResult> parts) {

    /** Some part could not be graded yet: no number, or two readings. Nothing is recorded then. */
    public boolean needsAnotherLook() {
        return parts.stream().anyMatch(p -> p.outcome() == Outcome.INVALID || p.outcome() == Outcome.AMBIGUOUS);
    }

    /** The typical mistake of the first part that shows one, or null: what a quiz keeps per question. */
    public String firstMistake() {
        return parts.stream().map(PartResult::misconceptionId).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    public PartResult part(String partId) {
        return parts.stream().filter(p -> p.partId().equals(partId)).findFirst().orElseThrow();
    }

    /**
     * The score with some parts' marks set by a teacher ({@code marks}: part id → 0..1), the
     * parts weighted as the grader weighs them; without marks, the grader's own score.
     */
    public double scoreWith(Map<String, Double> marks, app.stride.exercise.Exercise exercise) {
        if (marks.isEmpty()) {
            return score;
        }
        double weighted = 0;
        double weights = 0;
        for (app.stride.exercise.PartSpec part : exercise.template().parts()) {
            double mark = marks.containsKey(part.id()) ? marks.get(part.id()) : part(part.id()).score();
            weighted += part.weight() * mark;
            weights += part.weight();
        }
        return weights == 0 ? 0 : weighted / weights;
    }
}
