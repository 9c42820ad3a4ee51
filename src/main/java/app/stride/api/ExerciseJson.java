package app.stride.api;

import app.stride.bank.QuestionBank;
import app.stride.engine.Derivation;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.ChoiceOrder;
import app.stride.exercise.Exercise;
import app.stride.exercise.ExercisePart;
import app.stride.exercise.Figure;
import app.stride.exercise.KeyText;
import app.stride.exercise.PartSpec;
import app.stride.exercise.SolutionText;
import app.stride.exercise.Template;
import app.stride.exercise.TemplateTitle;
import app.stride.exercise.Tolerance;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import app.stride.grading.ReadingText;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exercise API's answers, as the contract's 1.1 section writes them: a template in the list,
 * an exercise as a student sees it before answering (never a key), and a grade as practice gives
 * it. Built from the exercise and the grader's feedback alone, so that it cannot say otherwise.
 */
final class ExerciseJson {

    /** Figures are plain records of numbers and lists: Jackson's defaults write them as they are. */
    private static final ObjectMapper FIGURES = new ObjectMapper();

    private ExerciseJson() {
    }

    static Map<String, Object> template(Template t, String version, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("family", t.family());
        json.put("difficulty", t.difficulty());
        json.put("version", version);
        json.put("title", title(t, locale));
        return json;
    }

    static String title(Template t, Locale locale) {
        return TemplateTitle.of(t, locale, ExerciseTexts.text("family." + t.family(), locale));
    }

    static Map<String, Object> exercise(Exercise e, String version, String lang, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("template", e.template().id());
        json.put("version", version);
        json.put("seed", e.seed());
        json.put("lang", lang);
        json.put("prompt", e.prompt(locale));
        List<Map<String, Object>> parts = new ArrayList<>();
        // no student in the API: the options in the order anyone is shown them, never the template's
        for (ExercisePart p : e.parts(ChoiceOrder.ANYONE)) {
            parts.add(part(p, locale));
        }
        json.put("parts", parts);
        json.put("figure", figure(e));
        return json;
    }

    /**
     * The picture shown with the question, as its family made it (never the one that goes with
     * the worked solution, which may hold the answer), with a {@code type} naming which picture.
     */
    static Object figure(Exercise exercise) {
        Figure figure = exercise.figure();
        if (figure == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", figureType(figure));
        json.putAll(FIGURES.convertValue(figure, new TypeReference<Map<String, Object>>() { }));
        return json;
    }

    /** "grid", "boxes", "summary", "batch" or "nms": the record's name without "Figure". */
    static String figureType(Figure figure) {
        String name = figure.getClass().getSimpleName();
        return name.substring(0, name.length() - "Figure".length()).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> part(ExercisePart p, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("label", p.label().in(locale));
        json.put("kind", kind(p.kind()));
        json.put("unit", p.unit() != null ? p.unit().symbol() : null);
        json.put("tolerance", tolerance(p.tolerance()));
        json.put("choices", p.kind() == AnswerKind.CHOICE ? choices(p.choices(), locale) : null);
        if (p.kind() == AnswerKind.LIST) {
            // a sequence is graded item by item in its place, a set by its items in any order
            json.put("ordered", p.ordered());
        }
        return json;
    }

    static String kind(AnswerKind kind) {
        return switch (kind) {
            case COUNT -> "count";
            case VALUE -> "number";
            case BYTES -> "bytes";
            case LIST -> "list";
            case CHOICE -> "choice";
        };
    }

    private static Map<String, Object> tolerance(Tolerance t) {
        if (t.isExact()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        if (t.relative() > 0) {
            json.put("relative", t.relative());
        }
        if (t.absolute() > 0) {
            json.put("absolute", t.absolute());
        }
        return json;
    }

    /** The options in the exercise's shuffled order, which is how the API's client should show them. */
    private static List<Map<String, Object>> choices(List<Choice> options, Locale locale) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Choice c : options) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", c.id());
            json.put("text", c.text().in(locale));
            choices.add(json);
        }
        return choices;
    }

    /**
     * The grade. While a part cannot be read, or reads two ways, nothing is graded: no score, no
     * outcome of the parts that could be read, no key and no worked solution, so that a key cannot
     * be fished out with one unreadable part.
     */
    static Map<String, Object> graded(Exercise e, Map<String, String> typed, Feedback feedback, QuestionBank bank,
                                      Locale locale) {
        boolean graded = !feedback.needsAnotherLook();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", graded ? feedback.score() : null);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (PartResult r : feedback.parts()) {
            parts.add(partResult(e, typed, r, graded, bank, locale));
        }
        json.put("parts", parts);
        if (graded) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (Derivation step : e.solution()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("text", SolutionText.words(step, locale));
                String formula = step.formula(locale);
                s.put("formula", formula.isEmpty() ? null : formula);
                steps.add(s);
            }
            json.put("workedSolution", steps);
        }
        return json;
    }

    private static Map<String, Object> partResult(Exercise e, Map<String, String> typed, PartResult r, boolean graded,
                                                  QuestionBank bank, Locale locale) {
        PartSpec part = e.template().part(r.partId());
        boolean unread = r.outcome() == Outcome.INVALID || r.outcome() == Outcome.AMBIGUOUS;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.partId());
        json.put("outcome", graded || unread ? outcome(r.outcome()) : null);
        json.put("score", graded ? r.score() : null);
        json.put("reading", unread ? null : reading(part, typed.get(r.partId()), r));
        if (r.outcome() == Outcome.AMBIGUOUS) {
            json.put("readings", r.readings().stream().map(reading -> number(reading.value())).toList());
        }
        String misconception = graded ? r.misconceptionId() : null;
        json.put("misconception", misconception);
        json.put("message", message(e, part, r, misconception, graded ? typed.get(r.partId()) : null, bank, locale));
        if (graded) {
            json.put("expected", KeyText.of(e, r.partId(), locale));
        }
        return json;
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case CORRECT -> "right";
            case WRONG -> "wrong";
            case CARRIED_FORWARD -> "carried";
            case PARTIAL -> "partial";
            case INVALID -> "invalid";
            case AMBIGUOUS -> "ambiguous";
        };
    }

    /** What the answer was read as: a number (bytes for a memory part), the list, or the choice's id. */
    private static Object reading(PartSpec part, String typed, PartResult r) {
        if (r.value() != null) {
            return number(r.value());
        }
        if (r.list() != null) {
            return r.list();
        }
        return part.kind() == AnswerKind.CHOICE && typed != null ? typed.strip() : null;
    }

    /** A whole number as one (1792, not 1.792E+3), any other as its exact decimal. */
    static Object number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0 ? v.toBigIntegerExact() : v;
    }

    private static String message(Exercise e, PartSpec part, PartResult r, String misconception, String typedChoice,
                                  QuestionBank bank, Locale locale) {
        if (r.outcome() == Outcome.INVALID) {
            return ExerciseTexts.text(r.reasonKey(), locale);
        }
        if (r.outcome() == Outcome.AMBIGUOUS) {
            return ExerciseTexts.text(r.reasonKey(), locale, ReadingText.choices(part, r.readings(), locale,
                    ExerciseTexts.text("grading.ambiguous.or", locale)));
        }
        if (misconception == null) {
            // a wrong option says why it is wrong, where the question has words for it
            return r.outcome() == Outcome.WRONG && part.kind() == AnswerKind.CHOICE
                    ? e.template().why(typedChoice == null ? "" : typedChoice.strip())
                    .map(t -> t.in(locale)).orElse(null) : null;
        }
        return bank.misconceptionText(e, part.id(), misconception).map(t -> t.in(locale)).orElse(null);
    }
}
