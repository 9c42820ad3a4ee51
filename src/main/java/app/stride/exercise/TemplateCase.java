package app.stride.exercise;

import java.util.Locale;
import java.util.Map;

/**
 * A template's own test: for these parameters, these typed answers (typed by a student whose
 * language is {@code lang}, which decides what "2,576" means) must get this grade (or be
 * refused as no answer at all, or be recognized as this misconception).
 */
public record TemplateCase(int line, Map<String, Object> params, Map<String, String> answers, Double grade,
                           String misconception, boolean invalid, Locale lang) {
}
