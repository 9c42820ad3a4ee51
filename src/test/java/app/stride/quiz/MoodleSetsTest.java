package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.bank.QuestionBank;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.exercise.family.CourseFamilies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The NMS lists (dropped, suppressed, kept) in the Moodle export as Moodle grades them: the first
 * answer of a short-answer blank whose pattern matches the trimmed response gives its grade, case
 * ignored, where {@code *} stands for any characters (Moodle's {@code compare_string_with_wildcard},
 * rewritten below). Every order of a set, with any spacing and separator, is right; "none" / "geen"
 * is right for the empty set; the kept boxes stay one sequence; a list with a box too many, one
 * missing, a box twice or a number run together with another is wrong.
 */
class MoodleSetsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern BLANK = Pattern.compile("\\{1:SHORTANSWER:([^\\\\}]*+(?:\\\\.[^\\\\}]*+)*+)}");

    private final QuestionBank bank = QuestionBank.load(files(), CourseFamilies.all());

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of("question-bank"))) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /** One answer of a blank: its text (a pattern), and its grade in percent. */
    record Answer(String text, double fraction) {
    }

    /** The answers of each short-answer blank, in the order of the template's list parts and as written. */
    private static List<List<Answer>> blanks(String questionXml) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questionXml + "</quiz>\n";
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element q = (Element) doc.getElementsByTagName("question").item(0);
        assertThat(q.getAttribute("type")).isEqualTo("cloze");
        // the cloze text is HTML inside CDATA: its entities are still HTML's
        String text = q.getElementsByTagName("questiontext").item(0).getTextContent()
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        List<List<Answer>> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            List<Answer> answers = new ArrayList<>();
            for (String a : m.group(1).split("(?<!\\\\)~")) {
                Matcher f = FRACTION.matcher(a);
                assertThat(f.lookingAt()).as("a grade on every answer: " + a).isTrue();
                double fraction = f.group(1) != null ? 100 : Double.parseDouble(f.group(2));
                answers.add(new Answer(a.substring(f.end()).replaceAll("\\\\(.)", "$1"), fraction));
            }
            blanks.add(answers);
        }
        return blanks;
    }

    private static final Pattern FRACTION = Pattern.compile("(=)|%(-?\\d+(?:\\.\\d+)?)%");

    /**
     * Moodle's short-answer grade of a response: the fraction of the first answer that matches, 0
     * when none does. An answer matches as Moodle's {@code compare_string_with_wildcard} has it:
     * split on runs of unescaped {@code *}, each piece literal, joined by "any characters",
     * anchored at both ends, case ignored, against the trimmed response.
     */
    static double moodleGrade(List<Answer> answers, String response) {
        for (Answer a : answers) {
            String[] bits = a.text().split("(?<!\\\\)\\*+", -1);
            StringBuilder regex = new StringBuilder("^");
            for (int i = 0; i < bits.length; i++) {
                regex.append(i == 0 ? "" : ".*").append(Pattern.quote(bits[i].replace("\\*", "*")));
            }
            regex.append('$');
            if (Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                    .matcher(response.strip()).matches()) {
                return a.fraction();
            }
        }
        return 0;
    }

    private static boolean moodleAccepts(List<Answer> answers, String response) {
        return moodleGrade(answers, response) == 100;
    }

    private static List<List<Integer>> orders(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            Integer first = rest.remove(i);
            for (List<Integer> tail : orders(rest)) {
                List<Integer> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    private static String join(List<Integer> items, String separator) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    @Test
    void setsAreRightInEveryOrderTheEmptySetIsNoneAndTheKeptBoxesStayASequence() throws Exception {
        int emptySets = 0;
        int setsOfTwoOrMore = 0;
        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            for (String template : List.of("nms-steps", "nms-four-boxes", "nms-full")) {
                for (long seed = 1; seed <= 100; seed++) {
                    Exercise e = bank.generate(template, seed);
                    String exported = MoodleExport.variant(e, 1, locale);
                    List<PartSpec> lists = e.template().parts().stream().filter(p -> p.kind() == AnswerKind.LIST).toList();
                    List<List<Answer>> blanks = blanks(exported);
                    assertThat(blanks).hasSameSizeAs(lists);
                    for (int i = 0; i < lists.size(); i++) {
                        PartSpec part = lists.get(i);
                        List<Integer> key = e.expected(part.id()).list();
                        List<Answer> answers = blanks.get(i);
                        String what = template + " seed " + seed + " " + part.id() + " " + key + " (" + locale + "): " + answers;
                        if (part.ordered() && !key.isEmpty()) {
                            for (String separator : SPACINGS) {
                                assertThat(moodleAccepts(answers, join(key, separator)))
                                        .as(what + " typed " + join(key, separator)).isTrue();
                            }
                            wrongListsAreWrong(answers, key, what);
                            if (key.size() >= 2) {
                                List<Integer> reversed = new ArrayList<>(key);
                                java.util.Collections.reverse(reversed);
                                assertThat(moodleAccepts(answers, join(reversed, ", "))).as(what).isFalse();
                            }
                        } else if (key.isEmpty()) {
                            emptySets++;
                            for (String none : List.of("none", "None", "geen", "Geen", "nothing", "niets", " none ")) {
                                assertThat(moodleAccepts(answers, none)).as(what + " typed " + none).isTrue();
                            }
                            assertThat(answers.get(0).text()).as("the export’s own language first")
                                    .isEqualTo(locale == DUTCH ? "geen" : "none");
                            assertThat(moodleAccepts(answers, "0")).as(what).isFalse();
                        } else if (key.size() > 5) {
                            // 720 orders and more are too many answers: the label asks for ascending order
                            List<Integer> ascending = key.stream().sorted().toList();
                            assertThat(moodleAccepts(answers, join(ascending, ", "))).as(what).isTrue();
                            assertThat(moodleAccepts(answers, join(ascending, " "))).as(what).isTrue();
                            assertThat(moodleAccepts(answers, join(ascending, " ,  "))).as(what).isTrue();
                            assertThat(exported).as(what).contains(locale == DUTCH ? "Onderdrukt (in oplopende volgorde)"
                                    : "Suppressed (in ascending order)");
                        } else {
                            setsOfTwoOrMore += key.size() >= 2 ? 1 : 0;
                            assertThat(exported).as(what).doesNotContain("ascending").doesNotContain("oplopend");
                            wrongListsAreWrong(answers, key, what);
                            for (List<Integer> order : orders(key)) {
                                for (String separator : SPACINGS) {
                                    assertThat(moodleAccepts(answers, join(order, separator)))
                                            .as(what + " typed " + join(order, separator)).isTrue();
                                }
                            }
                            assertThat(moodleAccepts(answers, "none")).as(what).isFalse();
                            List<Integer> more = new ArrayList<>(key);
                            more.add(99);
                            assertThat(moodleAccepts(answers, join(more, ", "))).as(what).isFalse();
                            if (key.size() >= 2) {
                                assertThat(moodleAccepts(answers, join(key.subList(1, key.size()), ", "))).as(what)
                                        .isFalse();
                            }
                        }
                    }
                }
            }
        }
        assertThat(emptySets).as("some variant drops no box").isPositive();
        assertThat(setsOfTwoOrMore).as("some set has two boxes or more").isPositive();
        // these seeds draw no set of more than five boxes; the bound itself is tested below
    }

    /** Separators and spacings students type between box numbers. */
    private static final List<String> SPACINGS = List.of(", ", ",", " ", " , ", ",  ", "; ", "  ");

    /** A box too many, one missing, one twice, two run together, a two-digit number: all wrong. */
    private static void wrongListsAreWrong(List<Answer> answers, List<Integer> key, String what) {
        List<String> wrong = new ArrayList<>();
        int absent = java.util.stream.IntStream.rangeClosed(0, 9).filter(d -> !key.contains(d)).findFirst().orElseThrow();
        List<Integer> more = new ArrayList<>(key);
        more.add(absent);
        wrong.add(join(more, ", "));
        wrong.add(join(key, ", ") + ", " + key.get(0));
        wrong.add(join(key, ", ") + key.get(key.size() - 1));
        wrong.add(absent + join(key, ", "));
        if (key.size() >= 2) {
            wrong.add(join(key.subList(1, key.size()), ", "));
            wrong.add(key.get(0) + "" + key.get(1) + (key.size() > 2 ? ", " + join(key.subList(2, key.size()), ", ") : ""));
        }
        for (String response : wrong) {
            assertThat(moodleGrade(answers, response)).as(what + " typed " + response).isZero();
        }
    }

    @Test
    void aSetOfFiveIsRightInAll120OrdersAndALargerOneInAscendingOrderOnly() {
        PartSpec set = new PartSpec("suppressed", new app.stride.exercise.Text("Suppressed", "Onderdrukt"),
                AnswerKind.LIST, null, null, 1, false);
        List<Answer> five = asGraded(MoodleExport.answers(set, List.of(4, 0, 3, 1, 2), Locale.ENGLISH));
        assertThat(five.stream().filter(a -> a.fraction() == 100)).hasSize(120);
        for (String right : List.of("4, 3, 2, 1, 0", "0,1,2,3,4", "2 4 1 3 0", "[2; 4; 1; 3; 0]")) {
            assertThat(moodleAccepts(five, right)).as(right).isTrue();
        }
        for (String wrong : List.of("4, 3, 2, 1", "4, 3, 2, 1, 0, 5", "43, 2, 1, 0", "4, 3, 2, 1, 0, 0", "14, 3, 2, 0")) {
            assertThat(moodleGrade(five, wrong)).as(wrong).isZero();
        }
        List<Answer> six = asGraded(MoodleExport.answers(set, List.of(5, 0, 3, 1, 2, 4), Locale.ENGLISH));
        assertThat(moodleAccepts(six, "0, 1, 2, 3, 4, 5")).isTrue();
        assertThat(moodleAccepts(six, "5, 1, 2, 3, 4, 0")).as("only in ascending order").isFalse();
        List<Answer> one = asGraded(MoodleExport.answers(set, List.of(3), DUTCH));
        assertThat(moodleAccepts(one, "3")).isTrue();
        assertThat(moodleGrade(one, "33")).isZero();
        assertThat(moodleGrade(one, "13")).isZero();
    }

    @Test
    void aKeyWithATwoDigitNumberIsGradedAsWholeStrings() {
        PartSpec kept = new PartSpec("kept", new app.stride.exercise.Text("Kept", "Behouden"), AnswerKind.LIST, null,
                null, 1, true);
        List<Answer> answers = asGraded(MoodleExport.answers(kept, List.of(12, 3), Locale.ENGLISH));
        assertThat(moodleAccepts(answers, "12, 3")).isTrue();
        assertThat(moodleAccepts(answers, "12 3")).isTrue();
        assertThat(moodleAccepts(answers, "1, 2, 3")).isFalse();
        assertThat(moodleAccepts(answers, "3, 12")).as("a sequence keeps its order").isFalse();
    }

    private static List<Answer> asGraded(List<MoodleExport.ListAnswer> answers) {
        return answers.stream().map(a -> new Answer(a.text(), a.right() ? 100 : 0)).toList();
    }
}
