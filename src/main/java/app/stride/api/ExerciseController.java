package app.stride.api;

import app.stride.modeljson.JsonInput;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Seeds;
import app.stride.exercise.Template;
import app.stride.grading.AnswerParser;
import app.stride.grading.Feedback;
import app.stride.shell.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exercises of practice as data (contract 1.1): the templates the bank serves, an exercise by
 * (template, seed) without its key, and the grade of answers to it, by the grader practice uses.
 * Nothing is stored, and only practice's seeds are served: a quiz's or mock exam's question,
 * drawn from the negative seeds, can neither be drawn nor graded here.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ExerciseController {

    /** A seed drawn for the caller fits a JavaScript number exactly. */
    static final long MAX_DRAWN_SEED = (1L << 53) - 1;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    private final QuestionBank bank;

    ExerciseController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/templates")
    Map<String, Object> templates(HttpServletRequest request) {
        onlyParameters(request, Set.of("lang"));
        Locale locale = locale(lang(request.getParameter("lang")));
        List<Map<String, Object>> templates = new ArrayList<>();
        for (Template t : bank.templates()) {
            templates.add(ExerciseJson.template(t, bank.version(t.id()).orElseThrow(), locale));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("templates", templates);
        return FiniteResults.checked(answer);
    }

    @GetMapping("/exercises/{template}")
    Map<String, Object> exercise(@PathVariable("template") String templateId, HttpServletRequest request) {
        onlyParameters(request, Set.of("seed", "lang"));
        Template t = served(templateId);
        String seedText = request.getParameter("seed");
        long seed = seedText == null ? ThreadLocalRandom.current().nextLong(1, MAX_DRAWN_SEED + 1) : seed(seedText);
        String lang = lang(request.getParameter("lang"));
        Exercise exercise = bank.generate(t.id(), seed);
        return FiniteResults.checked(ExerciseJson.exercise(exercise, bank.version(t.id()).orElseThrow(), lang,
                locale(lang)));
    }

    @PostMapping("/exercises/{template}/{seed}/grade")
    Map<String, Object> grade(@PathVariable("template") String templateId, @PathVariable("seed") String seedText,
                              @RequestBody JsonNode body, HttpServletRequest request) {
        onlyParameters(request, Set.of());
        Template t = served(templateId);
        long seed = seed(seedText);
        if (!body.isObject()) {
            throw new ApiBadRequestException("$", "The body must be a JSON object with lang, version and answers, got "
                    + JsonInput.show(body) + ".");
        }
        JsonInput.onlyFields(body, "$", Set.of("lang", "version", "answers"), "a grade request");
        String lang = body.hasNonNull("lang") ? lang(text(body.get("lang"), "$.lang", "lang")) : "en";
        String version = text(JsonInput.required(body, "version", "$", "the template's version, as the exercise"
                + " came with it"), "$.version", "version");
        String current = bank.version(t.id()).orElseThrow();
        if (!version.equals(current)) {
            throw new ApiStatusException(HttpStatus.GONE, "$.version", "The version " + shown(version) + " of "
                    + t.id() + " is no longer served (it is now " + current + "): draw the exercise again.");
        }
        Map<String, String> typed = answers(JsonInput.required(body, "answers", "$",
                "an object of part id to the answer as typed"), t);
        Exercise exercise = bank.generate(t.id(), seed);
        // exactly what practice does with a submission: the same bound on what is typed, the same grader
        Feedback feedback = bank.grade(exercise, typed, locale(lang));
        return FiniteResults.checked(ExerciseJson.graded(exercise, typed, feedback, bank, locale(lang)));
    }

    private Template served(String templateId) {
        return bank.template(templateId).orElseThrow(() -> new ApiStatusException(HttpStatus.NOT_FOUND, "$.template",
                "There is no template " + shown(templateId) + "; GET /api/v1/templates lists those served."));
    }

    /** Practice's seeds only: a quiz's are negative, and never served here. */
    static long seed(String text) {
        if (text != null && DIGITS.matcher(text).matches()) {
            try {
                long seed = Long.parseLong(text);
                if (Seeds.isPractice(seed)) {
                    return seed;
                }
            } catch (NumberFormatException tooLarge) {
                // said below
            }
        }
        throw new ApiBadRequestException("$.seed", "The seed must be a whole number from 1 to " + Long.MAX_VALUE
                + ", got " + shown(text) + ".");
    }

    private static String lang(String text) {
        if (text == null) {
            return "en";
        }
        String lang = text.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new ApiBadRequestException("$.lang", "The field lang must be en or nl, got " + shown(text) + ".");
        }
        return lang;
    }

    private static Locale locale(String lang) {
        return lang.equals("nl") ? Languages.DUTCH : Languages.ENGLISH;
    }

    private static String text(JsonNode node, String path, String field) {
        if (!node.isTextual()) {
            throw new ApiBadRequestException(path, "The field " + field + " must be a string, got "
                    + JsonInput.show(node) + ".");
        }
        return node.textValue();
    }

    /** Every part's answer as typed, and nothing else; bounded as practice bounds what it keeps. */
    private static Map<String, String> answers(JsonNode answers, Template t) {
        if (!answers.isObject()) {
            throw new ApiBadRequestException("$.answers", "The field answers must be an object of part id to the"
                    + " answer as typed, got " + JsonInput.show(answers) + ".");
        }
        Set<String> parts = new TreeSet<>(t.parts().stream().map(PartSpec::id).toList());
        for (Iterator<String> it = answers.fieldNames(); it.hasNext(); ) {
            String part = it.next();
            if (!parts.contains(part)) {
                throw new ApiBadRequestException("$.answers." + part, "The template " + t.id() + " has no part "
                        + shown(part) + "; its parts are " + String.join(", ", parts) + ".");
            }
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (PartSpec part : t.parts()) {
            String path = "$.answers." + part.id();
            JsonNode answer = answers.get(part.id());
            if (answer == null || answer.isNull()) {
                throw new ApiBadRequestException(path, "The answer to part " + part.id() + " is missing: give every"
                        + " part an answer, as typed (" + String.join(", ", parts) + ").");
            }
            typed.put(part.id(), AnswerParser.bounded(text(answer, path, "answers." + part.id())));
        }
        return typed;
    }

    /** Refuses query parameters the endpoint does not know, so that a typo is never taken as a default. */
    private static void onlyParameters(HttpServletRequest request, Set<String> allowed) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey().length() <= 60 ? p.getKey() : p.getKey().substring(0, 57) + "...";
            String path = "$." + name;
            if (!allowed.contains(p.getKey())) {
                throw new ApiBadRequestException(path, "The parameter " + shown(p.getKey()) + " is not one of this"
                        + " endpoint" + (allowed.isEmpty() ? "'s: it takes none." : "'s; it takes "
                        + String.join(", ", new TreeSet<>(allowed)) + "."));
            }
            if (p.getValue().length > 1) {
                throw new ApiBadRequestException(path, "The parameter " + name + " is given "
                        + p.getValue().length + " times; give it once.");
            }
        }
    }

    /** A caller's text in a message, cut short. */
    private static String shown(String text) {
        if (text == null) {
            return "nothing";
        }
        return text.length() <= 60 ? "'" + text + "'" : "'" + text.substring(0, 57) + "...'";
    }
}
