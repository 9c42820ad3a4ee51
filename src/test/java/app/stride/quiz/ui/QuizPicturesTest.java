package app.stride.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.Params;
import app.stride.exercise.ui.NmsStepper;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quiz question shows the picture practice shows — the grid with its windows, the boxes, the
 * summary, the batch — while it is answered, and again in the student's and the teacher's review;
 * the mock exam too. What is checked comes from the prompt's numbers and from TensorFlow's rules,
 * not from the drawing code.
 */
class QuizPicturesTest extends QuizViewTest {

    private static final List<String> TEMPLATES = List.of("conv-by-hand-single", "pooling-same", "iou-pixels",
            "bbox-to-relative", "nms-steps", "architecture-summary", "batchnorm-training", "bbox-to-pixels");

    @Autowired
    QuestionBank bank;

    /** The pictures' markup in a part of the page, as the browser gets it. */
    static Document picture(Component root) {
        return Jsoup.parseBodyFragment(_find(root, Div.class).stream()
                .filter(d -> d.hasClassName("stride-figure") || d.hasClassName("stride-table-scroll"))
                .map(d -> d.getElement().getProperty("innerHTML", "")).collect(Collectors.joining()));
    }

    /** The question's picture as the shared component draws it, wrapped as the views wrap it. */
    private static String html(Exercise e) {
        Div root = new Div();
        app.stride.exercise.ui.ExerciseFigure.question(e).ifPresent(root::add);
        return picture(root).body().html();
    }

    private static int number(Element e, String attribute) {
        return Integer.parseInt(e.attr(attribute));
    }

    private static double decimal(Element e, String attribute) {
        return Double.parseDouble(e.attr(attribute));
    }

