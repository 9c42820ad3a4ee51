package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.BankProblem;
import app.stride.exercise.family.CourseFamilies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A broken file is reported with its file, line and reason, and only it is skipped. */
class BankProblemsTest {

    private static final String GOOD = """
            id: tiny-params
            family: conv-params
            difficulty: 1
            params: {h: 8, depth: 1, kernel: 3, filters: 2}
            prompt: {en: "How many?", nl: "Hoeveel?"}
            parts:
              - id: params
                label: {en: "Parameters", nl: "Parameters"}
                kind: count
            cases:
              - params: {h: 8, depth: 1, kernel: 3, filters: 2}
                answers: {params: "20"}
                grade: 1
              - answers: {params: "18"}
                grade: 0
                misconception: forgot-bias
              - answers: {params: "x"}
                invalid: true
            """;

    private static QuestionBank load(String name, String content) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(BankFiles.read(Path.of("question-bank")));
        files.put("tiny.yaml", GOOD);
        files.put(name, content);
        return QuestionBank.load(files, CourseFamilies.all());
    }

    @Test
    void aGoodTeacherFileIsServed() throws IOException {
        QuestionBank bank = load("unused.yaml", GOOD.replace("tiny-params", "tiny-params-2"));
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.template("tiny-params")).isPresent();
        assertThat(bank.template("tiny-params-2")).isPresent();
    }

    @Test
    void aWrongOptionWithoutAWhyIsRefused() throws IOException {
        String concept = """
                id: tiny-concept
                family: concepts
                difficulty: 1
                prompt: {en: "Parameters of pooling?", nl: "Parameters van pooling?"}
                parts: [{id: answer, label: {en: "Answer", nl: "Antwoord"}, kind: choice}]
                choices:
                  - {id: none, en: "None", nl: "Geen"}
                  - {id: four, en: "Four", nl: "Vier", why: {en: "A pool has no weights.", nl: "Een pool heeft geen gewichten."}}
                  - {id: one, en: "One", nl: "Eén"}
                answer: none
                explanation: {en: "Nothing to learn.", nl: "Niets te leren."}
                cases:
                  - {params: {}, answers: {answer: "none"}, grade: 1}
                  - {answers: {answer: "four"}, grade: 0}
                  - {answers: {answer: "x"}, invalid: true}
                """;
        assertProblem("concept.yaml", concept, 9, "the wrong option 'one' needs a why");
        QuestionBank bank = load("concept.yaml", concept.replace("nl: \"Eén\"}", "nl: \"Eén\", why: {en: \"Not one.\","
                + " nl: \"Niet één.\"}}"));
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.template("tiny-concept").orElseThrow().why("four").orElseThrow().en())
                .isEqualTo("A pool has no weights.");
        assertThat(bank.template("tiny-concept").orElseThrow().why("none")).as("the answer needs none").isEmpty();
    }

    @Test
    void brokenFilesAreReportedWithFileLineAndReasonAndSkipped() throws IOException {
        assertProblem("syntax.yaml", "id: x\nfamily: a: b\ndifficulty: 1\n", 2, "not valid YAML");
        assertProblem("family.yaml", GOOD.replace("family: conv-params", "family: conv-paramz"), 2,
                "unknown family 'conv-paramz'");
        assertProblem("dutch.yaml", GOOD.replace("prompt: {en: \"How many?\", nl: \"Hoeveel?\"}",
                "prompt: {en: \"How many?\"}"), 5, "needs both an English (en) and a Dutch (nl) text");
        assertProblem("key.yaml", GOOD.replace("answers: {params: \"20\"}", "answers: {params: \"21\"}"), 11,
                "got 0.0, not 1.0");
        assertProblem("part.yaml", GOOD.replace("  - id: params\n", "  - id: paramz\n"), 7, "has no part 'paramz'");
        assertProblem("zz-duplicate.yaml", GOOD, 1, "already used");
        assertProblem("cases.yaml", GOOD.substring(0, GOOD.indexOf("  - answers: {params: \"x\"}")), 11,
                "an invalid one");
        assertProblem("ordered.yaml", GOOD.replace("    kind: count\n", "    kind: count\n    ordered: false\n"), 10,
                "ordered is for a list part only");
        assertProblem("lang.yaml", GOOD.replace("    grade: 0\n", "    grade: 0\n    lang: de\n"), 16,
                "lang must be en or nl");
    }

    @Test
    void aCaseTypedInDutchIsReadAsADutchStudentWritesNumbers() throws IOException {
        // 1.792 parameters and 1,792 read alike (a count is whole); a case's lang is what a ',' or '.' means
        String dutch = GOOD.replace("depth: 1, kernel: 3, filters: 2", "depth: 3, kernel: 3, filters: 64")
                .replace("answers: {params: \"20\"}", "answers: {params: \"1.792\"}\n    lang: nl")
                .replace("answers: {params: \"18\"}", "answers: {params: \"1.728\"}");
        QuestionBank bank = load("unused.yaml", dutch.replace("tiny-params", "tiny-dutch"));
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.template("tiny-dutch").orElseThrow().cases().get(0).lang().getLanguage()).isEqualTo("nl");
    }

    private static void assertProblem(String file, String content, int line, String reason) throws IOException {
        QuestionBank bank = load(file, content);
        assertThat(bank.problems()).as(file).hasSize(1);
        BankProblem problem = bank.problems().get(0);
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.line()).as(file + " line").isEqualTo(line);
        assertThat(problem.reason()).as(file).contains(reason);
        assertThat(bank.template("tiny-params")).isPresent();
        assertThat(bank.templates()).hasSize(BankFiles.bank().templates().size() + 1);
    }

    @Test
    void theRunningAppLoadsTheShippedBank() throws IOException {
        assertThat(Files.list(Path.of("question-bank")).filter(p -> p.toString().endsWith(".yaml")).count())
                .isGreaterThan(8);
    }
}
