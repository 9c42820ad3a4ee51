package app.stride.exercise;

import app.stride.engine.ByteUnit;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads question-bank files (YAML) into templates, checking each against its family; a
 * problem is reported with the file, the line and the reason, and only that template is
 * skipped. See question-bank/README.md for the format.
 */
public final class BankLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Set<String> TEMPLATE_FIELDS = Set.of("id", "family", "difficulty", "params", "prompt",
            "parts", "choices", "answer", "explanation", "misconceptions", "cases");

    private final Families families;

    public BankLoader(Families families) {
        this.families = families;
    }

    /** What one file gave: its templates and its problems. */
    public record Result(List<Template> templates, List<BankProblem> problems) {
    }

    /** Thrown inside the loader: a problem at a line. */
    private static final class Problem extends RuntimeException {
        final int line;

        Problem(Node node, String reason) {
            super(reason);
            this.line = node == null ? 1 : node.getStartMark().getLine() + 1;
        }
    }

    public Result load(String file, String content) {
        List<Template> templates = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(1024 * 1024);
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            problems.add(new BankProblem(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem()));
            return new Result(templates, problems);
        } catch (RuntimeException e) {
            problems.add(new BankProblem(file, 1, "not valid YAML: " + e.getMessage()));
            return new Result(templates, problems);
        }
        if (root == null) {
            problems.add(new BankProblem(file, 1, "the file is empty"));
            return new Result(templates, problems);
        }
        List<Node> nodes = new ArrayList<>();
        if (root instanceof MappingNode map && field(map, "templates") != null) {
            Node list = field(map, "templates");
            if (!(list instanceof SequenceNode seq)) {
                problems.add(new BankProblem(file, line(list), "templates must be a list of templates"));
                return new Result(templates, problems);
            }
            nodes.addAll(seq.getValue());
        } else {
            nodes.add(root);
        }
        for (Node node : nodes) {
            try {
                templates.add(template(file, node));
            } catch (Problem p) {
                problems.add(new BankProblem(file, p.line, p.getMessage()));
            }
        }
        return new Result(templates, problems);
    }

    private Template template(String file, Node node) {
        MappingNode map = mapping(node, "a template must be a mapping of fields (id, family, ...)");
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), "a field name");
            if (!TEMPLATE_FIELDS.contains(key)) {
                throw new Problem(t.getKeyNode(), "unknown field '" + key + "'; a template has "
                        + String.join(", ", TEMPLATE_FIELDS.stream().sorted().toList()));
            }
        }
        String id = scalar(required(map, "id"), "the template id");
        if (!ID.matcher(id).matches()) {
            throw new Problem(field(map, "id"), "the id '" + id + "' must be lower-case letters, digits and dashes");
        }
        Node familyNode = required(map, "family");
        String familyId = scalar(familyNode, "the family id");
        Family family = families.find(familyId).orElseThrow(() -> new Problem(familyNode, "unknown family '"
                + familyId + "'; known: " + String.join(", ", families.list().stream().map(Family::id).toList())));
        Node difficultyNode = required(map, "difficulty");
        int difficulty = integer(difficultyNode, "difficulty");
        if (difficulty < 1 || difficulty > 3) {
            throw new Problem(difficultyNode, "difficulty must be 1, 2 or 3");
        }
        Map<String, ParamSpec> params = params(field(map, "params"), family);
        Text prompt = text(required(map, "prompt"), "prompt");
        for (String language : List.of(prompt.en(), prompt.nl())) {
            Matcher m = PLACEHOLDER.matcher(language);
            while (m.find()) {
                if (!params.containsKey(m.group(1)) && !family.derivedParams().contains(m.group(1))) {
                    throw new Problem(field(map, "prompt"), "the prompt uses {" + m.group(1)
                            + "} but there is no such parameter");
                }
            }
        }
        List<PartSpec> parts = parts(required(map, "parts"), family);
        for (PartSpec part : parts) {
            for (String language : List.of(part.label().en(), part.label().nl())) {
                Matcher m = PLACEHOLDER.matcher(language);
                while (m.find()) {
                    if (!params.containsKey(m.group(1)) && !family.derivedParams().contains(m.group(1))) {
                        throw new Problem(field(map, "parts"), "the label of part " + part.id() + " uses {"
                                + m.group(1) + "} but there is no such parameter");
                    }
                }
            }
        }
        List<Choice> choices = choices(field(map, "choices"));
        if (parts.stream().anyMatch(p -> p.kind() == AnswerKind.CHOICE) && choices.size() < 2) {
            throw new Problem(map, "a multiple-choice question needs at least two choices");
        }
        String answer = field(map, "answer") == null ? null : scalar(field(map, "answer"), "the answer");
        if (answer != null && choices.stream().noneMatch(c -> c.id().equals(answer))) {
            throw new Problem(field(map, "answer"), "the answer '" + answer + "' is not one of the choices");
        }
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            // a student who picks a wrong option is told why it is wrong, not only the key
            if (answer != null && !c.id().equals(answer) && c.why() == null) {
                throw new Problem(((SequenceNode) field(map, "choices")).getValue().get(i), "the wrong option '"
                        + c.id() + "' needs a why: {en, nl} saying why it is wrong");
            }
        }
        Text explanation = field(map, "explanation") == null ? null : text(field(map, "explanation"), "explanation");
        Map<String, Text> misconceptions = new LinkedHashMap<>();
        Node misconceptionsNode = field(map, "misconceptions");
        if (misconceptionsNode != null) {
            for (NodeTuple t : mapping(misconceptionsNode, "misconceptions map ids to texts").getValue()) {
                String key = scalar(t.getKeyNode(), "a misconception id");
                if (!family.misconceptionIds().contains(key)) {
                    throw new Problem(t.getKeyNode(), "the family " + familyId + " does not recognize the misconception '"
                            + key + "'; it knows " + String.join(", ", family.misconceptionIds().stream().sorted().toList()));
                }
                misconceptions.put(key, text(t.getValueNode(), "misconception " + key));
            }
        }
        List<TemplateCase> cases = cases(required(map, "cases"), params.keySet(), parts);
        return new Template(id, familyId, difficulty, params, prompt, parts, choices, answer, explanation,
                misconceptions, cases, file);
    }

    private Map<String, ParamSpec> params(Node node, Family family) {
        Map<String, ParamSpec> params = new LinkedHashMap<>();
        if (node != null) {
            for (NodeTuple t : mapping(node, "params map names to values").getValue()) {
                String name = scalar(t.getKeyNode(), "a parameter name");
                params.put(name, paramSpec(t.getValueNode(), name));
            }
        }
        for (String required : family.requiredParams()) {
            if (!params.containsKey(required)) {
                throw new Problem(node, "the family " + family.id() + " needs the parameter '" + required + "'");
            }
        }
        return params;
    }

    private ParamSpec paramSpec(Node node, String name) {
        if (node instanceof SequenceNode seq) {
            if (seq.getValue().isEmpty()) {
                throw new Problem(node, "the parameter " + name + " has no values to choose from");
            }
            List<Object> values = new ArrayList<>();
            seq.getValue().forEach(v -> values.add(value(v)));
            return ParamSpec.choices(values);
        }
        if (node instanceof MappingNode map) {
            long min = integer(required(map, "min"), name + ".min");
            long max = integer(required(map, "max"), name + ".max");
            long step = field(map, "step") == null ? 1 : integer(field(map, "step"), name + ".step");
            if (min > max || step < 1) {
                throw new Problem(node, "the range of " + name + " needs min ≤ max and a step of at least 1");
            }
            return ParamSpec.range(min, max, step);
        }
        return ParamSpec.choices(List.of(value(node)));
    }

    private List<PartSpec> parts(Node node, Family family) {
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw new Problem(node, "parts must be a list with at least one part");
        }
        List<PartSpec> parts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node partNode : seq.getValue()) {
            MappingNode map = mapping(partNode, "a part must be a mapping (id, label, kind, ...)");
            Node idNode = required(map, "id");
            String id = scalar(idNode, "the part id");
            if (!family.partIds().contains(id)) {
                throw new Problem(idNode, "the family " + family.id() + " has no part '" + id + "'; it has "
                        + String.join(", ", family.partIds().stream().sorted().toList()));
            }
            if (!ids.add(id)) {
                throw new Problem(idNode, "the part '" + id + "' is asked twice");
            }
            Node kindNode = required(map, "kind");
            AnswerKind kind;
            try {
                kind = AnswerKind.valueOf(scalar(kindNode, "the kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Problem(kindNode, "kind must be count, bytes, value, list or choice");
            }
            ByteUnit unit = null;
            if (kind == AnswerKind.BYTES) {
                Node unitNode = required(map, "unit");
                String symbol = scalar(unitNode, "the unit");
                unit = java.util.Arrays.stream(ByteUnit.values()).filter(u -> u.symbol().equals(symbol)).findFirst()
                        .orElseThrow(() -> new Problem(unitNode, "unit must be B, KB, MB, GB, KiB, MiB or GiB"));
            }
            Tolerance tolerance = tolerance(field(map, "tolerance"), kind);
            double weight = field(map, "weight") == null ? 1 : number(field(map, "weight"), "weight");
            boolean ordered = ordered(field(map, "ordered"), kind);
            parts.add(new PartSpec(id, text(required(map, "label"), "label"), kind, unit, tolerance, weight, ordered));
        }
        return parts;
    }

    /** Whether a list's order counts: true (a sequence) unless {@code ordered: false} makes it a set. */
    private boolean ordered(Node node, AnswerKind kind) {
        if (node == null) {
            return true;
        }
        String text = scalar(node, "ordered").strip();
        if (kind != AnswerKind.LIST) {
            throw new Problem(node, "ordered is for a list part only");
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw new Problem(node, "ordered must be true (the order counts) or false (a set: any order)");
        }
        return text.equals("true");
    }

    /** "exact", "2%" (relative) or "0.01" (absolute); by default exact for counts, 2% for memory. */
    private Tolerance tolerance(Node node, AnswerKind kind) {
        if (node == null) {
            return switch (kind) {
                case BYTES -> new Tolerance(0.02, 0);
                case VALUE -> new Tolerance(0, 0.005);
                default -> Tolerance.EXACT;
            };
        }
        String text = scalar(node, "the tolerance").strip();
        try {
            if (text.equals("exact")) {
                return Tolerance.EXACT;
            }
            if (text.endsWith("%")) {
                return new Tolerance(Double.parseDouble(text.substring(0, text.length() - 1)) / 100, 0);
            }
            return new Tolerance(0, Double.parseDouble(text));
        } catch (IllegalArgumentException e) {
            throw new Problem(node, "tolerance must be exact, a percentage like 2% or a number like 0.01");
        }
    }

    private List<Choice> choices(Node node) {
        List<Choice> choices = new ArrayList<>();
        if (node == null) {
            return choices;
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new Problem(node, "choices must be a list");
        }
        for (Node c : seq.getValue()) {
            MappingNode map = mapping(c, "a choice has an id, en and nl");
            Node why = field(map, "why");
            choices.add(new Choice(scalar(required(map, "id"), "the choice id"), text(map, "choice"),
                    why == null ? null : text(why, "the why of a choice")));
        }
        return choices;
    }

    private List<TemplateCase> cases(Node node, Set<String> paramNames, List<PartSpec> parts) {
        if (!(node instanceof SequenceNode seq)) {
            throw new Problem(node, "cases must be a list of test cases");
        }
        List<TemplateCase> cases = new ArrayList<>();
        Map<String, Object> previous = null;
        for (Node caseNode : seq.getValue()) {
            MappingNode map = mapping(caseNode, "a case has params, answers and a grade (or invalid: true)");
            Map<String, Object> params = previous;
            if (field(map, "params") != null) {
                params = new LinkedHashMap<>();
                for (NodeTuple t : mapping(field(map, "params"), "params map names to values").getValue()) {
                    params.put(scalar(t.getKeyNode(), "a parameter name"), value(t.getValueNode()));
                }
            }
            if (params == null || !params.keySet().containsAll(paramNames)) {
                throw new Problem(caseNode, "a case needs a value for every parameter (" + String.join(", ", paramNames)
                        + "); later cases may leave params out to reuse the previous case's");
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (NodeTuple t : mapping(required(map, "answers"), "answers map part ids to typed text").getValue()) {
                String part = scalar(t.getKeyNode(), "a part id");
                if (parts.stream().noneMatch(p -> p.id().equals(part))) {
                    throw new Problem(t.getKeyNode(), "there is no part '" + part + "' in this template");
                }
                answers.put(part, scalar(t.getValueNode(), "the typed answer"));
            }
            boolean invalid = field(map, "invalid") != null && Boolean.parseBoolean(scalar(field(map, "invalid"), ""));
            Double grade = field(map, "grade") == null ? null : number(field(map, "grade"), "grade");
            if (!invalid && grade == null) {
                throw new Problem(caseNode, "a case needs a grade (0 to 1) or invalid: true");
            }
            String misconception = field(map, "misconception") == null ? null
                    : scalar(field(map, "misconception"), "the misconception id");
            Locale lang = caseLanguage(field(map, "lang"));
            cases.add(new TemplateCase(line(caseNode), params, answers, grade, misconception, invalid, lang));
            previous = params;
        }
        boolean correct = cases.stream().anyMatch(c -> c.grade() != null && c.grade() == 1);
        boolean incorrect = cases.stream().anyMatch(c -> c.grade() != null && c.grade() < 1);
        boolean noAnswer = cases.stream().anyMatch(TemplateCase::invalid);
        if (!correct || !incorrect || !noAnswer) {
            throw new Problem(node, "cases must include a correct answer (grade 1), an incorrect one (grade below 1)"
                    + " and an invalid one (invalid: true)");
        }
        return cases;
    }

    /** The language a case's answers are typed in, as a student's locale: en (default) or nl. */
    private static Locale caseLanguage(Node node) {
        if (node == null) {
            return Locale.ENGLISH;
        }
        String lang = scalar(node, "lang").strip();
        if (!lang.equals("en") && !lang.equals("nl")) {
            throw new Problem(node, "lang must be en or nl: the language the answers are typed in");
        }
        return Locale.forLanguageTag(lang);
    }

    // ----- small node helpers

    private static Node field(MappingNode map, String name) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static Node required(MappingNode map, String name) {
        Node node = field(map, name);
        if (node == null) {
            throw new Problem(map, "the field '" + name + "' is missing");
        }
        return node;
    }

    private static MappingNode mapping(Node node, String what) {
        if (!(node instanceof MappingNode map)) {
            throw new Problem(node, what);
        }
        return map;
    }

    private static String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw new Problem(node, what + " must be a single value");
        }
        return s.getValue();
    }

    private static int integer(Node node, String what) {
        try {
            return Integer.parseInt(scalar(node, what).strip());
        } catch (NumberFormatException e) {
            throw new Problem(node, what + " must be a whole number");
        }
    }

    private static double number(Node node, String what) {
        try {
            return Double.parseDouble(scalar(node, what).strip());
        } catch (NumberFormatException e) {
            throw new Problem(node, what + " must be a number");
        }
    }

    /** A parameter value: a whole number, a decimal, or a word. */
    private static Object value(Node node) {
        String text = scalar(node, "a parameter value").strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e2) {
                return text;
            }
        }
    }

    private static Text text(Node node, String what) {
        MappingNode map = mapping(node, what + " needs an English (en) and a Dutch (nl) text");
        Node en = field(map, "en");
        Node nl = field(map, "nl");
        if (en == null || nl == null || scalar(en, what).isBlank() || scalar(nl, what).isBlank()) {
            throw new Problem(node, what + " needs both an English (en) and a Dutch (nl) text");
        }
        return new Text(scalar(en, what).strip(), scalar(nl, what).strip());
    }

    private static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
