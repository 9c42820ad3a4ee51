package app.stride.bank;

import app.stride.exercise.BankLoader;
import app.stride.exercise.BankProblem;
import app.stride.exercise.DrawnExercise;
import app.stride.exercise.Exercise;
import app.stride.exercise.Families;
import app.stride.exercise.Generator;
import app.stride.exercise.Misconception;
import app.stride.exercise.Template;
import app.stride.exercise.TemplateVersion;
import app.stride.exercise.Text;
import app.stride.grading.Feedback;
import app.stride.grading.Grader;
import app.stride.grading.TemplateCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question bank as served: every template that loaded and whose own cases pass, the
 * problems with the rest (for teachers), and the shared misconception texts. A template
 * that fails its own cases is never served: its answer key cannot be trusted.
 */
public final class QuestionBank {

    public static final String MISCONCEPTIONS_FILE = "misconceptions.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(QuestionBank.class);

    private final Families families;
    private final Generator generator;
    private final Grader grader;
    private final Map<String, Template> templates;
    private final List<BankProblem> problems;
    private final Map<String, Text> misconceptionTexts;
    private final Map<String, String> versions = new LinkedHashMap<>();

    private QuestionBank(Families families, Map<String, Template> templates, List<BankProblem> problems,
                         Map<String, Text> misconceptionTexts) {
        this.families = families;
        this.generator = new Generator(families);
        this.grader = new Grader(families);
        this.templates = templates;
        this.problems = problems;
        this.misconceptionTexts = misconceptionTexts;
        templates.values().forEach(t -> versions.put(t.id(), TemplateVersion.of(t)));
    }

