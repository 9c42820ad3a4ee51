package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.Generator;
import app.stride.exercise.Misconception;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Template;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins what {@code generate(template, seed)} gives, for three seeds of every template in the bank
 * (a small one, a large one, and a quiz's negative one): parameters, prompt and parts in English
 * and Dutch, keys and typical mistakes, compared exactly with {@code src/test/resources/golden/<id>.json}.
 * A change to generation shows up as a failing test and then as a fixture diff in review.
 *
 * <p>The fixtures are only ever rewritten on purpose: {@code mvn verify -Dgolden.update=true}.
 * A template that draws differently under the same version is refused even then: past attempts of
 * that version would be drawn again differently, so {@link Generator#GENERATOR_VERSION} is bumped
 * first.
 */
class GoldenSnapshotTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    static final long[] SEEDS = {1, 987_654_321_987L, -42};
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
        assertThat(bank.problems()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateDrawsWhatItsGoldenFileSays() {
        return bank.templates().stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> check(t)));
    }

    @Test
    void everyGoldenFileBelongsToATemplateOfTheBank() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> stale = files.map(p -> p.getFileName().toString())
                    .filter(name -> bank.template(name.replaceFirst("\\.json$", "")).isEmpty()).toList();
            assertThat(stale).as("golden files of templates the bank no longer has: delete them").isEmpty();
        }
    }

    private static void check(Template t) throws IOException {
        String version = bank.version(t.id()).orElseThrow();
        String actual = snapshot(t, version);
        Path file = FOLDER.resolve(t.id() + ".json");
        String golden = Files.exists(file) ? Files.readString(file).replace("\r\n", "\n") : null;
        if (actual.equals(golden)) {
            return;
        }
        boolean sameVersion = golden != null && version.equals(JSON.readTree(golden).path("version").asText());
        if (sameVersion) {
            fail(t.id() + " draws differently than its golden file, under the same version " + version + ": a change to"
                    + " the drawing code must bump Generator.GENERATOR_VERSION (now " + Generator.GENERATOR_VERSION
                    + "), or attempts stored under this version would show other numbers; then regenerate with"
                    + " -Dgolden.update=true and review the diff of " + file);
        }
        if (UPDATE) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual);
            return;
        }
        assertThat(actual).as(golden == null ? "no golden file " + file + ": create it with -Dgolden.update=true"
                : t.id() + " (version " + version + ") no longer draws what " + file + " says; if that is meant,"
                + " regenerate with -Dgolden.update=true and review the diff").isEqualTo(golden);
    }

    static String snapshot(Template t, String version) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("template", t.id());
        root.put("version", version);
        ArrayNode exercises = root.putArray("exercises");
        for (long seed : SEEDS) {
            exercises.add(exercise(bank.generate(t.id(), seed)));
        }
        return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
    }

    private static ObjectNode exercise(Exercise e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seed", e.seed());
        node.set("params", JSON.valueToTree(new TreeMap<>(e.params())));
        node.putObject("prompt").put("en", e.prompt(Locale.ENGLISH)).put("nl", e.prompt(DUTCH));
        ArrayNode parts = node.putArray("parts");
        ObjectNode keys = JSON.createObjectNode();
        for (PartSpec p : e.template().parts()) {
            ObjectNode part = parts.addObject();
            part.put("id", p.id());
            part.putObject("label").put("en", e.label(p, Locale.ENGLISH)).put("nl", e.label(p, DUTCH));
            part.put("kind", p.kind().name());
            part.put("unit", p.unit() == null ? null : p.unit().symbol());
            part.put("relative", p.tolerance().relative());
            part.put("absolute", p.tolerance().absolute());
            part.put("weight", p.weight());
            if (p.kind() == AnswerKind.LIST) {
                part.put("ordered", p.ordered());
            }
            keys.set(p.id(), value(e.expected(p.id())));
        }
        node.set("keys", keys);
        List<JsonNode> mistakes = new ArrayList<>();
        for (Misconception m : e.misconceptions()) {
            ObjectNode mistake = JSON.createObjectNode();
            mistake.put("id", m.id());
            mistake.put("part", m.partId());
            if (m.number() != null) {
                mistake.put("value", m.number().toPlainString());
            } else {
                mistake.set("value", JSON.valueToTree(m.list()));
            }
            mistakes.add(mistake);
        }
        node.putArray("misconceptions").addAll(mistakes);
        return node;
    }

    private static JsonNode value(Expected key) {
        if (key.list() != null) {
            return JSON.valueToTree(key.list());
        }
        return JSON.getNodeFactory().textNode(key.choice() != null ? key.choice() : key.number().toPlainString());
    }

}
