package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.api.GradeRequests;
import app.stride.exercise.Exercise;
import app.stride.exercise.TemplateVersion;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.practice.PracticeService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exercises solved by hand from the course notes, with a calculator, and typed the way Dutch and
 * English students write numbers: every right answer gets full marks through practice and through
 * the exercise API alike, a number that reads two sensible ways is asked about (never marked
 * wrong), and a typical mistake is named. The numbers each solution starts from are checked
 * first, so that a template that draws other numbers fails here loudly instead of silently.
 */
@StrideTest
class HandSolvedExercisesTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;

    /** An exercise as drawn (template, seed, some of its numbers) and answers typed in a language. */
    record Solved(String template, long seed, Map<String, Object> numbers, Locale lang, Map<String, String> typed) {
    }

    /** Every answer here is right; several ways of writing each. */
    static final List<Solved> RIGHT = List.of(
            // (5·5·3 + 1)·64 = 4 864
            new Solved("conv-params-rgb", 1, Map.of("filters", 64, "kernel", 5), EN, Map.of("params", "4,864")),
            new Solved("conv-params-rgb", 1, Map.of("filters", 64, "kernel", 5), NL, Map.of("params", "4.864")),
            new Solved("conv-params-rgb", 1, Map.of("filters", 64, "kernel", 5), NL, Map.of("params", "4 864")),
            // (5·5·16 + 1)·64 = 25 664 on either input: the input size does not matter
            new Solved("conv-params-image-size", 1, Map.of("depth", 16, "filters", 64), NL,
                    Map.of("params", "25.664", "paramsOther", "25 664")),
            new Solved("conv-params-image-size", 1, Map.of("depth", 16, "filters", 64), EN,
                    Map.of("params", "25664", "paramsOther", "25,664")),
            // same, stride 2: ceil(100/2) = 50, ceil(150/2) = 75, 32 filters
            new Solved("conv-output-size-same", 1, Map.of("h", 100, "w", 150, "filters", 32), EN,
                    Map.of("height", "50", "width", "75", "channels", "32")),
            // valid, stride 2, 5×5: floor(195/2) + 1 = 98, floor(59/2) + 1 = 30
            new Solved("conv-output-size-valid", 1, Map.of("h", 200, "w", 64, "kernel", 5), NL,
                    Map.of("height", "98", "width", "30", "channels", "16")),
            // 60·28·16 outputs, 5·5·1 multiplications each: 672 000
            new Solved("conv-multiplications-layer", 1, Map.of("h", 64, "w", 32, "filters", 16), NL,
                    Map.of("mults", "672.000")),
            new Solved("conv-multiplications-layer", 1, Map.of("h", 64, "w", 32, "filters", 16), EN,
                    Map.of("mults", "6.72e5")),
            // 1 792 + 115 400 + 230 528 = 347 720 parameters; ·4 = 1 390 880 B = 1,39 MB
            new Solved("memory-params", 1, Map.of("f1", 64, "f2", 200, "f3", 128), NL,
                    Map.of("params", "347.720", "paramBytes", "1,39 MB")),
            new Solved("memory-params", 1, Map.of("f1", 64, "f2", 200, "f3", 128), NL,
                    Map.of("params", "347720", "paramBytes", "1.390.880 B")),
            new Solved("memory-params", 1, Map.of("f1", 64, "f2", 200, "f3", 128), EN,
                    Map.of("params", "347,720", "paramBytes", "1,390,880 B")),
            new Solved("memory-params", 1, Map.of("f1", 64, "f2", 200, "f3", 128), EN,
                    Map.of("params", "347 720", "paramBytes", "1.39")),
            // 536 848 parameters = 2 147 392 B; peak of one prediction: the second layer's input and
            // output (2 560 000 + 1 280 000 B) plus the parameters = 5 987 392 B; training: the image
            // and the three outputs (5 320 000 B) for 32 images plus parameters and gradients
            // = 174 534 784 B
            new Solved("memory-course", 1, Map.of("h", 200, "f1", 64, "f2", 128, "f3", 400, "batch", 32), NL,
                    Map.of("params", "536.848", "paramBytes", "2,15", "inference", "5,99 MB", "training", "174,53 MB")),
            new Solved("memory-course", 1, Map.of("h", 200, "f1", 64, "f2", 128, "f3", 400, "batch", 32), EN,
                    Map.of("params", "536,848", "paramBytes", "2147392 B", "inference", "5.987 MB",
                            "training", "174.5")),
            // overlap 25 × 20 = 500; union 1 200 + 1 200 − 500 = 1 900; IoU 0,263
            new Solved("iou-pixels", 1, Map.of("ax", 25, "bx", 10), NL,
                    Map.of("intersection", "500", "union", "1900", "iou", "0,26")),
            new Solved("iou-pixels", 1, Map.of("ax", 25, "bx", 10), EN,
                    Map.of("intersection", "500", "union", "1,900", "iou", ".263")),
            new Solved("iou-pixels", 1, Map.of("ax", 25, "bx", 10), NL,
                    Map.of("intersection", "500", "union", "1.900", "iou", "26,3%")),
            // in pixels A: 30–170 × 80–240, B: 60–160 × 30–130; overlap 100 × 50 = 5 000;
            // union 22 400 + 10 000 − 5 000 = 27 400; IoU 0,182
            new Solved("iou-relative", 1, Map.of("imageW", 400, "imageH", 400), NL, Map.of("iou", ",18")),
            new Solved("iou-relative", 1, Map.of("imageW", 400, "imageH", 400), EN, Map.of("iou", "5000/27400")),
            // 500 × 200: centre (210, 80), 200 wide, 100 high
            new Solved("bbox-to-pixels", 1, Map.of("imageW", 500, "imageH", 200), NL,
                    Map.of("x1", "110", "y1", "30", "x2", "310", "y2", "130")),
            // 500 × 500, (40, 30)–(60, 50): centre (50, 40) → 0,1 and 0,08; 20 × 20 → 0,04
            new Solved("bbox-to-relative", 1, Map.of("imageW", 500, "x", 40, "y", 30), NL,
                    Map.of("cx", "0,1", "cy", ",08", "w", "0,04", "h", "4%")),
            new Solved("bbox-to-relative", 1, Map.of("imageW", 500, "x", 40, "y", 30), EN,
                    Map.of("cx", "0.10", "cy", ".08", "w", "1/25", "h", "0.04")),
            // 6, 0, 3, 4: mean 3,25; variance 18,75 / 4 = 4,6875, σ 2,17; x̂ = 2,75 / √5,6875 = 1,15; y = 0,58
            new Solved("batchnorm-training", 1, Map.of("x1", 6, "x2", 0, "x3", 3, "x4", 4), NL,
                    Map.of("mean", "3,25", "std", "2,17", "xhat", "1,15", "y", "0,58")),
            // valid, 3×3 window at rows 2–4, columns 3–5: 2 + 1 + 3 = 6, plus bias 2 = 8; at rows 3–5,
            // columns 1–3: 1 + 3 + 0 = 4, plus 2 = 6 (both above 0, so ReLU keeps them)
            new Solved("conv-by-hand-single", 1, Map.of("grid", 59655, "bias", 2, "rowA", 2, "colA", 3), NL,
                    Map.of("cellA", "8", "cellB", "6,0")),
            // channel means: (7 + 4 + 5 + 4) / 4 = 5 and (0 + 6 + 2 + 7) / 4 = 3,75
            new Solved("pooling-global-average", 1, Map.of("grid", 74959), NL, Map.of("gap0", "5", "gap1", "3,75")),
            new Solved("pooling-global-average", 1, Map.of("grid", 74959), EN, Map.of("gap0", "5.00", "gap1", "15/4")),
            // a pooling layer takes a maximum or a mean: nothing to learn
            new Solved("concept-pooling-params", 1, Map.of(), NL, Map.of("answer", "none")),
            // max of each 2×2 window: row 1 column 2 = 9, row 2 column 2 = 9; pooling learns nothing
            new Solved("pooling-max", 1, Map.of("grid", 51511), EN,
                    Map.of("size", "2", "cellA", "9", "cellB", "9.0", "params", "0")),
            // stride 2: 28 × 28 × 64; skip 1×1: (128 + 1)·64 = 8 256; main (1 152 + 1)·64 + (576 + 1)·64 = 110 720
            new Solved("resnet-block", 1, Map.of("h", 56, "c", 128, "f", 64), NL,
                    Map.of("outH", "28", "outC", "64", "skipParams", "8.256", "mainParams", "110.720")),
            // 7·7·512·10 + 10 = 250 890 both ways
            new Solved("fcn-dense-to-conv", 1, Map.of("m", 7, "d", 512, "units", 10), EN,
                    Map.of("denseParams", "250,890", "convParams", "250 890")),
            // 1 792 + 36 928 + 73 856 + 147 584 + 12 900 = 273 060
            new Solved("architecture-total", 1, Map.of("s", 32, "f1", 64, "f2", 128, "classes", 100), NL,
                    Map.of("conv1Params", "1.792", "conv2Params", "36.928", "denseParams", "12.900",
                            "totalParams", "273.060")),
            // box 4 (0,12) is dropped; 5 goes first and suppresses 2 (IoU 396 / 608 = 0,65); 1 overlaps
            // nothing; 3 suppresses 0 (IoU 272 / 412 = 0,66); kept in order 5, 1, 3
            new Solved("nms-steps", 1, Map.of("layout", 68735), EN,
                    Map.of("dropped", "4", "first", "5", "suppressed", "0, 2", "selected", "5, 1, 3")),
            new Solved("nms-steps", 1, Map.of("layout", 68735), NL,
                    Map.of("dropped", "[4]", "first", "5", "suppressed", "2 en 0", "selected", "5 → 1 → 3")));

    /** Right answers that read two sensible ways: the student is asked which, nothing is graded. */
    static final List<Solved> TWO_WAYS = List.of(
            // 1 391 MB, or 1,391 MB with a decimal comma
            new Solved("memory-params", 1, Map.of("f1", 64), EN, Map.of("params", "347720", "paramBytes", "1,391 MB")),
            // 1 391 (a Dutch thousands dot), or 1.391 with a decimal point
            new Solved("memory-params", 1, Map.of("f1", 64), NL, Map.of("params", "347720", "paramBytes", "1.391")));

    /** Typical mistakes, each named. */
    record Mistake(Solved solved, String part, String misconception) {
    }

    static final List<Mistake> MISTAKES = List.of(
            // 5·5·3·64 = 4 800: no bias
            new Mistake(new Solved("conv-params-rgb", 1, Map.of("filters", 64), EN, Map.of("params", "4,800")),
                    "params", "forgot-bias"),
            // valid padding instead of same: floor(97/2) + 1 = 49
            new Mistake(new Solved("conv-output-size-same", 1, Map.of("h", 100), NL,
                    Map.of("height", "49", "width", "74", "channels", "32")), "height", "valid-instead-of-same"),
            // 1 390 880 B in MiB: 1,33
            new Mistake(new Solved("memory-params", 1, Map.of("f1", 64), NL,
                    Map.of("params", "347.720", "paramBytes", "1,33")), "paramBytes", "mib-vs-mb"));

    @Autowired
    PracticeService practice;
    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void everyRightAnswerGetsFullMarksInPracticeAndThroughTheApi() throws Exception {
        for (Solved s : RIGHT) {
            Exercise e = drawn(s);
            PracticeService.Submission graded = practice.submit(e, s.typed(), 1000, "practice", s.lang());
            assertThat(graded.feedback().score()).as("practice: %s", s).isEqualTo(1.0);
            assertThat(graded.recorded()).as("practice records %s", s).isTrue();
            JsonNode api = api(e, s);
            assertThat(api.get("score").asDouble()).as("API: %s gives %s", s, api).isEqualTo(1.0);
        }
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void aNumberThatReadsTwoWaysIsAskedAboutNeverMarkedWrong() throws Exception {
        for (Solved s : TWO_WAYS) {
            Exercise e = drawn(s);
            PracticeService.Submission graded = practice.submit(e, s.typed(), 1000, "practice", s.lang());
            assertThat(graded.recorded()).as("nothing recorded for %s", s).isFalse();
            assertThat(graded.feedback().part("paramBytes").outcome()).as("%s", s).isEqualTo(Outcome.AMBIGUOUS);
            JsonNode api = api(e, s);
            assertThat(api.get("score").isNull()).as("API: %s gives %s", s, api).isTrue();
            assertThat(api.toString()).doesNotContain("expected\":\"").doesNotContain("workedSolution\":[");
        }
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void aTypicalMistakeIsNamed() throws Exception {
        for (Mistake m : MISTAKES) {
            Exercise e = drawn(m.solved());
            Feedback feedback = practice.submit(e, m.solved().typed(), 1000, "practice", m.solved().lang()).feedback();
            assertThat(feedback.part(m.part()).misconceptionId()).as("%s", m).isEqualTo(m.misconception());
            JsonNode api = api(e, m.solved());
            JsonNode part = null;
            for (JsonNode p : api.get("parts")) {
                if (p.get("id").asText().equals(m.part())) {
                    part = p;
                }
            }
            assertThat(part).as("API part %s in %s", m.part(), api).isNotNull();
            assertThat(part.get("misconception").asText()).isEqualTo(m.misconception());
            assertThat(part.get("message").asText()).isNotBlank();
        }
    }

    /** The exercise as practice serves it, after checking it has the numbers it was solved with. */
    private Exercise drawn(Solved s) {
        Exercise e = practice.reopen(s.template(), s.seed()).orElseThrow();
        s.numbers().forEach((name, value) -> assertThat(String.valueOf(e.params().get(name)))
                .as("%s seed %d draws %s", s.template(), s.seed(), name).isEqualTo(String.valueOf(value)));
        return e;
    }

    private JsonNode api(Exercise e, Solved s) throws Exception {
        return GradeRequests.grade(mvc, e, TemplateVersion.of(e.template()), s.typed(), s.lang());
    }
}