    /** Loads bank files (name → YAML text), in name order so ids clash the same way every time. */
    public static QuestionBank load(Map<String, String> files, Families families) {
        BankLoader loader = new BankLoader(families);
        Generator generator = new Generator(families);
        TemplateCheck check = new TemplateCheck(generator, new Grader(families));
        Map<String, Template> templates = new LinkedHashMap<>();
        List<BankProblem> problems = new ArrayList<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            if (file.getKey().endsWith(MISCONCEPTIONS_FILE)) {
                MisconceptionTexts.read(file.getKey(), file.getValue(), texts, problems);
                continue;
            }
            BankLoader.Result result = loader.load(file.getKey(), file.getValue());
            problems.addAll(result.problems());
            for (Template template : result.templates()) {
                if (templates.containsKey(template.id())) {
                    problems.add(new BankProblem(template.file(), 1, "the id '" + template.id()
                            + "' is already used in " + templates.get(template.id()).file()));
                    continue;
                }
                List<String> failures = check.run(template);
                if (!failures.isEmpty()) {
                    failures.forEach(f -> problems.add(new BankProblem(template.file(), lineOf(f), f)));
                    continue;
                }
                templates.put(template.id(), template);
            }
        }
        return new QuestionBank(families, templates, List.copyOf(problems), texts);
    }

    private static int lineOf(String failure) {
        String[] parts = failure.split(":", 3);
        try {
            return Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    public List<Template> templates() {
        return List.copyOf(templates.values());
    }

    public Optional<Template> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public List<Template> family(String familyId) {
        return templates.values().stream().filter(t -> t.family().equals(familyId)).toList();
    }

    /** Files and templates that were skipped, with file, line and reason. */
    public List<BankProblem> problems() {
        return problems;
    }

    public Exercise generate(String templateId, long seed) {
        return generator.generate(templates.get(templateId), seed);
    }

    /** The version of a template as this bank serves it; empty for a template it does not serve. */
    public Optional<String> version(String templateId) {
        return Optional.ofNullable(versions.get(templateId));
    }

    /** What an attempt keeps of an exercise it grades, so that a later edit of the bank changes none of it. */
    public StoredExercise store(Exercise exercise) {
        Template t = exercise.template();
        String version = templates.get(t.id()) == t ? versions.get(t.id()) : TemplateVersion.of(t);
        String drawn = DrawnExerciseJson.write(DrawnExercise.of(exercise, version));
        if (drawn.length() > StoredExercise.MAX_DRAWN) {
            // never so for the shipped bank (a test checks); a teacher's own template must not fail a submission
            LOG.warn("Question bank: the exercise of {} seed {} is too large to keep ({} characters); only its version"
                    + " is kept", t.id(), exercise.seed(), drawn.length());
            return new StoredExercise(version, null);
        }
        return new StoredExercise(version, drawn);
    }

    /**
     * The exercise of a stored attempt, exactly as it was drawn: drawn again from (template, seed)
     * while its template has the version it was drawn with (or the attempt is from before versions
     * were kept), else rebuilt from what the attempt stored, worded as the template is now.
     */
    public Exercise restore(String templateId, long seed, StoredExercise stored) {
        Template t = templates.get(templateId);
        if (t == null) {
            throw new IllegalArgumentException("the bank serves no template " + templateId);
        }
        if (stored == null || stored.version() == null || stored.drawn() == null
                || stored.version().equals(versions.get(templateId))) {
            return generate(templateId, seed);
        }
        try {
            return DrawnExerciseJson.read(stored.version(), stored.drawn()).rebuild(t, seed, families);
        } catch (RuntimeException e) {
            // a family that can no longer compute the stored numbers: the attempt is shown as the bank now draws it
            LOG.warn("Question bank: the stored exercise of {} seed {} (version {}) could not be rebuilt; drawn again",
                    templateId, seed, stored.version(), e);
            return generate(templateId, seed);
        }
    }

    /** Grades answers typed in {@code locale}, which decides how their numbers read ("2,576" in en or nl). */
    public Feedback grade(Exercise exercise, Map<String, String> typed, Locale locale) {
        return grader.grade(exercise, typed, locale);
    }

    /** Grades answers each read in the language its part was typed in ({@link Grader#grade(Exercise, Map, Function)}). */
    public Feedback grade(Exercise exercise, Map<String, String> typed, Function<String, Locale> languageOfPart) {
        return grader.grade(exercise, typed, languageOfPart);
    }

    /**
     * The feedback text for a misconception in general (no exercise at hand: a list of mistakes,
     * a quiz's statistics): the template's own wording, else the shared one, without the
     * exercise's values.
     */
    public Optional<Text> misconceptionText(Template template, String misconceptionId) {
        Text own = template.misconceptions().get(misconceptionId);
        return Optional.ofNullable(MisconceptionTexts.general(own != null ? own : misconceptionTexts.get(misconceptionId)));
    }

    /**
     * The feedback text for the mistake the grader named in this exercise's part (any part where
     * {@code partId} is null): worded for its context (a dense layer's units, one output cell) and
     * with the exercise's own numbers filled in. Every screen and the API take it from here.
     */
    public Optional<Text> misconceptionText(Exercise exercise, String partId, String misconceptionId) {
        for (Misconception m : exercise.misconceptions()) {
            if (m.id().equals(misconceptionId) && (partId == null || m.partId().equals(partId))) {
                return Optional.ofNullable(MisconceptionTexts.lookUp(misconceptionTexts, exercise, m));
            }
        }
        return misconceptionText(exercise.template(), misconceptionId);
    }

    /** The shared texts by id, in general words (no exercise's values). */
    public Map<String, Text> sharedMisconceptionTexts() {
        Map<String, Text> general = new LinkedHashMap<>();
        misconceptionTexts.forEach((id, text) -> {
            if (!id.contains(".")) {
                general.put(id, MisconceptionTexts.general(text));
            }
        });
        return Map.copyOf(general);
    }

    /** The catalogue as written, variants for a context under "id.context", placeholders unfilled. */
    public Map<String, Text> misconceptionCatalogue() {
        return Map.copyOf(misconceptionTexts);
    }

    public Families families() {
        return families;
    }
}
