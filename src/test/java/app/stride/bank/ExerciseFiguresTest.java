package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.stride.engine.ByteUnit;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.BatchFigure;
import app.stride.exercise.BoxesFigure;
import app.stride.exercise.Choice;
import app.stride.exercise.Exercise;
import app.stride.exercise.ExercisePart;
import app.stride.exercise.family.CourseFamilies;
import app.stride.exercise.Generator;
import app.stride.exercise.GridFigure;
import app.stride.exercise.NmsFigure;
import app.stride.exercise.Params;
import app.stride.exercise.SummaryFigure;
import app.stride.exercise.Template;
import app.stride.runtime.Pad;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each family's figure holds what its picture needs, taken from the core: checked against
 * numbers worked out by hand (the templates' own cases) and against TensorFlow's padding rule.
 */
class ExerciseFiguresTest {

    private static QuestionBank bank;
    private static Generator generator;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
        generator = new Generator(CourseFamilies.all());
    }

    private static Exercise create(String templateId, Map<String, Object> params) {
        Template template = bank.template(templateId).orElseThrow();
        return generator.create(template, params);
    }

    @Test
    void aSamePaddedWindowStartsInThePaddingWhereTensorFlowPutsIt() {
        // 5×5, 3×3 window, stride 2, same: 3 outputs a side, (3 − 1)·2 + 3 − 5 = 2 padded positions,
        // one before. Output row 3, column 1 (the template's case; from 0: row 2, column 0) has its
        // window at input row 2·2 − 1 = 3 and column 0·2 − 1 = −1, in the padding; row 2, column 2
        // at 1·2 − 1 = 1, 1.
        Exercise e = create("pooling-same", Map.of("size", 5, "pool", 3, "stride", 2, "mode", "avg",
                "padding", "same", "grid", 1));
        GridFigure figure = (GridFigure) e.figure();
        assertThat(figure.padding()).isEqualTo(Pad.SAME);
        assertThat(figure.windowHeight()).isEqualTo(3);
        assertThat(figure.strideHeight()).isEqualTo(2);
        assertThat(figure.kernel()).isEmpty();
        assertThat(figure.input()).containsExactly(List.of(
                List.of(0.0, 3.0, 2.0, 5.0, 0.0), List.of(8.0, 7.0, 6.0, 4.0, 2.0), List.of(1.0, 5.0, 0.0, 2.0, 2.0),
                List.of(0.0, 7.0, 1.0, 6.0, 6.0), List.of(6.0, 3.0, 7.0, 2.0, 9.0)));
        assertThat(figure.windows()).containsExactly(
                new GridFigure.CellWindow("cellA", 2, 0, 3, -1),
                new GridFigure.CellWindow("cellB", 1, 1, 1, 1));
    }

    @Test
    void everySamePaddedPoolingWindowFollowsTensorFlowsRule() {
        for (long seed = 1; seed <= 300; seed++) {
            Exercise e = bank.generate("pooling-same", seed);
            GridFigure figure = (GridFigure) e.figure();
            int n = Params.i(e.params(), "size");
            int k = Params.i(e.params(), "pool");
            int s = Params.i(e.params(), "stride");
            // tf.nn: out = ceil(n / s), pad_total = max((out − 1)·s + k − n, 0), pad_before = pad_total // 2
            int out = (n + s - 1) / s;
            int before = Math.max((out - 1) * s + k - n, 0) / 2;
            for (GridFigure.CellWindow w : figure.windows()) {
                String cell = w.partId().substring(4);
                assertThat(w.row()).isEqualTo(Params.i(e.params(), "row" + cell) - 1);
                assertThat(w.col()).isEqualTo(Params.i(e.params(), "col" + cell) - 1);
                assertThat(w.rowStart()).as("seed " + seed).isEqualTo(w.row() * s - before);
                assertThat(w.colStart()).as("seed " + seed).isEqualTo(w.col() * s - before);
            }
        }
    }

    @Test
    void aValidWindowStartsAtItsOutputCellAndTheKernelIsTheOnePrinted() {
        // the template's case: the window of row 1, column 2 is 3 1 3 / 2 0 1 / 2 1 1, the kernel −1 1 2 / 2 −1 2 / 0 0 1
        Exercise e = create("conv-by-hand-single", Map.of("size", 5, "channels", 1, "kernel", 3, "bias", 1, "grid", 1));
        GridFigure figure = (GridFigure) e.figure();
        assertThat(figure.padding()).isEqualTo(Pad.VALID);
        assertThat(figure.kernel()).containsExactly(List.of(
                List.of(-1.0, 1.0, 2.0), List.of(2.0, -1.0, 2.0), List.of(0.0, 0.0, 1.0)));
        GridFigure.CellWindow a = figure.windows().get(0);
        assertThat(a).isEqualTo(new GridFigure.CellWindow("cellA", 0, 1, 0, 1));
        List<List<Double>> input = figure.input().get(0);
        assertThat(input.get(0).subList(1, 4)).containsExactly(3.0, 1.0, 3.0);
        assertThat(input.get(1).subList(1, 4)).containsExactly(2.0, 0.0, 1.0);
        assertThat(input.get(2).subList(1, 4)).containsExactly(2.0, 1.0, 1.0);
    }

    @Test
    void boxesAreTheOnesThePromptGivesAndPixelCornersThatAreAskedStayOut() {
        Exercise iou = create("iou-pixels", Map.of("imageW", 100, "imageH", 100, "ax", 10, "ay", 10, "aw", 40,
                "ah", 40, "bx", 30, "by", 20, "bw", 40, "bh", 40));
        assertThat(iou.figure()).isEqualTo(new BoxesFigure(100, 100, BoxesFigure.Units.PIXELS, List.of(
                new BoxesFigure.LabeledBox("A", 10, 10, 50, 50, null),
                new BoxesFigure.LabeledBox("B", 30, 20, 70, 60, null))));

        Map<String, Object> box = Map.of("imageW", 400, "imageH", 200, "x", 40, "y", 20, "w", 120, "h", 80);
        assertThat(create("bbox-to-relative", box).figure()).isEqualTo(new BoxesFigure(400, 200,
                BoxesFigure.Units.PIXELS, List.of(new BoxesFigure.LabeledBox("", 40, 20, 160, 100, null))));
        // asked: x1 = 40, y1 = 20, x2 = 160, y2 = 100; the picture has the image's fractions instead
        BoxesFigure relative = (BoxesFigure) create("bbox-to-pixels", box).figure();
        assertThat(relative.units()).isEqualTo(BoxesFigure.Units.RELATIVE);
        BoxesFigure.LabeledBox b = relative.boxes().get(0);
        assertThat(List.of(b.x1(), b.y1(), b.x2(), b.y2())).containsExactly(0.1, 0.1, 0.4, 0.5);
    }

    @Test
    void nmsShowsTheBoxesWithTheQuestionAndTheTraceOnlyWithTheSolution() {
        // the template's case: boxes 2 and 3 score below 0.3; box 1 goes first and suppresses nothing;
        // box 0 then suppresses box 4 (IoU 288 / 420)
        Exercise e = create("nms-steps", Map.of("boxes", 5, "layout", 1, "iouThreshold", 0.5, "scoreThreshold", 0.3));
        BoxesFigure boxes = (BoxesFigure) e.figure();
        assertThat(boxes.boxes()).extracting(BoxesFigure.LabeledBox::label).containsExactly("0", "1", "2", "3", "4");
        assertThat(boxes.boxes()).allSatisfy(box -> assertThat(box.score()).isBetween(0.0, 1.0));
        assertThat(boxes.boxes().get(1).score()).isEqualTo(0.76);
        assertThat(boxes.boxes().get(0).score()).isEqualTo(0.71);
        NmsFigure trace = (NmsFigure) e.solutionFigure();
        assertThat(trace.boxes()).isEqualTo(boxes);
        assertThat(trace.droppedByScore()).containsExactly(2, 3);
        assertThat(trace.steps()).hasSize(2);
        assertThat(trace.steps().get(0).selected()).isEqualTo(1);
        assertThat(trace.steps().get(0).suppressed()).isEmpty();
        assertThat(trace.steps().get(1).selected()).isEqualTo(0);
        assertThat(trace.steps().get(1).suppressed()).singleElement().satisfies(s -> {
            assertThat(s.index()).isEqualTo(4);
            assertThat(s.iou()).isCloseTo(288.0 / 420, within(1e-12));
        });
    }

    @Test
    void theSummaryHasTheEnginesShapesAndParametersWithTheAskedCellsBlank() {
        // 32×32×3, f1 = 32, f2 = 64, 10 classes: conv 3×3 same keeps 32×32; (3·3·3 + 1)·32 = 896,
        // (3·3·32 + 1)·32 = 9248, (3·3·32 + 1)·64 = 18496, (3·3·64 + 1)·64 = 36928, (64 + 1)·10 = 650
        Map<String, Object> p = Map.of("s", 32, "c", 3, "f1", 32, "f2", 64, "classes", 10);
        SummaryFigure summary = (SummaryFigure) create("architecture-summary", p).figure();
        assertThat(summary.inputShape()).containsExactly(32, 32, 3);
        assertThat(summary.rows()).extracting(SummaryFigure.Row::type).containsExactly("conv2d", "conv2d",
                "maxpool2d", "conv2d", "conv2d", "maxpool2d", "globalavgpool2d", "dense");
        assertThat(summary.rows()).extracting(SummaryFigure.Row::outputShape).containsExactly(
                List.of(32, 32, 32), List.of(32, 32, 32), null, null, null, null, null, List.of(10));
        assertThat(summary.rows()).extracting(SummaryFigure.Row::params).containsExactly(
                null, 9248L, 0L, 18496L, 36928L, 0L, 0L, null);
        assertThat(summary.totalParams()).isNull();

        SummaryFigure total = (SummaryFigure) create("architecture-total", p).figure();
        assertThat(total.rows()).extracting(SummaryFigure.Row::outputShape).containsExactly(
                List.of(32, 32, 32), List.of(32, 32, 32), List.of(16, 16, 32), List.of(16, 16, 64),
                List.of(16, 16, 64), List.of(8, 8, 64), List.of(64), List.of(10));
        assertThat(total.rows()).extracting(SummaryFigure.Row::params).containsExactly(
                null, null, 0L, null, null, 0L, 0L, null);
        assertThat(total.totalParams()).isNull();
    }

    @Test
    void batchNormShowsItsBatchWhereTheQuestionWorksOnIt() {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("x1", 2, "x2", 4, "x3", 4, "x4", 6, "gamma", 2,
                "beta", 1, "epsilon", 0.1, "pick", 4, "momentum", 0.9, "movingMean", 0));
        p.putAll(Map.of("movingVar", 1, "xnew", 0, "channels", 1));
        assertThat(create("batchnorm-training", p).figure()).isEqualTo(new BatchFigure(List.of(2.0, 4.0, 4.0, 6.0), 3));
        assertThat(create("batchnorm-moving", p).figure()).isEqualTo(new BatchFigure(List.of(2.0, 4.0, 4.0, 6.0), null));
        assertThat(create("batchnorm-params", p).figure()).as("a question about the layer, not the batch").isNull();
    }

    @Test
    void partsCarryWhatARendererNeeds() {
        Exercise memory = bank.generate("memory-params", 5);
        ExercisePart bytes = memory.parts().stream().filter(part -> part.kind() == AnswerKind.BYTES).findFirst()
                .orElseThrow();
        assertThat(bytes.unit()).isEqualTo(ByteUnit.MB);
        assertThat(bytes.tolerance().relative()).isPositive();
        Exercise pooling = bank.generate("pooling-same", 3);
        assertThat(pooling.parts()).extracting(ExercisePart::id).containsExactly("size", "cellA", "cellB", "params");
        assertThat(pooling.parts().get(1).label().en()).isEqualTo("Value in row " + pooling.params().get("rowA")
                + ", column " + pooling.params().get("colA"));
        assertThat(pooling.parts().get(0).unit()).isNull();
        Exercise concept = bank.generate("concept-pooling-params", 1);
        // every option, in the order shown (shuffled: ChoiceOrderTest)
        assertThat(concept.parts().get(0).choices()).extracting(Choice::id)
                .containsExactlyInAnyOrderElementsOf(concept.template().choices().stream().map(Choice::id).toList());
    }

    @Test
    void figuresAreDataAJsonWriterWritesAsNumbers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Exercise e = create("pooling-same", Map.of("size", 5, "pool", 3, "stride", 2, "mode", "avg",
                "padding", "same", "grid", 1));
        JsonNode grid = json.readTree(json.writeValueAsString(e.figure()));
        assertThat(grid.get("input").get(0).get(4).get(4).isNumber()).isTrue();
        assertThat(grid.get("input").get(0).get(4).get(4).asDouble()).isEqualTo(9.0);
        assertThat(grid.get("windows").get(0).get("rowStart").asInt()).isEqualTo(3);
        assertThat(grid.get("windows").get(0).get("colStart").asInt()).isEqualTo(-1);
        assertThat(grid.get("padding").asText()).isEqualTo("SAME");
        JsonNode summary = json.readTree(json.writeValueAsString(
                create("architecture-summary", Map.of("s", 32, "c", 3, "f1", 32, "f2", 64, "classes", 10)).figure()));
        assertThat(summary.get("rows").get(1).get("params").asLong()).isEqualTo(9248);
        assertThat(summary.get("rows").get(0).get("params").isNull()).isTrue();
        JsonNode part = json.readTree(json.writeValueAsString(e.parts().get(1)));
        assertThat(part.get("tolerance").get("absolute").asDouble()).isEqualTo(0.006);
        assertThat(part.get("kind").asText()).isEqualTo("VALUE");
    }
}