    @Test
    void everyPictureOfPracticeShowsWhileAnsweringAndInBothReviews() {
        List<QuizSettings.Item> items = TEMPLATES.stream()
                .map(t -> new QuizSettings.Item(bank.template(t).orElseThrow().family(), t, null, 1)).toList();
        QuizCard quiz = publishedByTeacher(new QuizSettings("Pictures", items, false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        loginAs("pictures.pim", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);
        List<AnswerCard> cards = _find(view.questions, AnswerCard.class);
        assertThat(cards).hasSize(TEMPLATES.size());

        Map<String, String> shown = new LinkedHashMap<>();
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Exercise e = taking.exercise(attempt.questions().get(i));
            exercises.add(e);
            Document page = picture(cards.get(i));
            String template = e.template().id();
            shown.put(template, page.body().html());
            switch (template) {
                case "conv-by-hand-single" -> convByHand(page, e);
                case "pooling-same" -> samePooling(page, e);
                case "iou-pixels" -> iou(page, e);
                case "bbox-to-relative" -> boxInPixels(page, e);
                case "bbox-to-pixels" -> boxAsFractions(page, e);
                case "nms-steps" -> nmsBoxes(page, e);
                case "architecture-summary" -> summary(page, e);
                case "batchnorm-training" -> batch(page, e);
                default -> throw new AssertionError(template);
            }
        }
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(TEMPLATES);
        assertThat(_find(view.questions, NmsStepper.class)).as("NMS's steps give its answers away").isEmpty();

        // a quiz's seeds are never practice's, so "the same picture" is checked through the one
        // component both use: the quiz drew it for its exercise, practice draws it for its own
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            assertThat(html(e)).as(e.template().id()).isEqualTo(shown.get(e.template().id()));
            Exercise practised = bank.generate(e.template().id(), 7);
            UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("template", e.template().id(),
                    "seed", "7")));
            assertThat(picture(UI.getCurrent()).body().html()).as("practice " + e.template().id())
                    .isNotEmpty().isEqualTo(html(practised));
        }

        taking.submit(attempt.id());
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView after = _get(QuizAttemptView.class);
        List<AnsweredQuestion> reviewed = _find(after.questions, AnsweredQuestion.class);
        assertThat(reviewed).hasSize(TEMPLATES.size());
        for (int i = 0; i < reviewed.size(); i++) {
            assertThat(picture(reviewed.get(i)).body().html()).as("the student's review")
                    .startsWith(shown.get(exercises.get(i).template().id()));
        }
        NmsStepper steps = _get(after.questions, NmsStepper.class);
        Exercise nms = exercises.get(TEMPLATES.indexOf("nms-steps"));
        List<Integer> dropped = nms.expected("dropped").list();
        assertThat(steps.caption.getText()).startsWith(dropped.isEmpty() ? "Step 0: the score threshold drops nothing"
                : dropped.size() == 1
                ? "Step 0: the score threshold drops box " + dropped.get(0) + "."
                : "Step 0: the score threshold drops boxes " + dropped.subList(0, dropped.size() - 1).stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + " and " + dropped.get(dropped.size() - 1));

        login("teacher", "TEACHER");
        UI.getCurrent().navigate("quiz-review", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizReviewView review = _get(QuizReviewView.class);
        List<AnsweredQuestion> read = _find(review.questions, AnsweredQuestion.class);
        for (int i = 0; i < read.size(); i++) {
            assertThat(picture(read.get(i)).body().html()).as("the teacher's review")
                    .startsWith(shown.get(exercises.get(i).template().id()));
        }
        assertThat(_find(review.questions, NmsStepper.class)).hasSize(1);
    }

    /** Valid padding, stride 1: the window of output (r, c) starts at input (r, c); the filter is drawn too. */
    private static void convByHand(Document page, Exercise e) {
        int size = Params.i(e.params(), "size");
        int k = Params.i(e.params(), "kernel");
        assertThat(page.select("svg.stride-grid")).as("the input and the kernel").hasSize(2);
        Element input = page.select("svg.stride-grid").get(0);
        Element grid = input.selectFirst("rect.grid");
        assertThat(number(grid, "width")).isEqualTo(size * 36);
        assertThat(input.select(".pad")).as("valid padding: none drawn").isEmpty();
        assertThat(input.select("text").eachText()).containsExactlyElementsOf(
                List.of(((String) e.params().get("input")).split("\\s+")));
        assertThat(page.select("svg.stride-grid").get(1).select("text")).hasSize(k * k);
        for (String cell : List.of("A", "B")) {
            Element window = input.selectFirst("rect.window[data-part=cell" + cell + "]");
            int row = Params.i(e.params(), "row" + cell) - 1;
            int col = Params.i(e.params(), "col" + cell) - 1;
            assertThat(number(window, "data-row")).isEqualTo(row);
            assertThat(number(window, "data-col")).isEqualTo(col);
            assertThat(number(window, "x")).isEqualTo(number(grid, "x") + col * 36);
            assertThat(number(window, "y")).isEqualTo(number(grid, "y") + row * 36);
            assertThat(number(window, "width")).isEqualTo(k * 36);
        }
    }

    /** TensorFlow's same padding: the window of output r starts at r·s − ⌊pad_total / 2⌋, in the padding if negative. */
    private static void samePooling(Document page, Exercise e) {
        int n = Params.i(e.params(), "size");
        int k = Params.i(e.params(), "pool");
        int s = Params.i(e.params(), "stride");
        int out = (n + s - 1) / s;
        int before = Math.max((out - 1) * s + k - n, 0) / 2;
        Element svg = page.selectFirst("svg.stride-grid");
        assertThat(page.select("svg.stride-grid")).as("no kernel").hasSize(1);
        assertThat(svg.select("text")).hasSize(n * n);
        Element grid = svg.selectFirst("rect.grid");
        boolean inPadding = false;
        for (String cell : List.of("A", "B")) {
            Element window = svg.selectFirst("rect.window[data-part=cell" + cell + "]");
            int rowStart = (Params.i(e.params(), "row" + cell) - 1) * s - before;
            int colStart = (Params.i(e.params(), "col" + cell) - 1) * s - before;
            assertThat(number(window, "data-row")).isEqualTo(rowStart);
            assertThat(number(window, "data-col")).isEqualTo(colStart);
            // drawn where it is: left of or above the input's first cell when it starts in the padding, and
            // over the padding after the last when it reaches that
            assertThat(number(window, "x")).isEqualTo(number(grid, "x") + colStart * 36);
            assertThat(number(window, "y")).isEqualTo(number(grid, "y") + rowStart * 36);
            assertThat(number(window, "width")).isEqualTo(k * 36);
            inPadding |= rowStart < 0 || colStart < 0 || rowStart + k > n || colStart + k > n;
        }
        assertThat(svg.select("path.pad")).as("the padding is drawn where a window reaches it").hasSize(inPadding ? 1 : 0);
    }

    private static void iou(Document page, Exercise e) {
        for (String box : List.of("a", "b")) {
            Element rect = page.selectFirst("svg.stride-boxes rect[data-label=" + box.toUpperCase() + "]");
            assertThat(number(rect, "x")).isEqualTo(Params.i(e.params(), box + "x"));
            assertThat(number(rect, "y")).isEqualTo(Params.i(e.params(), box + "y"));
            assertThat(number(rect, "width")).isEqualTo(Params.i(e.params(), box + "w"));
            assertThat(number(rect, "height")).isEqualTo(Params.i(e.params(), box + "h"));
        }
        assertThat(page.select("svg.stride-boxes text.label").eachText()).containsExactly("A", "B");
        assertThat(page.selectFirst("svg.stride-boxes").attr("viewBox")).isEqualTo("0 0 "
                + e.params().get("imageW") + " " + e.params().get("imageH"));
    }

    private static void boxInPixels(Document page, Exercise e) {
        Element rect = page.selectFirst("svg.stride-boxes rect[data-label]");
        assertThat(List.of(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")))
                .containsExactly(Params.i(e.params(), "x"), Params.i(e.params(), "y"), Params.i(e.params(), "w"),
                        Params.i(e.params(), "h"));
    }

    /** The pixel corners are the answer: the box is drawn from the image's fractions, scaled by the browser. */
    private static void boxAsFractions(Document page, Exercise e) {
        Element rect = page.selectFirst("svg.stride-boxes rect[data-label]");
        double w = Params.i(e.params(), "imageW");
        double h = Params.i(e.params(), "imageH");
        assertThat(decimal(rect, "x")).isCloseTo(Params.i(e.params(), "x") / w, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(decimal(rect, "width")).isCloseTo(Params.i(e.params(), "w") / w, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(decimal(rect, "y")).isCloseTo(Params.i(e.params(), "y") / h, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(decimal(rect, "height")).isCloseTo(Params.i(e.params(), "h") / h, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rect.parent().attr("transform")).isEqualTo("scale(" + (int) w + " " + (int) h + ")");
        assertThat(page.select("text")).as("no label gives a corner away").isEmpty();
    }

    /** Every box of the prompt's table with its index and score, and none of what NMS does to them. */
    private static void nmsBoxes(Document page, Exercise e) {
        int boxes = Params.i(e.params(), "boxes");
        assertThat(page.select("svg.stride-boxes rect[data-label]")).hasSize(boxes);
        String[] table = ((app.stride.exercise.Text) e.params().get("table")).en().split("\n");
        List<String> labels = page.select("svg.stride-boxes text.label").eachText();
        for (int i = 0; i < boxes; i++) {
            // "2: (14, 21) – (34, 41), score 0.27"
            String[] numbers = table[i].replaceAll("[^0-9.]+", " ").strip().split(" ");
            Element rect = page.selectFirst("svg.stride-boxes rect[data-label=" + i + "]");
            assertThat(decimal(rect, "x")).isEqualTo(Double.parseDouble(numbers[1]));
            assertThat(decimal(rect, "y")).isEqualTo(Double.parseDouble(numbers[2]));
            assertThat(decimal(rect, "x") + decimal(rect, "width")).isEqualTo(Double.parseDouble(numbers[3]));
            assertThat(labels.get(i)).isEqualTo(i + " (" + Double.parseDouble(numbers[5]) + ")");
        }
        assertThat(page.select("[data-state]")).isEmpty();
    }

    /** model.summary() of the course's CNN: same padding keeps s×s; the asked cells are blank. */
    private static void summary(Document page, Exercise e) {
        int s = Params.i(e.params(), "s");
        int f1 = Params.i(e.params(), "f1");
        Element table = page.selectFirst("table.stride-summary-table");
        assertThat(table.select("tr[data-layer=input] td").eachText()).containsExactly("Input",
                s + "×" + s + "×" + e.params().get("c"), "0");
        assertThat(table.select("tr[data-layer=conv2d_1] td").eachText()).containsExactly("conv2d_1",
                s + "×" + s + "×" + f1, "?");
        assertThat(table.select("tr[data-layer=maxpool2d_1] td").eachText())
                .containsExactly("maxpool2d_1", "?", "0");
        assertThat(table.select("tr[data-layer=dense_1] td").eachText()).containsExactly("dense_1",
                String.valueOf(e.params().get("classes")), "?");
        assertThat(table.select("tr[data-layer=total] td").stream().map(Element::text)).containsExactly("", "?");
        String conv1 = String.format(java.util.Locale.ENGLISH, "%,d", e.expected("conv1Params").number().longValueExact());
        assertThat(table.text()).doesNotContain(conv1);
    }

    private static void batch(Document page, Exercise e) {
        Element table = page.selectFirst("table.stride-batch-table");
        assertThat(table.select("tbody td").eachText()).containsExactly(String.valueOf(e.params().get("x1")),
                String.valueOf(e.params().get("x2")), String.valueOf(e.params().get("x3")),
                String.valueOf(e.params().get("x4")));
        assertThat(table.select("td.picked").text()).isEqualTo(String.valueOf(e.params().get("x" + e.params().get("pick"))));
    }

    @Test
    void aWindowThatStartsInThePaddingIsDrawnOverThePadding() {
        loginAs("pictures.pim", "STUDENT");
        long seed = java.util.stream.LongStream.rangeClosed(1, 200).filter(n -> {
            Map<String, Object> p = bank.generate("pooling-same", n).params();
            int s = Params.i(p, "stride");
            int out = (Params.i(p, "size") + s - 1) / s;
            boolean before = (out - 1) * s + Params.i(p, "pool") - Params.i(p, "size") >= 2;
            // with one position before, the first row's or column's window starts in it
            return before && (Params.i(p, "rowA") == 1 || Params.i(p, "colA") == 1);
        }).findFirst().orElseThrow();
        UI.getCurrent().navigate("practice", QueryParameters.simple(Map.of("template", "pooling-same",
                "seed", String.valueOf(seed))));
        Document page = picture(UI.getCurrent());
        samePooling(page, bank.generate("pooling-same", seed));
        assertThat(page.select("path.pad")).hasSize(1);
    }

    @Test
    void aMockExamShowsEveryQuestionsPicture() {
        loginAs("pictures.exam", "STUDENT");
        long id = taking.startExam().attemptId();
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(id)));
        QuizAttemptView view = _get(QuizAttemptView.class);
        List<AnswerCard> cards = _find(view.questions, AnswerCard.class);
        AttemptSheet sheet = taking.sheet(id);
        int pictures = 0;
        for (int i = 0; i < cards.size(); i++) {
            Exercise e = taking.exercise(sheet.questions().get(i));
            boolean drawn = !picture(cards.get(i)).select("svg, table").isEmpty();
            assertThat(drawn).as(e.template().id()).isEqualTo(e.figure() != null);
            pictures += drawn ? 1 : 0;
        }
        assertThat(pictures).as("conv by hand, pooling, IoU, NMS; batch norm unless it asks the layer's parameters")
                .isGreaterThanOrEqualTo(4);
    }
}
