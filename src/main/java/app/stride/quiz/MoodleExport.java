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
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
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

    public String export(long quizId, int variants, Locale locale) {
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw new QuizInputException("variants", "quiz.moodle.variants.help");
        }
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        SplittableRandom random = new SplittableRandom(quiz.getVariantSeed());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        xml.append("  <question type=\"category\"><category><text>$course$/Stride/").append(escape(quiz.getTitle()))
                .append("</text></category></question>\n");
        for (QuizItem item : quiz.getItems()) {
            List<Template> templates = bank.family(item.getFamily()).stream()
                    .filter(t -> item.getTemplateId() == null || t.id().equals(item.getTemplateId()))
                    .filter(t -> item.getDifficulty() == null || t.difficulty() == item.getDifficulty()).toList();
            for (Template t : templates) {
                for (int v = 1; v <= variants; v++) {
                    Exercise e = bank.generate(t.id(), random.nextLong(1, Long.MAX_VALUE));
                    if (t.parts().size() == 1) {
                        question(xml, e, t.parts().get(0), v, locale);
                    } else {
                        cloze(xml, e, v, locale);
                    }
                }
            }
        }
        return xml.append("</quiz>\n").toString();
    }

    private static void question(StringBuilder xml, Exercise e, PartSpec part, int variant, Locale locale) {
        String name = e.template().id() + " #" + variant;
        String text = e.prompt(locale) + "\n\n" + e.label(part, locale);
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
            String key = String.join(", ", e.expected(part.id()).list().stream().map(String::valueOf).toList());
            xml.append("    <answer fraction=\"100\"><text>").append(escape(key)).append("</text></answer>\n");
        } else {
            xml.append("  <question type=\"numerical\">\n");
            header(xml, name, text + (part.kind() == AnswerKind.BYTES ? " (" + part.unit().symbol() + ")" : ""), e,
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
        StringBuilder text = new StringBuilder("<pre>").append(escape(e.prompt(locale))).append("</pre>");
        for (PartSpec part : e.template().parts()) {
            String label = e.label(part, locale) + (part.kind() == AnswerKind.BYTES ? " (" + part.unit().symbol() + ")" : "");
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
                case LIST -> text.append("{1:SHORTANSWER:=").append(clozeText(String.join(", ",
                        e.expected(part.id()).list().stream().map(String::valueOf).toList()))).append('}');
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
                .append("    <questiontext format=\"html\"><text><![CDATA[<pre>")
                .append(escape(text)).append("</pre>]]></text></questiontext>\n");
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
