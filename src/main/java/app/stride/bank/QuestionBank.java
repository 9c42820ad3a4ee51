package app.stride.bank;

import app.stride.exercise.BankLoader;
import app.stride.exercise.BankProblem;
import app.stride.exercise.Exercise;
import app.stride.exercise.Families;
import app.stride.exercise.Generator;
import app.stride.exercise.Template;
import app.stride.exercise.Text;
import app.stride.grading.Feedback;
import app.stride.grading.Grader;
import app.stride.grading.TemplateCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The question bank as served: every template that loaded and whose own cases pass, the
 * problems with the rest (for teachers), and the shared misconception texts. A template
 * that fails its own cases is never served: its answer key cannot be trusted.
 */
public final class QuestionBank {

    public static final String MISCONCEPTIONS_FILE = "misconceptions.yaml";

    private final Families families;
    private final Generator generator;
    private final Grader grader;
    private final Map<String, Template> templates;
    private final List<BankProblem> problems;
    private final Map<String, Text> misconceptionTexts;

    private QuestionBank(Families families, Map<String, Template> templates, List<BankProblem> problems,
                         Map<String, Text> misconceptionTexts) {
        this.families = families;
        this.generator = new Generator(families);
        this.grader = new Grader(families);
        this.templates = templates;
        this.problems = problems;
        this.misconceptionTexts = misconceptionTexts;
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

    public Feedback grade(Exercise exercise, Map<String, String> typed) {
        return grader.grade(exercise, typed);
    }

    /** The feedback text for a misconception: the template's own wording, else the shared one. */
    public Optional<Text> misconceptionText(Template template, String misconceptionId) {
        Text own = template.misconceptions().get(misconceptionId);
        return Optional.ofNullable(own != null ? own : misconceptionTexts.get(misconceptionId));
    }

    public Map<String, Text> sharedMisconceptionTexts() {
        return Map.copyOf(misconceptionTexts);
    }

    public Families families() {
        return families;
    }
}
