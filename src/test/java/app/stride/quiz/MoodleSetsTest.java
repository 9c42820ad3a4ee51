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
 * The NMS sets (dropped, suppressed) in the Moodle export as Moodle grades them: a short answer is
 * right when the trimmed response equals one accepted answer, ignoring case. Every order of a set
 * with the separators students type is right, "none" / "geen" is right for the empty set, and the
 * kept boxes stay one sequence.
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

    /** The accepted answers of each short-answer blank, in the order of the template's list parts. */
    private static List<List<String>> blanks(String questionXml) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questionXml + "</quiz>\n";
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element q = (Element) doc.getElementsByTagName("question").item(0);
        assertThat(q.getAttribute("type")).isEqualTo("cloze");
        // the cloze text is HTML inside CDATA: its entities are still HTML's
        String text = q.getElementsByTagName("questiontext").item(0).getTextContent()
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        List<List<String>> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            List<String> answers = new ArrayList<>();
            for (String a : m.group(1).split("(?<!\\\\)~")) {
                assertThat(a).as("every answer is fully right").startsWith("=");
                answers.add(a.substring(1).replaceAll("\\\\(.)", "$1"));
            }
            blanks.add(answers);
        }
        return blanks;
    }

    /** Moodle's short-answer match: the trimmed response equals an answer, case ignored (no wildcards here). */
    private static boolean moodleAccepts(List<String> answers, String response) {
        return answers.stream().anyMatch(a -> !a.isBlank() && a.equalsIgnoreCase(response.strip()));
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
                    List<List<String>> blanks = blanks(exported);
                    assertThat(blanks).hasSameSizeAs(lists);
                    for (int i = 0; i < lists.size(); i++) {
                        PartSpec part = lists.get(i);
                        List<Integer> key = e.expected(part.id()).list();
                        List<String> answers = blanks.get(i);
                        String what = template + " seed " + seed + " " + part.id() + " " + key + " (" + locale + "): " + answers;
                        if (part.ordered()) {
                            assertThat(answers).as(what).containsExactly(join(key, ", "));
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
                            assertThat(answers.get(0)).as("the export's own language first")
                                    .isEqualTo(locale == DUTCH ? "geen" : "none");
                            assertThat(moodleAccepts(answers, "0")).as(what).isFalse();
                        } else if (key.size() > 5) {
                            // 720 orders and more are too many answers: the label asks for ascending order
                            List<Integer> ascending = key.stream().sorted().toList();
                            assertThat(moodleAccepts(answers, join(ascending, ", "))).as(what).isTrue();
                            assertThat(moodleAccepts(answers, join(ascending, " "))).as(what).isTrue();
                            assertThat(exported).as(what).contains(locale == DUTCH ? "Onderdrukt (in oplopende volgorde)"
                                    : "Suppressed (in ascending order)");
                        } else {
                            setsOfTwoOrMore += key.size() >= 2 ? 1 : 0;
                            assertThat(exported).as(what).doesNotContain("ascending").doesNotContain("oplopend");
                            for (List<Integer> order : orders(key)) {
                                for (String separator : List.of(", ", ",", " ")) {
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

    @Test
    void aSetOfFiveIsRightInAll120OrdersAndALargerOneInAscendingOrderOnly() {
        PartSpec set = new PartSpec("suppressed", new app.stride.exercise.Text("Suppressed", "Onderdrukt"),
                AnswerKind.LIST, null, null, 1, false);
        List<String> five = MoodleExport.accepted(set, List.of(4, 0, 3, 1, 2), Locale.ENGLISH);
        assertThat(five).hasSize(120 * 3).contains("4, 3, 2, 1, 0", "0,1,2,3,4", "2 4 1 3 0").doesNotHaveDuplicates();
        assertThat(MoodleExport.accepted(set, List.of(5, 0, 3, 1, 2, 4), Locale.ENGLISH))
                .containsExactly("0, 1, 2, 3, 4, 5", "0,1,2,3,4,5", "0 1 2 3 4 5");
        assertThat(MoodleExport.accepted(set, List.of(3), DUTCH)).containsExactly("3");
    }
}
