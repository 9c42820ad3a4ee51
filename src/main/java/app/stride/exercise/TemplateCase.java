package app.stride.exercise;

import java.util.Map;

/**
 * A template's own test: for these parameters, these typed answers must get this grade (or be
 * refused as no answer at all, or be recognized as this misconception).
 */
public record TemplateCase(int line, Map<String, Object> params, Map<String, String> answers, Double grade,
                           String misconception, boolean invalid) {
}
