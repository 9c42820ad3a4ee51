package app.stride.quiz;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import app.stride.base.UnsafeText;
import app.stride.engine.Derivation;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.ChoiceOrder;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.exercise.SolutionText;
import app.stride.exercise.Template;
import app.stride.grading.ListReader;
import app.stride.shell.Languages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quiz's questions as Moodle XML, to import into the school's Moodle: N generated variants
 * of each question; a numeric part becomes a numerical question with its tolerance, a concept
 * item a multiple-choice question whose options Moodle shuffles. One Moodle question per variant
 * and part.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
public class MoodleExport {

    private final QuizRepository quizzes;
    private final CurrentUser currentUser;
    private final QuestionBank bank;

    MoodleExport(QuizRepository quizzes, CurrentUser currentUser, QuestionBank bank) {
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.bank = bank;
    }

    /** What the download says it is. */
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";

    /** Enough for a question pool; more only makes the file slow to build and to import. */
    public static final int MAX_VARIANTS = 50;

    /**
     * A slot line that has fewer distinct versions than asked: {@code slots} names its quiz slots
     * ("q3 conv-params-rgb"), {@code distinct} how many different questions it has, {@code asked}
     * how many were wanted.
     */
    public record Shortfall(String slots, int distinct, int asked) {
    }

    /** The file and what it could not hold. */
    public record Export(String xml, List<Shortfall> shortfalls) {
    }

    /** Tries per wanted question before a line is taken to have no more distinct versions. */
    static final int TRIES = 20;

    public String export(long quizId, int variants, Locale locale) {
        return build(quizId, variants, locale).xml();
    }

