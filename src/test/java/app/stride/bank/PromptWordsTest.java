package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A prompt says what its key counts. For every template, the words naming the quantities its key
 * uses — written here by hand from what each family computes (the memory family's training total:
 * the input and every layer's output for each image of the batch, plus the parameters and one
 * gradient per parameter; a box's image: so many pixels wide and so many high) — appear in its
 * prompt in English and Dutch, for 50 seeds. A template without an entry here fails, so a new one
 * gets its words written. Also: numbers in the reader's locale (no 0.1667 in a Dutch prompt, no
 * 0,1667 in an English one), every placeholder filled, and no count of objects that a key might
 * contradict.
 */
class PromptWordsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final int SEEDS = 50;

    /** What every concept question asks is in its options: the key is a choice, not a quantity. */
    private static final String CONCEPTS = "concepts";

    private record Words(List<String> en, List<String> nl) {
    }

    private static Words words(List<String> en, List<String> nl) {
        return new Words(en, nl);
    }

    private static final List<String> HWC_EN = List.of("height × width × channels");
    private static final List<String> HWC_NL = List.of("hoogte × breedte × kanalen");

    private static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry("architecture-first-block", words(
                    List.of("3×3", "same padding", "stride 1", "2×2 max pool", "parameters", "first", "second",
                            "height of the pool's output"),
                    List.of("3×3", "same-padding", "stride 1", "max pool van 2×2", "parameters", "eerste", "tweede",
                            "hoogte van de uitvoer van de pool"))),
            Map.entry("architecture-summary", words(
                    List.of("3×3", "same padding", "2×2 max pool", "height after the first pool", "parameters",
                            "first convolutional layer", "global average pooling", "dense"),
                    List.of("3×3", "same-padding", "max pool van 2×2", "hoogte na de eerste pool", "parameters",
                            "eerste convolutielaag", "global average pooling", "dense"))),
            Map.entry("architecture-total", words(
                    List.of("same padding", "bias", "first two convolutional layers", "dense", "whole network"),
                    List.of("same-padding", "bias", "eerste twee convolutielagen", "dense", "hele netwerk"))),
            Map.entry("batchnorm-params", words(
                    List.of("filters", "in all", "Keras", "trainable"),
                    List.of("filters", "in totaal", "Keras", "trainbaar"))),
            Map.entry("batchnorm-training", words(
                    List.of("mini-batch", "γ", "β", "ε", "mean", "standard deviation", "divide by N", "x̂", "output",
                            "two decimals"),
                    List.of("mini-batch", "γ", "β", "ε", "gemiddelde", "standaardafwijking", "deel door N", "x̂",
                            "uitvoer", "twee decimalen"))),
            Map.entry("batchnorm-moving", words(
                    List.of("moving mean", "moving variance", "momentum", "divide by N", "inference", "ε", "x̂",
                            "two decimals"),
                    List.of("voortschrijdend gemiddelde", "voortschrijdende variantie", "momentum", "deel door N",
                            "inferentie", "ε", "x̂", "twee decimalen"))),
            Map.entry("bbox-to-relative", words(
                    List.of("pixels wide", "pixels high", "(x, y)", "top left", "centre x", "centre y", "width",
                            "height", "fractions"),
                    List.of("pixels breed", "pixels hoog", "(x, y)", "linksboven", "centrum x", "centrum y",
                            "breedte", "hoogte", "fracties"))),
            Map.entry("bbox-to-pixels", words(
                    List.of("pixels wide", "pixels high", "relative form", "centre x", "width", "height", "top left",
                            "corners"),
                    List.of("pixels breed", "pixels hoog", "relatieve vorm", "centrum x", "breedte", "hoogte",
                            "linksboven", "hoeken"))),
            Map.entry("bbox-corner-and-size", words(
                    List.of("pixels wide", "pixels high", "(x, y)", "top left", "top-left corner", "centre x",
                            "centre y", "fractions", "three decimals"),
                    List.of("pixels breed", "pixels hoog", "(x, y)", "linksboven", "hoek linksboven", "centrum x",
                            "centrum y", "fracties", "drie decimalen"))),
            Map.entry("conv-by-hand-single", words(
                    List.of("3×3", "stride 1", "valid padding", "bias", "ReLU", "not flipped", "row", "column"),
                    List.of("3×3", "stride 1", "valid-padding", "bias", "ReLU", "niet gespiegeld", "rij", "kolom"))),
            Map.entry("conv-by-hand-two-channels", words(
                    List.of("two channels", "2×2×2", "stride 1", "valid padding", "bias", "ReLU", "channel by channel",
                            "not flipped", "row", "column"),
                    List.of("twee kanalen", "2×2×2", "stride 1", "valid-padding", "bias", "ReLU", "kanaal per kanaal",
                            "niet gespiegeld", "rij", "kolom"))),
            Map.entry("conv-by-hand-rgb", words(
                    List.of("three channels", "2×2×3", "stride 1", "valid padding", "bias", "ReLU", "channel by channel",
                            "row", "column"),
                    List.of("drie kanalen", "2×2×3", "stride 1", "valid-padding", "bias", "ReLU", "kanaal per kanaal",
                            "rij", "kolom"))),
            Map.entry("conv-multiplications-layer", words(
                    with(HWC_EN, "filters", "stride", "padding", "multiplications", "one image"),
                    with(HWC_NL, "filters", "stride", "padding", "vermenigvuldigingen", "één afbeelding"))),
            Map.entry("conv-multiplications-same", words(
                    with(HWC_EN, "feature map", "filters", "stride", "same padding", "multiplications", "one image"),
                    with(HWC_NL, "feature map", "filters", "stride", "same-padding", "vermenigvuldigingen",
                            "één afbeelding"))),
            Map.entry("conv-multiplications-network", words(
                    with(HWC_EN, "two convolutional layers", "stride", "same padding", "multiplications", "each layer",
                            "total"),
                    with(HWC_NL, "twee convolutielagen", "stride", "same-padding", "vermenigvuldigingen", "elke laag",
                            "totaal"))),
            Map.entry("conv-output-size-valid", words(
                    with(HWC_EN, "filters", "stride", "valid padding", "shape of its output"),
                    with(HWC_NL, "filters", "stride", "valid-padding", "vorm van haar uitvoer"))),
            Map.entry("conv-output-size-same", words(
                    with(HWC_EN, "filters", "stride", "same padding", "shape of its output"),
                    with(HWC_NL, "filters", "stride", "same-padding", "vorm van haar uitvoer"))),
            Map.entry("conv-output-size-large-stride", words(
                    with(HWC_EN, "filters", "stride", "valid padding", "fits entirely", "shape of its output"),
                    with(HWC_NL, "filters", "stride", "valid-padding", "helemaal in past", "vorm van haar uitvoer"))),
            Map.entry("conv-params-rgb", words(
                    List.of("channels", "filters", "trainable parameters"),
                    List.of("kanalen", "filters", "trainbare parameters"))),
            Map.entry("conv-params-image-size", words(
                    List.of("filters", "same padding", "trainable parameters", "in each case"),
                    List.of("filters", "same-padding", "trainbare parameters", "telkens"))),
            Map.entry("conv-params-stack", words(
                    List.of("colour image", "first", "second", "filters", "trainable parameters"),
                    List.of("kleurenafbeelding", "eerste", "tweede", "filters", "trainbare parameters"))),
            Map.entry("fcn-dense-params", words(
                    List.of("flattens", "7×7", "dense layer", "units", "parameters"),
                    List.of("plat", "7×7", "dense-laag", "neuronen", "parameters"))),
            Map.entry("fcn-dense-to-conv", words(
                    List.of("dense layer", "units", "flattened", "filters of 7×7", "valid padding", "parameters"),
                    List.of("dense-laag", "neuronen", "platgemaakte", "filters van 7×7", "valid-padding", "parameters"))),
            Map.entry("fcn-larger-input", words(
                    List.of("filters of 7×7", "valid padding", "depth", "parameters", "height", "output grid"),
                    List.of("filters van 7×7", "valid-padding", "diepte", "parameters", "hoogte", "uitvoerrooster"))),
            Map.entry("iou-pixels", words(
                    List.of("pixels wide", "pixels high", "(x, y)", "top left", "intersection", "union", "IoU"),
                    List.of("pixels breed", "pixels hoog", "(x, y)", "linksboven", "doorsnede", "unie", "IoU"))),
            Map.entry("iou-relative", words(
                    List.of("pixels wide", "pixels high", "relative form", "centre x", "width", "height", "IoU"),
                    List.of("pixels breed", "pixels hoog", "relatieve vorm", "centrum x", "breedte", "hoogte", "IoU"))),
            Map.entry("iou-relative-steps", words(
                    List.of("pixels wide", "pixels high", "relative form", "centre x", "width", "height",
                            "intersection", "union", "IoU"),
                    List.of("pixels breed", "pixels hoog", "relatieve vorm", "centrum x", "breedte", "hoogte",
                            "doorsnede", "unie", "IoU"))),
            Map.entry("memory-params", words(
                    List.of("3×3", "filters", "bytes per value", "parameters", "MB", "1 000 000 bytes"),
                    List.of("3×3", "filters", "bytes per waarde", "parameters", "MB", "1 000 000 bytes"))),
            Map.entry("memory-course", words(
                    with(HWC_EN, "stride 2", "same padding", "parameters", "one prediction",
                            "largest input and output that one layer holds at once", "every layer's output",
                            "input image", "each image of the batch", "one gradient per parameter", "MB"),
                    with(HWC_NL, "stride 2", "same-padding", "parameters", "één voorspelling",
                            "grootste invoer en uitvoer die één laag tegelijk vasthoudt", "uitvoer van elke laag",
                            "invoerafbeelding", "elke afbeelding van de batch", "één gradiënt per parameter", "MB"))),
            Map.entry("memory-training", words(
                    with(HWC_EN, "stride 2", "same padding", "mini-batch", "input image", "every layer's output",
                            "each image of the batch", "parameters", "one gradient per parameter", "MB"),
                    with(HWC_NL, "stride 2", "same-padding", "mini-batch", "invoerafbeelding", "uitvoer van elke laag",
                            "elke afbeelding van de batch", "parameters", "één gradiënt per parameter", "MB"))),
            Map.entry("nms-four-boxes", words(
                    List.of("(x, y)", "score", "score threshold", "IoU threshold", "drop", "selected first", "kept",
                            "order"),
                    List.of("(x, y)", "score", "scoredrempel", "IoU-drempel", "weg", "eerst gekozen", "blijven over",
                            "volgorde"))),
            Map.entry("nms-steps", words(
                    List.of("(x, y)", "score", "score threshold", "IoU threshold", "drop", "selected first",
                            "suppressed", "order"),
                    List.of("(x, y)", "score", "scoredrempel", "IoU-drempel", "weg", "eerst gekozen", "onderdrukt",
                            "volgorde"))),
            Map.entry("nms-full", words(
                    List.of("(x, y)", "score", "score threshold", "IoU threshold", "dropped", "selected first",
                            "suppressed", "order"),
                    List.of("(x, y)", "score", "scoredrempel", "IoU-drempel", "weg", "eerst gekozen", "onderdrukt",
                            "volgorde"))),
            Map.entry("pooling-max", words(
                    List.of("2×2", "stride 2", "valid padding", "height", "row", "column", "trainable parameters"),
                    List.of("2×2", "stride 2", "valid-padding", "hoogte", "rij", "kolom", "trainbare parameters"))),
            Map.entry("pooling-average", words(
                    List.of("average", "stride", "valid padding", "height", "row", "column", "two decimals",
                            "trainable parameters"),
                    List.of("average", "stride", "valid-padding", "hoogte", "rij", "kolom", "twee decimalen",
                            "trainbare parameters"))),
            Map.entry("pooling-global-average", words(
                    List.of("two channels", "global average pooling", "channel 1", "channel 2", "two decimals"),
                    List.of("twee kanalen", "global-average-pooling", "kanaal 1", "kanaal 2", "twee decimalen"))),
            Map.entry("pooling-same", words(
                    List.of("3×3", "stride", "same padding", "real values", "height", "row", "column", "two decimals",
                            "trainable parameters"),
                    List.of("3×3", "stride", "same-padding", "echte waarden", "hoogte", "rij", "kolom", "twee decimalen",
                            "trainbare parameters"))),
            Map.entry("resnet-skip", words(
                    List.of("stride 1", "same padding", "skip path", "1×1", "depth"),
                    List.of("stride 1", "same-padding", "skip-pad", "1×1", "diepte"))),
            Map.entry("resnet-stage", words(
                    List.of("residual block", "stride", "same padding", "with bias", "skip path", "1×1", "main path",
                            "height", "depth", "batch norm"),
                    List.of("residuele blok", "stride", "same-padding", "met bias", "skip-pad", "1×1", "hoofdpad",
                            "hoogte", "diepte", "batchnormalisatie"))),
            Map.entry("resnet-block", words(
                    List.of("stride", "same padding", "with bias", "skip path", "1×1", "main path", "height", "depth",
                            "batch norm"),
                    List.of("stride", "same-padding", "met bias", "skip-pad", "1×1", "hoofdpad", "hoogte", "diepte",
                            "batchnormalisatie"))));

    /** A decimal written the other locale's way: a mark between digits that is not a thousands group. */
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d\\.\\d");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d,\\d");
    private static final Pattern DOT_GROUPS = Pattern.compile("(?<![\\d.,])[1-9]\\d{0,2}(\\.\\d{3})+(?![\\d.,])");
    private static final Pattern COMMA_GROUPS = Pattern.compile("(?<![\\d.,])[1-9]\\d{0,2}(,\\d{3})+(?![\\d.,])");
    /** In Dutch a list of decimals separated by commas reads two ways: "(0,42, 0,4)"; a semicolon does not. */
    private static final Pattern COMMA_LIST_OF_DECIMALS = Pattern.compile("\\d,\\d+, ?-?\\d");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9]*}");
    private static final Pattern OBJECT_COUNT = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|één|twee|drie|vier|vijf|zes|zeven|acht|\\d+)\\s+(objects?|objecten)\\b");

    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
        assertThat(bank.problems()).isEmpty();
    }

    @Test
    void everyTemplateHasItsWords() {
        List<String> missing = bank.templates().stream()
                .filter(t -> !t.family().equals(CONCEPTS) && !WORDS.containsKey(t.id())).map(Template::id).toList();
        assertThat(missing).as("templates without the words their prompt must use: add them to WORDS").isEmpty();
        List<String> stale = WORDS.keySet().stream().filter(id -> bank.template(id).isEmpty()).sorted().toList();
        assertThat(stale).as("words for templates the bank does not have").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPromptNamesWhatItsKeyCounts() {
        return bank.templates().stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> check(t)));
    }

    private static void check(Template t) {
        Words words = WORDS.get(t.id());
        for (long seed = 1; seed <= SEEDS; seed++) {
            Exercise e = bank.generate(t.id(), seed);
            String en = e.prompt(Locale.ENGLISH);
            String nl = e.prompt(DUTCH);
            String as = t.id() + " seed " + seed;
            if (words != null) {
                for (String w : words.en()) {
                    assertThat(en).as(as + " (en) names \"" + w + "\"").containsIgnoringCase(w);
                }
                for (String w : words.nl()) {
                    assertThat(nl).as(as + " (nl) names \"" + w + "\"").containsIgnoringCase(w);
                }
            }
            List<String> enTexts = new ArrayList<>(List.of(en));
            List<String> nlTexts = new ArrayList<>(List.of(nl));
            for (PartSpec p : t.parts()) {
                enTexts.add(e.label(p, Locale.ENGLISH));
                nlTexts.add(e.label(p, DUTCH));
            }
            for (String text : enTexts) {
                assertThat(PLACEHOLDER.matcher(text).find()).as(as + ": a placeholder left in " + text).isFalse();
                assertThat(find(COMMA_DECIMAL, COMMA_GROUPS, text)).as(as + ": a decimal comma in English").isEmpty();
                assertThat(find(OBJECT_COUNT, null, text)).as(as + ": a count of objects").isEmpty();
            }
            for (String text : nlTexts) {
                assertThat(PLACEHOLDER.matcher(text).find()).as(as + ": a placeholder left in " + text).isFalse();
                assertThat(find(DOT_DECIMAL, DOT_GROUPS, text)).as(as + ": a decimal point in Dutch").isEmpty();
                assertThat(find(COMMA_LIST_OF_DECIMALS, null, text)).as(as + ": decimals listed with commas").isEmpty();
                assertThat(find(OBJECT_COUNT, null, text)).as(as + ": a count of objects").isEmpty();
            }
        }
    }

    /** Where {@code pattern} occurs outside the thousands groups {@code groups} (which are fine). */
    private static List<String> find(Pattern pattern, Pattern groups, String text) {
        String rest = groups == null ? text : groups.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(rest);
        while (m.find()) {
            int from = Math.max(0, m.start() - 20);
            found.add(rest.substring(from, Math.min(rest.length(), m.end() + 20)));
        }
        return found;
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        // the checks themselves, on texts written by hand
        assertThat(find(DOT_DECIMAL, DOT_GROUPS, "A = (0.25, 0,4)")).hasSize(1);
        assertThat(find(DOT_DECIMAL, DOT_GROUPS, "12.345 en 1.000.000 bytes, 0,1667")).isEmpty();
        assertThat(find(DOT_DECIMAL, DOT_GROUPS, "0.250")).hasSize(1);
        assertThat(find(COMMA_DECIMAL, COMMA_GROUPS, "(12, 22), score 0,27")).hasSize(1);
        assertThat(find(COMMA_DECIMAL, COMMA_GROUPS, "12,345 and 4.75")).isEmpty();
        assertThat(find(COMMA_LIST_OF_DECIMALS, null, "A = (0,42, 0,4, 0,4, 0,5)")).isNotEmpty();
        assertThat(find(COMMA_LIST_OF_DECIMALS, null, "A = (0,42; 0,4; 0,4; 0,5), de waarden 7, 3, 7, 6")).isEmpty();
        assertThat(find(OBJECT_COUNT, null, "Three objects, seen by a detector")).hasSize(1);
        assertThat(find(OBJECT_COUNT, null, "Drie objecten, gezien door")).hasSize(1);
        assertThat(find(OBJECT_COUNT, null, "Een detector geeft deze boxen")).isEmpty();
    }
}
