package app.stride.exercise.family;

import app.stride.engine.Derivation;
import app.stride.exercise.BoxesFigure;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.Misconception;
import app.stride.exercise.NmsFigure;
import app.stride.exercise.Params;
import app.stride.exercise.PromptNumbers;
import app.stride.exercise.Template;
import app.stride.exercise.Text;
import app.stride.runtime.Box;
import app.stride.runtime.IoU;
import app.stride.runtime.Nms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Non-max suppression step by step on 4–8 boxes around two or three objects: which boxes the
 * score threshold drops, which is selected first, which are suppressed, and the final list.
 * Boxes and scores come from the {@code layout} parameter, so (template, seed) still fixes
 * everything; layouts with a tie or an IoU near the threshold are drawn again.
 */
public final class NmsFamily extends FamilyBase {

    public NmsFamily() {
        super("nms",
                Set.of("boxes", "layout", "iouThreshold", "scoreThreshold"),
                Set.of("dropped", "first", "suppressed", "selected"),
                Set.of("nms-without-score-threshold", "kept-suppressed-box"),
                Set.of("table"));
    }

    /** The side of the image the layouts place their boxes in. */
    static final int IMAGE = 100;

    /** The boxes and scores an exercise's parameters stand for. */
    public record Layout(List<Box> boxes, double[] scores) {
    }

    public static Layout layout(Map<String, Object> p) {
        int n = Params.i(p, "boxes");
        SplittableRandom random = new SplittableRandom(Params.i(p, "layout"));
        int objects = n <= 5 ? 2 : 3;
        List<Box> boxes = new ArrayList<>();
        double[] scores = new double[n];
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int object = i % objects;
            int cx = 20 + 30 * object + random.nextInt(-4, 5);
            int cy = 30 + 25 * (object % 2) + random.nextInt(-4, 5);
            int w = 16 + 2 * random.nextInt(0, 6);
            int h = 16 + 2 * random.nextInt(0, 6);
            boxes.add(new Box(cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0));
            int score;
            do {
                score = random.nextInt(5, 100);
            } while (used.contains(score));
            used.add(score);
            scores[i] = score / 100.0;
        }
        return new Layout(boxes, scores);
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        Layout layout = layout(p);
        double threshold = Params.d(p, "iouThreshold");
        double scoreThreshold = Params.d(p, "scoreThreshold");
        for (int i = 0; i < layout.boxes().size(); i++) {
            if (Math.abs(layout.scores()[i] - scoreThreshold) < 0.02) {
                return Optional.of("a score is too close to the score threshold");
            }
            for (int j = i + 1; j < layout.boxes().size(); j++) {
                double iou = IoU.of(layout.boxes().get(i), layout.boxes().get(j)).value();
                if (Math.abs(iou - threshold) < 0.03) {
                    return Optional.of("an IoU is too close to the threshold");
                }
            }
        }
        Nms.Result r = Nms.run(layout.boxes(), layout.scores(), threshold, scoreThreshold, Integer.MAX_VALUE);
        boolean suppresses = r.steps().stream().anyMatch(s -> !s.suppressed().isEmpty());
        // the score threshold may drop nothing: "none" is an answer a student must be able to give
        if (!suppresses || r.selected().size() < 2) {
            return Optional.of("the layout does not show suppression and a second selection");
        }
        return Optional.empty();
    }

    /**
     * The boxes as the prompt lists them, "2: (14, 21) – (34, 41), score 0.27": the score named, so
     * that a Dutch decimal comma is not read as one more separator.
     */
    private static String table(Layout layout, Locale locale) {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < layout.boxes().size(); i++) {
            Box b = layout.boxes().get(i);
            table.append(i).append(": (").append(Boxes.decimal(b.x1())).append(", ").append(Boxes.decimal(b.y1()))
                    .append(") – (").append(Boxes.decimal(b.x2())).append(", ").append(Boxes.decimal(b.y2()))
                    .append("), score ").append(PromptNumbers.format(Boxes.exact(layout.scores()[i]), locale))
                    .append('\n');
        }
        return table.toString().strip();
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        Layout layout = layout(params);
        double threshold = Params.d(params, "iouThreshold");
        double scoreThreshold = Params.d(params, "scoreThreshold");
        Nms.Result r = Nms.run(layout.boxes(), layout.scores(), threshold, scoreThreshold, Integer.MAX_VALUE);
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("table", new Text(table(layout, Locale.ENGLISH), table(layout, Locale.forLanguageTag("nl"))));
        List<Integer> suppressed = r.steps().stream().flatMap(s -> s.suppressed().stream())
                .map(Nms.Suppressed::index).sorted().toList();

        List<Misconception> wrong = new ArrayList<>();
        List<Integer> withoutThreshold = Nms.run(layout.boxes(), layout.scores(), threshold, Double.NEGATIVE_INFINITY,
                Integer.MAX_VALUE).selected();
        if (!withoutThreshold.equals(r.selected())) {
            wrong.add(Misconception.list("nms-without-score-threshold", "selected", withoutThreshold));
        }
        List<Integer> byScore = new ArrayList<>();
        for (int i = 0; i < layout.boxes().size(); i++) {
            if (!r.droppedByScore().contains(i)) {
                byScore.add(i);
            }
        }
        byScore.sort((a, b) -> Double.compare(layout.scores()[b], layout.scores()[a]));
        wrong.add(Misconception.list("kept-suppressed-box", "selected", byScore));

        List<Derivation> solution = new ArrayList<>();
        // the sets (dropped, suppressed) as their keys list them: by index
        List<Integer> dropped = r.droppedByScore().stream().sorted().toList();
        solution.add(dropped.isEmpty() ? Derivation.of("solution.nms.dropped.none", "", scoreThreshold)
                : Derivation.of("solution.nms.dropped", join(dropped), scoreThreshold));
        for (Nms.Step step : r.steps()) {
            List<Nms.Suppressed> gone = step.suppressed().stream()
                    .sorted(java.util.Comparator.comparingInt(Nms.Suppressed::index)).toList();
            if (gone.isEmpty()) {
                solution.add(Derivation.of("solution.nms.step.none", "", step.selected(),
                        layout.scores()[step.selected()], threshold));
            } else {
                solution.add(Derivation.localized("solution.nms.step", locale -> gone.stream()
                                .map(s -> s.index() + " (IoU " + Boxes.round(s.iou(), 2, locale) + ")")
                                .collect(Collectors.joining(Boxes.separator(locale))), step.selected(),
                        layout.scores()[step.selected()], threshold));
            }
        }
        solution.add(Derivation.of("solution.nms.result", join(r.selected())));
        return new Exercise(template, seed, p, List.of(
                Expected.list("dropped", r.droppedByScore()),
                Expected.number("first", BigDecimal.valueOf(r.selected().get(0))),
                Expected.list("suppressed", suppressed),
                Expected.list("selected", r.selected())), wrong, solution, boxes(layout),
                new NmsFigure(boxes(layout), threshold, scoreThreshold, r.droppedByScore(), r.steps()));
    }

    /** The boxes on the square image the layouts are drawn in, each labelled by its index, with its score. */
    private static BoxesFigure boxes(Layout layout) {
        List<BoxesFigure.LabeledBox> boxes = new ArrayList<>();
        for (int i = 0; i < layout.boxes().size(); i++) {
            boxes.add(Boxes.labeled(String.valueOf(i), layout.boxes().get(i), layout.scores()[i]));
        }
        return new BoxesFigure(IMAGE, IMAGE, BoxesFigure.Units.PIXELS, boxes);
    }

    private static String join(List<Integer> indices) {
        return indices.isEmpty() ? "—" : indices.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
