package app.stride.exercise;

import java.util.List;
import java.util.Map;

/**
 * A question as a teacher writes it in the bank: which family computes it, where its numbers
 * come from, its wording in both languages, its answer parts, feedback texts for typical
 * mistakes, and its own test cases.
 */
public record Template(String id, String family, int difficulty, Map<String, ParamSpec> params, Text prompt,
                       List<PartSpec> parts, List<Choice> choices, String answer, Text explanation,
                       Map<String, Text> misconceptions, List<TemplateCase> cases, String file) {

    /** A choice's wording, or its id if the template has no such choice. */
    public String choiceText(String choiceId, java.util.Locale locale) {
        for (Choice c : choices) {
            if (c.id().equals(choiceId)) {
                return c.text().in(locale);
            }
        }
        return choiceId;
    }

    /** Why an option is wrong, where the template says so; empty for the answer or an unknown id. */
    public java.util.Optional<Text> why(String choiceId) {
        for (Choice c : choices) {
            if (c.id().equals(choiceId) && !c.id().equals(answer)) {
                return java.util.Optional.ofNullable(c.why());
            }
        }
        return java.util.Optional.empty();
    }

    public PartSpec part(String partId) {
        for (PartSpec p : parts) {
            if (p.id().equals(partId)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no part " + partId + " in " + id);
    }
}
