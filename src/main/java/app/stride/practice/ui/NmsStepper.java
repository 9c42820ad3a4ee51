package app.stride.practice.ui;

import app.stride.exercise.Exercise;
import app.stride.exercise.Params;
import app.stride.exercise.family.NmsFamily;
import app.stride.runtime.Box;
import app.stride.runtime.Nms;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Non-max suppression step by step, from the runtime's trace: first the boxes the score
 * threshold drops, then each selection with the boxes it suppresses.
 */
class NmsStepper extends Div {

    final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    final Paragraph caption = new Paragraph();
    private final Div picture = new Div();
    private final List<Box> boxes;
    private final double[] scores;
    private final Nms.Result result;
    private int step;

    NmsStepper(Exercise exercise) {
        NmsFamily.Layout layout = NmsFamily.layout(exercise.params());
        boxes = layout.boxes();
        scores = layout.scores();
        result = Nms.run(boxes, scores, Params.d(exercise.params(), "iouThreshold"),
                Params.d(exercise.params(), "scoreThreshold"), Integer.MAX_VALUE);
        addClassName("stride-nms-stepper");
        previous.setAriaLabel(getTranslation("practice.nms.previous"));
        next.setAriaLabel(getTranslation("practice.nms.next"));
        next.setText(getTranslation("practice.nms.next"));
        previous.addClickListener(click -> go(step - 1));
        next.addClickListener(click -> go(step + 1));
        caption.getElement().setAttribute("aria-live", "polite");
        Div buttons = new Div(previous, next);
        buttons.addClassName("stride-toolbar");
        add(picture, caption, buttons);
        go(0);
    }

    /** Step 0: the score threshold; step k: the k-th selection. */
    void go(int to) {
        step = Math.max(0, Math.min(result.steps().size(), to));
        previous.setEnabled(step > 0);
        next.setEnabled(step < result.steps().size());
        Set<Integer> dropped = new HashSet<>(result.droppedByScore());
        Set<Integer> selected = new HashSet<>();
        Set<Integer> suppressed = new HashSet<>();
        Set<Integer> now = new HashSet<>();
        for (int i = 0; i < step; i++) {
            Nms.Step s = result.steps().get(i);
            selected.add(s.selected());
            s.suppressed().forEach(x -> suppressed.add(x.index()));
            if (i == step - 1) {
                now.add(s.selected());
                s.suppressed().forEach(x -> now.add(x.index()));
            }
        }
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='stride-boxes' "
                + "viewBox='0 0 100 100' role='img'><rect x='0' y='0' width='100' height='100' class='image'/>");
        List<String> labels = new ArrayList<>();
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            labels.add(i + " (" + String.format(Locale.ROOT, "%.2f", scores[i]) + ")");
            corners.add(new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
        }
        List<LabelPlacer.Spot> spots = LabelPlacer.place(corners, labels, 4, 100, 100);
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            String state = dropped.contains(i) ? "dropped" : selected.contains(i) ? "selected"
                    : suppressed.contains(i) ? "suppressed" : "waiting";
            svg.append("<rect x='").append(b.x1()).append("' y='").append(b.y1()).append("' width='").append(b.width())
                    .append("' height='").append(b.height()).append("' class='nms ").append(state)
                    .append(now.contains(i) ? " now" : "").append("' data-box='").append(i).append("' data-state='")
                    .append(state).append("'/>");
            texts.append("<text x='").append(spots.get(i).x()).append("' y='").append(spots.get(i).y())
                    .append("' font-size='4' class='label'>").append(labels.get(i)).append("</text>");
        }
        svg.append(texts);
        picture.removeAll();
        picture.add(new Svg(svg.append("</svg>").toString()));
        if (step == 0) {
            caption.setText(getTranslation("practice.nms.step0", join(result.droppedByScore())));
        } else {
            Nms.Step s = result.steps().get(step - 1);
            caption.setText(getTranslation("practice.nms.step", step, s.selected(), s.suppressed().isEmpty() ? "—"
                    : s.suppressed().stream().map(x -> x.index() + " (IoU " + String.format(getLocale(), "%.2f", x.iou())
                    + ")").collect(Collectors.joining(", "))));
        }
    }

    private static String join(List<Integer> indices) {
        return indices.isEmpty() ? "—" : indices.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