    /**
     * One Moodle question per quiz slot and variant: a category per quiz, and below it one per
     * line of the quiz holding count × variants distinct questions, so that the teacher's Moodle
     * quiz draws "count" random questions from each. The numbers are drawn from the quiz's own
     * seed, so the same request gives the same file.
     */
    public Export build(long quizId, int variants, Locale locale) {
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw new QuizInputException("variants", "quiz.moodle.variants.help");
        }
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        SplittableRandom random = new SplittableRandom(quiz.getVariantSeed());
        String root = "$course$/Stride/" + categoryName(quiz.getTitle());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        category(xml, root);
        List<Shortfall> shortfalls = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        int slot = 0;
        for (QuizItem item : quiz.getItems()) {
            List<Template> templates = bank.family(item.getFamily()).stream()
                    .filter(t -> item.getTemplateId() == null || t.id().equals(item.getTemplateId()))
                    .filter(t -> item.getDifficulty() == null || t.difficulty() == item.getDifficulty()).toList();
            String what = item.getTemplateId() != null ? item.getTemplateId() : item.getFamily();
            String slots = "q" + (slot + 1) + (item.getCount() > 1 ? "-q" + (slot + item.getCount()) : "") + " " + what;
            slot += item.getCount();
            category(xml, root + "/" + categoryName(slots));
            int wanted = item.getCount() * variants;
            int made = 0;
            for (int tries = 0; made < wanted && tries < wanted * TRIES && !templates.isEmpty(); tries++) {
                Template t = templates.get((made + tries) % templates.size());
                Exercise e = bank.generate(t.id(), random.nextLong(1, Long.MAX_VALUE));
                // what a student sees and must answer: two variants alike in both are one question twice
                if (seen.add(e.template().id() + "\u0000" + e.prompt(locale) + "\u0000" + e.expected())) {
                    made++;
                    xml.append(variant(e, made, locale));
                }
            }
            if (made < wanted) {
                shortfalls.add(new Shortfall(slots, made, wanted));
            }
        }
        return new Export(xml.append("</quiz>\n").toString(), List.copyOf(shortfalls));
    }

    private static void category(StringBuilder xml, String path) {
        xml.append("  <question type=\"category\"><category><text>").append(escape(path))
                .append("</text></category></question>\n");
    }

    /** A category's own name: Moodle reads "/" as the step to a subcategory and "//" as a slash. */
    static String categoryName(String name) {
        return name.replace("/", "//");
    }

    /** Plain text as wrapping HTML: a paragraph per blank-line block, a line break per single one, escaped. */
    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            out.append("<p>").append(String.join("<br>", paragraph.strip().lines().map(MoodleExport::escape).toList()))
                    .append("</p>");
        }
        return out.toString();
    }

    /** One generated variant as one Moodle question: a single part as its own type, several as cloze. */
    static String variant(Exercise e, int variant, Locale locale) {
        StringBuilder xml = new StringBuilder();
        if (e.template().parts().size() == 1) {
            question(xml, e, e.template().parts().get(0), variant, locale);
        } else {
            cloze(xml, e, variant, locale);
        }
        return xml.toString();
    }

    private static void question(StringBuilder xml, Exercise e, PartSpec part, int variant, Locale locale) {
        String name = e.template().id() + " #" + variant;
        // the prompt asks the question; the web field's label would only repeat it at the end
        String hint = orderHint(e, part, locale).strip();
        String text = html(e.prompt(locale)) + (hint.isEmpty() ? "" : html(hint));
        if (part.kind() == AnswerKind.CHOICE) {
            xml.append("  <question type=\"multichoice\">\n");
            header(xml, name, text, e, locale);
            // written in the exercise's shuffled order, and Moodle shuffles them again per student
            xml.append("    <single>true</single><shuffleanswers>1</shuffleanswers>\n");
            for (Choice c : ChoiceOrder.of(e, ChoiceOrder.ANYONE)) {
                boolean right = c.id().equals(e.expected(part.id()).choice());
                xml.append("    <answer fraction=\"").append(right ? 100 : 0).append("\" format=\"html\"><text>")
                        .append(escape(c.text().in(locale))).append("</text></answer>\n");
            }
        } else if (part.kind() == AnswerKind.LIST) {
            xml.append("  <question type=\"shortanswer\">\n");
            header(xml, name, text, e, locale);
            // Moodle compares the trimmed response with each answer, ignoring case (usecase 0)
            xml.append("    <usecase>0</usecase>\n");
            // Moodle takes the first answer that matches: the guards (0 %) come before the right ones
            for (ListAnswer answer : answers(part, e.expected(part.id()).list(), locale)) {
                xml.append("    <answer fraction=\"").append(answer.right() ? 100 : 0).append("\"><text>")
                        .append(escape(answer.text())).append("</text></answer>\n");
            }
        } else {
            xml.append("  <question type=\"numerical\">\n");
            header(xml, name, text + (part.kind() == AnswerKind.BYTES ? html("(" + part.unit().symbol() + ")") : ""), e,
                    locale);
            xml.append("    <answer fraction=\"100\"><text>").append(value(e, part)).append("</text><tolerance>")
                    .append(tolerance(e, part)).append("</tolerance></answer>\n");
        }
        xml.append("  </question>\n");
    }

    /**
     * A question of several parts as one Moodle "embedded answers" (cloze) question, so that every
     * generated variant is one question: a numerical blank with its tolerance per number, a
     * drop-down per choice, a short answer per list of indices.
     */
    private static void cloze(StringBuilder xml, Exercise e, int variant, Locale locale) {
        StringBuilder text = new StringBuilder(html(e.prompt(locale)));
        for (PartSpec part : e.template().parts()) {
            String label = e.label(part, locale) + (part.kind() == AnswerKind.BYTES ? " (" + part.unit().symbol() + ")" : "")
                    + orderHint(e, part, locale);
            text.append("<p>").append(escape(label)).append(": ");
            switch (part.kind()) {
                case CHOICE -> {
                    // _S: Moodle shuffles a cloze drop-down only when told so; written shuffled as well
                    text.append("{1:MULTICHOICE_S:");
                    String right = e.expected(part.id()).choice();
                    List<String> options = new java.util.ArrayList<>();
                    for (Choice c : ChoiceOrder.of(e, ChoiceOrder.ANYONE)) {
                        options.add((c.id().equals(right) ? "=" : "") + clozeText(c.text().in(locale)));
                    }
                    text.append(String.join("~", options)).append('}');
                }
                // SHORTANSWER (not _C) ignores case; every accepted writing is a full-mark answer
                case LIST -> text.append("{1:SHORTANSWER:").append(String.join("~", answers(part,
                        e.expected(part.id()).list(), locale).stream()
                        .map(a -> (a.right() ? "=" : "%0%") + clozeText(a.text())).toList()))
                        .append('}');
                default -> text.append("{1:NUMERICAL:=").append(value(e, part)).append(':').append(tolerance(e, part))
                        .append('}');
            }
            text.append("</p>");
        }
        xml.append("  <question type=\"cloze\">\n")
                .append("    <name><text>").append(escape(e.template().id() + " #" + variant)).append("</text></name>\n")
                .append("    <questiontext format=\"html\"><text><![CDATA[").append(text).append("]]></text></questiontext>\n");
        feedback(xml, e, locale);
        xml.append("  </question>\n");
    }

    /**
     * Moodle grades a short answer by matching the trimmed response against each answer in turn,
     * case ignored, where {@code *} in an answer stands for any characters; the first answer that
     * matches gives the grade. A list of box numbers is exported as patterns with {@code *} between
     * the numbers ({@code *0*2*1*4*}), so that any spacing and separator ("0,2,1,4", "0, 2, 1, 4",
     * "0 2 1 4", "[0; 2; 1; 4]") is right. Such a pattern would also match wrong lists ("0, 12, 1,
     * 4", "0, 2, 1, 4, 4"), so guards graded 0 come first: any digit not in the key, a key digit
     * twice, two key digits side by side. What passes all guards and matches a pattern holds
     * exactly the key's numbers, each once, apart, in the pattern's order. This holds for single
     * digits, which is what NMS exercises draw (at most 10 boxes); a key with a larger number is
     * exported as whole strings in the separators students type.
     *
     * A set is right in every order: a pattern per order up to this many items (5 items: 120
     * patterns). A larger set is right in ascending order only, and its label says so.
     */
    static final int MAX_ANY_ORDER = 5;
    /** How students separate box numbers, for a key with a number of two digits: "3, 14", "3,14", "3 14". */
    private static final List<String> SEPARATORS = List.of(", ", ",", " ");

    /** One short answer of a list part: a pattern or string, and whether it is full marks or a 0 % guard. */
    record ListAnswer(String text, boolean right) {
    }

    /**
     * The answers Moodle is to grade a list part with, guards first: a sequence in its own order; a
     * set in every order; the empty set in the words Stride reads as "none", the export's language
     * first (the signs, "-", "{}", are left out: Moodle would need them escaped or read as a wildcard).
     */
    static List<ListAnswer> answers(PartSpec part, List<Integer> key, Locale locale) {
        if (key.isEmpty()) {
            String own = Languages.supported(locale) == Languages.DUTCH ? "geen" : "none";
            List<String> words = new ArrayList<>(List.of(own));
            ListReader.NONE.stream().filter(w -> !w.equals(own) && w.codePoints().anyMatch(Character::isLetter))
                    .sorted().forEach(words::add);
            return words.stream().map(w -> new ListAnswer(w, true)).toList();
        }
        List<List<Integer>> orders = part.ordered() ? List.of(key)
                : key.size() <= MAX_ANY_ORDER ? orders(key.stream().sorted().toList())
                : List.of(key.stream().sorted().toList());
        boolean digits = key.stream().allMatch(n -> n >= 0 && n <= 9);
        List<ListAnswer> answers = new ArrayList<>();
        if (digits) {
            answers.addAll(guards(key));
            orders.forEach(order -> answers.add(new ListAnswer("*" + join(order, "*") + "*", true)));
        } else {
            Set<String> exact = new LinkedHashSet<>();
            orders.forEach(order -> SEPARATORS.forEach(separator -> exact.add(join(order, separator))));
            exact.forEach(text -> answers.add(new ListAnswer(text, true)));
        }
        return List.copyOf(answers);
    }

    /** The 0 % answers that catch what a pattern of single-digit numbers would wrongly let through. */
    private static List<ListAnswer> guards(List<Integer> key) {
        List<ListAnswer> guards = new ArrayList<>();
        for (int d = 0; d <= 9; d++) {
            guards.add(new ListAnswer(key.contains(d) ? "*" + d + "*" + d + "*" : "*" + d + "*", false));
        }
        for (int a : key) {
            for (int b : key) {
                if (a != b) {
                    guards.add(new ListAnswer("*" + a + b + "*", false));
                }
            }
        }
        return guards;
    }

    /** " (in ascending order)" on a set too large for every order to be listed; else nothing. */
    private static String orderHint(Exercise e, PartSpec part, Locale locale) {
        if (part.kind() != AnswerKind.LIST || part.ordered() || e.expected(part.id()).list().size() <= MAX_ANY_ORDER) {
            return "";
        }
        Locale file = Languages.supported(locale) == Languages.DUTCH ? Languages.DUTCH : Locale.ROOT;
        return " (" + ResourceBundle.getBundle("vaadin-i18n.translations", file, NO_FALLBACK)
                .getString("quiz.moodle.ascending") + ")";
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Every order of the items, each once (the items are distinct box indices). */
    private static List<List<Integer>> orders(List<Integer> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            Integer first = rest.remove(i);
            for (List<Integer> tail : orders(rest)) {
                List<Integer> order = new ArrayList<>(tail.size() + 1);
                order.add(first);
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    private static String join(List<Integer> items, String separator) {
        return String.join(separator, items.stream().map(String::valueOf).toList());
    }

    /** The key in the part's unit: bytes in the unit the question asks for. */
    private static String value(Exercise e, PartSpec part) {
        BigDecimal value = e.expected(part.id()).number();
        if (part.kind() == AnswerKind.BYTES) {
            value = value.divide(BigDecimal.valueOf(part.unit().bytes()), MathContext.DECIMAL64);
        }
        return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    /** Moodle's tolerance is absolute: the part's own margin on the value as Moodle shows it. */
    private static String tolerance(Exercise e, PartSpec part) {
        BigDecimal tolerance = part.tolerance().margin(new BigDecimal(value(e, part)));
        return tolerance.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    /** Text inside a cloze blank: its own syntax characters escaped, then HTML's. */
    private static String clozeText(String text) {
        return escape(text.replace("\\", "\\\\").replace("}", "\\}").replace("~", "\\~").replace("#", "\\#")
                .replace("/", "\\/").replace("\"", "\\\""));
    }

    private static void header(StringBuilder xml, String name, String text, Exercise e, Locale locale) {
        xml.append("    <name><text>").append(escape(name)).append("</text></name>\n")
                .append("    <questiontext format=\"html\"><text><![CDATA[")
                .append(text).append("]]></text></questiontext>\n");
        feedback(xml, e, locale);
    }

    /** The worked solution with this variant's numbers, which Moodle shows after an attempt. */
    private static void feedback(StringBuilder xml, Exercise e, Locale locale) {
        xml.append("    <generalfeedback format=\"html\"><text><![CDATA[");
        for (Derivation step : e.solution()) {
            xml.append("<p>").append(escape(SolutionText.words(step, locale)));
            if (!step.formula(locale).isEmpty()) {
                xml.append("<br><code>").append(escape(step.formula(locale))).append("</code>");
            }
            xml.append("</p>");
        }
        xml.append("]]></text></generalfeedback>\n");
    }

    /**
     * Text for XML: its markup characters escaped, and characters XML 1.0 cannot hold (NUL and
     * other controls, unpaired surrogates) and bidi controls shown as U+FFFD, so that any title
     * a teacher typed still gives a file Moodle imports.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                // XML 1.0 holds no other control character, no unpaired surrogate and no U+FFFE/U+FFFF:
                // all in UnsafeText's list, like the bidi controls
                default -> out.appendCodePoint(UnsafeText.unsafe(c) && c != '\t' && c != '\n' && c != '\r'
                        ? UnsafeText.REPLACEMENT : c);
            }
        });
        return out.toString();
    }
}
