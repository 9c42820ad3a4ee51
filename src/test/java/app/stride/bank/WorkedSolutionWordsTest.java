package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.Derivation;
import app.stride.exercise.Exercise;
import app.stride.exercise.Generator;
import app.stride.exercise.KeyText;
import app.stride.exercise.SolutionText;
import app.stride.exercise.Template;
import app.stride.exercise.family.CourseFamilies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked solutions end at the asked answer, in the asked unit and in the reader's number format,
 * and say what the question is about. The numbers are worked out by hand from the course.
 */
class WorkedSolutionWordsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final QuestionBank bank = BankFiles.bank();
    private final Generator generator = new Generator(CourseFamilies.all());

    private Exercise create(String template, Map<String, Object> params) {
        return generator.create(bank.template(template).orElseThrow(), params);
    }

    private static String formulas(Exercise e, Locale locale) {
        return e.solution().stream().map(d -> d.formula(locale)).collect(Collectors.joining("\n"));
    }

    private static String words(Exercise e, Locale locale) {
        return e.solution().stream().map(d -> SolutionText.words(d, locale)).collect(Collectors.joining("\n"));
    }

    @Test
    void theDutchSolutionWritesDecimalCommasAndTheEnglishOneDecimalPoints() {
        // iou-relative case: overlap 60 · 60 = 3600, union 9600 + 16 000 − 3600 = 22 000, IoU 0.1636
        Exercise e = create("iou-relative", Map.of("imageW", 400, "imageH", 200, "ax", 40, "ay", 20, "aw", 120,
                "ah", 80, "bx", 100, "by", 40, "bw", 160, "bh", 100));
        assertThat(formulas(e, DUTCH)).contains("3.600 / 22.000 ≈ 0,1636").doesNotContain("0.1636");
        assertThat(formulas(e, Locale.ENGLISH)).contains("3,600 / 22,000 ≈ 0.1636");
    }

    @Test
    void theIouInRelativeFormShowsTheConversionToPixelsFirst() {
        // A: centre (100, 60) and size 120 × 80 on 400 × 200 → (0.25, 0.3, 0.3, 0.4); x1 = (0.25 − 0.15) · 400 = 40
        Exercise e = create("iou-relative", Map.of("imageW", 400, "imageH", 200, "ax", 40, "ay", 20, "aw", 120,
                "ah", 80, "bx", 100, "by", 40, "bw", 160, "bh", 100));
        List<Derivation> steps = e.solution();
        assertThat(steps.get(0).key()).isEqualTo("solution.iou.pixels");
        assertThat(steps.get(0).formula(Locale.ENGLISH)).contains("x1 = (0.25 − 0.3 / 2) · 400 = 40")
                .contains("y2 = (0.3 + 0.4 / 2) · 200 = 100");
        assertThat(steps.get(0).formula(DUTCH)).contains("x1 = (0,25 − 0,3 / 2) · 400 = 40");
        // B: centre (180, 90), size 160 × 100 → (0.45, 0.45, 0.4, 0.5); x2 = (0.45 + 0.2) · 400 = 260
        assertThat(steps.get(1).formula(Locale.ENGLISH)).contains("x2 = (0.45 + 0.4 / 2) · 400 = 260");
        assertThat(SolutionText.words(steps.get(1), Locale.ENGLISH)).startsWith("Box B in pixels");
        // a question in pixels needs no conversion
        assertThat(bank.generate("iou-pixels", 1).solution()).noneMatch(d -> d.key().equals("solution.iou.pixels"));
    }

    @Test
    void aMemorySolutionEndsInTheAskedUnitAsTheKeyWritesIt() {
        // memory-course case: training 50 · (2 630 000 + 180 000) · 4 B + 2 · 3 613 600 B = 569 227 200 B
        Exercise e = create("memory-course", Map.of("h", 200, "w", 300, "c", 3, "f1", 100, "f2", 200, "f3", 400,
                "bytes", 4, "batch", 50));
        Derivation last = e.solution().get(e.solution().size() - 1);
        assertThat(last.formula(Locale.ENGLISH)).isEqualTo("569,227,200 B / 1,000,000 = 569.2272 MB");
        assertThat(last.formula(DUTCH)).isEqualTo("569.227.200 B / 1.000.000 = 569,2272 MB");
        assertThat(last.formula(DUTCH)).endsWith(KeyText.of(e, "training", DUTCH));
        assertThat(SolutionText.words(last, Locale.ENGLISH)).startsWith("In MB");
        // the parameters' memory: 903 400 · 4 B = 3 613 600 B = 3.6136 MB, straight after its byte count
        String all = formulas(e, Locale.ENGLISH);
        assertThat(all).contains("3,613,600 B / 1,000,000 = 3.6136 MB").contains("12,613,600 B / 1,000,000 = 12.6136 MB");
    }

    @Test
    void totalsAreGroupedInTheReadersFormat() {
        // conv-multiplications-network case: 100·150·100 · 27 = 40 500 000 and 50·75·200 · 900 = 675 000 000
        Exercise e = create("conv-multiplications-network", Map.of("h", 200, "w", 300, "c", 3, "filters", 100,
                "filters2", 200, "kernel", 3, "stride", 2, "padding", "same"));
        assertThat(formulas(e, DUTCH)).contains("40.500.000 + 675.000.000 = 715.500.000");
        assertThat(formulas(e, Locale.ENGLISH)).contains("40,500,000 + 675,000,000 = 715,500,000");
    }

    @Test
    void theConvParamsOnTwoSizesSayTheCountDoesNotDependOnTheInputSize() {
        // (3·3·16 + 1) · 32 = 4640 on 5×5 and on 200×200
        Exercise e = create("conv-params-image-size", Map.of("h", 5, "h2", 200, "depth", 16, "kernel", 3,
                "filters", 32));
        assertThat(words(e, Locale.ENGLISH)).contains("does not matter").contains("200×200")
                .contains("same 4,640 parameters");
        assertThat(words(e, DUTCH)).contains("doet er niet toe").contains("dezelfde 4.640 parameters");
        assertThat(formulas(e, Locale.ENGLISH)).contains("(3·3·16 + 1)·32 = 4,640");
    }

    @Test
    void aSolutionStopsAtWhatItsTemplateAsks() {
        // as reported: the dense layer's parameters were asked, and the solution went on to a conv layer's
        Exercise e = bank.generate("fcn-dense-params", 5);
        assertThat(e.template().parts()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("denseParams"));
        assertThat(e.solution()).hasSize(1);
        String words = words(e, Locale.ENGLISH);
        assertThat(words).doesNotContain("filter").doesNotContain("Output");
        assertThat(formulas(e, Locale.ENGLISH)).endsWith(KeyText.of(e, "denseParams", Locale.ENGLISH));
    }

    @Test
    void theNmsSolutionListsTheSetsByIndexAndSaysNothingInWords() {
        // the nms-steps case: boxes 2 and 3 below 0.3; box 1 first suppresses nothing; box 0 then suppresses box 4
        Exercise e = create("nms-steps", Map.of("boxes", 5, "layout", 1, "iouThreshold", 0.5, "scoreThreshold", 0.3));
        assertThat(e.solution().get(0).formula(Locale.ENGLISH)).isEqualTo("2, 3");
        assertThat(SolutionText.words(e.solution().get(0), DUTCH)).contains("0,3");
        assertThat(SolutionText.words(e.solution().get(1), Locale.ENGLISH)).contains("suppresses nothing");
        assertThat(SolutionText.words(e.solution().get(1), DUTCH)).contains("onderdrukt niets");
        assertThat(e.solution().get(2).formula(DUTCH)).isEqualTo("4 (IoU 0,69)");
    }

    /** A Dutch number with a decimal point ("0.1667"), or a long number without its groups ("8294400"). */
    private static final Pattern NOT_DUTCH = Pattern.compile("\\d\\.(?!\\d{3}(?!\\d))\\d|(?<![\\d.,])\\d{4,}");

    @Test
    void everyDutchFormulaOfTheBankWritesItsNumbersTheDutchWay() {
        for (Template t : bank.templates()) {
            for (long seed = 1; seed <= 20; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                for (Derivation d : e.solution()) {
                    String text = d.formula(DUTCH) + " | " + SolutionText.words(d, DUTCH);
                    Matcher m = NOT_DUTCH.matcher(text);
                    assertThat(m.find()).as("%s seed %d: %s", t.id(), seed, text).isFalse();
                }
            }
        }
    }
}
