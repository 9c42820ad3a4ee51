package app.stride.grading;

import app.stride.exercise.Exercise;
import app.stride.exercise.Generator;
import app.stride.exercise.Template;
import app.stride.exercise.TemplateCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a template's own test cases, as PrairieLearn questions test themselves: each case's
 * answers must get its grade, be refused as no answer, or be recognized as its misconception.
 */
public final class TemplateCheck {

    private final Generator generator;
    private final Grader grader;

    public TemplateCheck(Generator generator, Grader grader) {
        this.generator = generator;
        this.grader = grader;
    }

    /** What went wrong, one line per failing case; empty when every case passes. */
    public List<String> run(Template template) {
        List<String> failures = new ArrayList<>();
        for (TemplateCase c : template.cases()) {
            String where = template.file() + ":" + c.line() + ": ";
            try {
                Exercise exercise = generator.create(template, c.params());
                Feedback feedback = grader.grade(exercise, c.answers(), c.lang());
                if (c.invalid()) {
                    if (feedback.parts().stream().noneMatch(p -> p.outcome() == Outcome.INVALID)) {
                        failures.add(where + "the answers " + c.answers() + " should be refused as no answer");
                    }
                    continue;
                }
                if (feedback.needsAnotherLook()) {
                    failures.add(where + "the answers " + c.answers() + " could not be graded: " + feedback.parts());
                } else if (Math.abs(feedback.score() - c.grade()) > 1e-9) {
                    failures.add(where + "the answers " + c.answers() + " got " + feedback.score() + ", not "
                            + c.grade() + " (expected " + exercise.expected() + ")");
                }
                if (c.misconception() != null && feedback.parts().stream()
                        .noneMatch(p -> c.misconception().equals(p.misconceptionId()))) {
                    failures.add(where + "the answers " + c.answers() + " should be recognized as "
                            + c.misconception() + ", got " + feedback.parts());
                }
            } catch (RuntimeException e) {
                failures.add(where + "the case fails to run: " + e.getMessage());
            }
        }
        return failures;
    }
}
