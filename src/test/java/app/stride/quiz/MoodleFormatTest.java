package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideTest;
import app.stride.account.AccountService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Moodle XML export read as Moodle's XML import reads it (question/format/xml), and the
 * gradebook CSV as Moodle's grade import reads it (grade/import/csv): the rules below are
 * Moodle's, written down from its documentation and import code, not from Stride's export.
 */
@StrideTest
class MoodleFormatTest {

    /** Moodle's core question types that its XML import knows. */
    private static final Set<String> MOODLE_TYPES = Set.of("category", "multichoice", "truefalse", "shortanswer",
            "numerical", "cloze", "essay", "matching", "description", "calculated", "ddwtos", "gapselect");
    /** A cloze blank: {weight:TYPE:answers}, the types of Moodle's embedded-answers question. */
    private static final Pattern BLANK = Pattern.compile(
            "\\{(\\d+):(NUMERICAL|NM|SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC|MULTICHOICE(?:_S|_H|_V|_HS|_VS)?"
                    + "|MC|MCS|MCH|MCV|MCHS|MCVS|MULTIRESPONSE(?:_H|_S|_HS)?|MR|MRH|MRS|MRHS)"
                    + ":((?:[^\\\\}]|\\\\.)*)}");
    /** One answer of a blank: an optional "=" or "%fraction%", the text, an optional "#feedback". */
    private static final Pattern ANSWER = Pattern.compile("(=|%-?\\d+(?:\\.\\d+)?%)?((?:[^\\\\#]|\\\\.)*)(#.*)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizResultsService results;
    @Autowired
    MoodleExport moodle;
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aQuizOfSevenQuestionsInFiveVariantsIsThirtyFiveMoodleQuestionsInACategoryPerLine() throws Exception {
        SignedIn.as("teacher", "TEACHER");
        QuizCard quiz = quizzes.create(new QuizSettings("Week 5 / detection", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2),
                new QuizSettings.Item("concepts", null, null, 1),
                new QuizSettings.Item("iou", "iou-pixels", null, 1),
                new QuizSettings.Item("nms", "nms-four-boxes", null, 1),
                new QuizSettings.Item("nms", "nms-steps", null, 1),
                new QuizSettings.Item("memory", null, null, 1)), false, 30, null, null, 1, true,
                FeedbackPolicy.AFTER_SUBMIT));
        MoodleExport.Export export = moodle.build(quiz.id(), 5, Locale.ENGLISH);
        assertThat(export.shortfalls()).isEmpty();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(export.xml().getBytes(StandardCharsets.UTF_8)));
        NodeList questions = doc.getElementsByTagName("question");
        String category = null;
        List<String> categories = new java.util.ArrayList<>();
        Map<String, Set<String>> names = new HashMap<>();
        int real = 0;
        for (int i = 0; i < questions.getLength(); i++) {
            Element q = (Element) questions.item(i);
            String type = q.getAttribute("type");
            assertThat(MOODLE_TYPES).contains(type);
            if (type.equals("category")) {
                category = text(q, "category");
                categories.add(category);
                continue;
            }
            real++;
            String name = text(q, "name");
            assertThat(names.computeIfAbsent(category, c -> new HashSet<>()).add(name)).as("unique: " + name).isTrue();
            String html = text(q, "questiontext");
            assertThat(html).doesNotContain("<pre>").startsWith("<p>");
            switch (type) {
                case "multichoice" -> checkSingleChoice(q, name);
                case "numerical" -> checkNumerical(q, name);
                case "shortanswer" -> assertThat(fractions(q)).as(name).contains(100.0);
                case "cloze" -> checkCloze(html, name);
                default -> { }
            }
        }
        assertThat(real).as("slots × variants").isEqualTo(7 * 5);
        assertThat(categories).first().isEqualTo("$course$/Stride/Week 5 // detection");
        assertThat(categories).hasSize(1 + 6).contains("$course$/Stride/Week 5 // detection/q1-q2 conv-params-rgb",
                "$course$/Stride/Week 5 // detection/q3 concepts");
        // the web field's label is not the question's last words
        assertThat(export.xml()).doesNotContain("Number of parameters</p>]]>");
    }

    private static void checkSingleChoice(Element q, String name) {
        assertThat(text(q, "single")).isEqualTo("true");
        List<Double> f = fractions(q);
        assertThat(f.stream().mapToDouble(Double::doubleValue).sum()).as(name).isEqualTo(100.0);
        assertThat(f.stream().filter(x -> x == 100.0).count()).as(name).isEqualTo(1);
    }

    private static void checkNumerical(Element q, String name) {
        NodeList answers = q.getElementsByTagName("answer");
        assertThat(answers.getLength()).isPositive();
        for (int a = 0; a < answers.getLength(); a++) {
            Element answer = (Element) answers.item(a);
            assertThat(text(answer, "text")).as(name).matches(NUMBER);
            assertThat(answer.getElementsByTagName("tolerance").getLength()).as(name).isEqualTo(1);
            assertThat(new BigDecimal(text(answer, "tolerance")).signum()).as(name).isNotNegative();
        }
    }

    /** Every "{n:" opens a well-formed blank whose answers parse and of which one is fully right. */
    private static void checkCloze(String html, String name) {
        Matcher m = BLANK.matcher(html);
        int blanks = 0;
        String rest = html;
        while (m.find()) {
            blanks++;
            boolean right = false;
            for (String answer : m.group(3).split("(?<!\\\\)~")) {
                Matcher a = ANSWER.matcher(answer);
                assertThat(a.matches()).as(name + ": " + answer).isTrue();
                right |= "=".equals(a.group(1)) || "%100%".equals(a.group(1));
                if (m.group(2).startsWith("N")) {
                    assertThat(a.group(2)).as(name + " value:tolerance").matches(NUMBER + ":" + NUMBER);
                }
            }
            assertThat(right).as(name + " has a right answer").isTrue();
            rest = rest.replace(m.group(), "");
        }
        assertThat(blanks).as(name).isPositive();
        assertThat(rest).as(name + ": nothing left that looks like a broken blank").doesNotContainPattern("\\{\\d+:");
    }

    private static List<Double> fractions(Element q) {
        NodeList answers = q.getElementsByTagName("answer");
        List<Double> out = new java.util.ArrayList<>();
        for (int a = 0; a < answers.getLength(); a++) {
            out.add(Double.parseDouble(((Element) answers.item(a)).getAttribute("fraction")));
        }
        return out;
    }

    private static String text(Element e, String tag) {
        return ((Element) e.getElementsByTagName(tag).item(0)).getTextContent().strip();
    }

    private String student(String name, String displayName) {
        if (!accounts.exists(name)) {
            accounts.register(name, displayName, "unused-secret-pw");
        }
        return name;
    }

    @Test
    void theGradebookCsvIsOneRowPerStudentWithTheBestHandedInGradeOutOfAHundred() {
        SignedIn.as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Grades, week 2", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 2, true,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        SignedIn.as(student("gb.ann", "Ann, de Vries"), "STUDENT");
        // first attempt right, second wrong: the best, 100, counts
        for (boolean right : new boolean[] {true, false}) {
            AttemptSheet a = taking.sheet(taking.join(quiz.joinCode()));
            String key = taking.exercise(a.questions().get(0)).expected("params").number().toPlainString();
            taking.save(a.id(), a.version(), a.questions().get(0).id(), "params", right ? key : key + "1");
            taking.submit(a.id());
        }
        SignedIn.as(student("gb.eve", "=HYPERLINK(\"x\")"), "STUDENT");
        taking.join(quiz.joinCode());
        SignedIn.as("teacher", "TEACHER");

        byte[] bytes = results.gradebook(quiz.id());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly("username,name,\"Grades, week 2\"",
                "gb.ann,\"Ann, de Vries\",100.00",
                // started, never handed in: no grade; the name a formula no more
                "gb.eve,\"'=HYPERLINK(\"\"x\"\")\",");
    }
}
