package app.stride.grading;

import java.util.List;

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
}
