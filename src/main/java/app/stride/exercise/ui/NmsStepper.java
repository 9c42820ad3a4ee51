package app.stride.exercise.ui;

import app.stride.exercise.NmsFigure;
import app.stride.runtime.Nms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Non-max suppression step by step, from the runtime's trace in the exercise's figure: first the
 * boxes the score threshold drops, then each selection with the boxes it suppresses.
 */
public class NmsStepper extends Div {

    public final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    public final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    public final Paragraph caption = new Paragraph();
    private final Div picture = new Div();
    /** The boxes in words at the step shown, inside a "Picture as text" that stays open from step to step. */
    final Div boxesText = new Div();
    private final NmsFigure figure;
    private int step;

    public NmsStepper(NmsFigure figure) {
        this.figure = figure;
        addClassName("stride-nms-stepper");
        previous.setAriaLabel(getTranslation("practice.nms.previous"));
        next.setAriaLabel(getTranslation("practice.nms.next"));
        next.setText(getTranslation("practice.nms.next"));
        previous.addClickListener(click -> go(step - 1));
        next.addClickListener(click -> go(step + 1));
        caption.getElement().setAttribute("aria-live", "polite");
        Div buttons = new Div(previous, next);
        buttons.addClassName("stride-toolbar");
        add(picture, asText(), legend(), caption, buttons);
        go(0);
    }

    /** Step 0: the score threshold; step k: the k-th selection. */
    public void go(int to) {
        List<Nms.Step> steps = figure.steps();
        step = Math.max(0, Math.min(steps.size(), to));
        previous.setEnabled(step > 0);
        next.setEnabled(step < steps.size());
        Set<Integer> dropped = new HashSet<>(figure.droppedByScore());
        Set<Integer> selected = new HashSet<>();
        Set<Integer> suppressed = new HashSet<>();
        Set<Integer> now = new HashSet<>();
        for (int i = 0; i < step; i++) {
            Nms.Step s = steps.get(i);
            selected.add(s.selected());
            s.suppressed().forEach(x -> suppressed.add(x.index()));
            if (i == step - 1) {
                now.add(s.selected());
                s.suppressed().forEach(x -> now.add(x.index()));
            }
        }
        List<String> classes = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < figure.boxes().boxes().size(); i++) {
            String state = dropped.contains(i) ? "dropped" : selected.contains(i) ? "selected"
                    : suppressed.contains(i) ? "suppressed" : "waiting";
            classes.add("class='nms " + state + (now.contains(i) ? " now" : "") + "' data-box='" + i
                    + "' data-state='" + state + "'");
            states.add(getTranslation("practice.nms.state." + state)
                    + (now.contains(i) ? ", " + getTranslation("practice.nms.state.now") : ""));
        }
        picture.getElement().setProperty("innerHTML",
                BoxesPicture.svg(figure.boxes(), getLocale(), classes::get).toString());
        // the boxes in words with their state at this step: the same trace the drawing is made from
        boxesText.getElement().setProperty("innerHTML", FigureText.boxList(figure.boxes(), getLocale(), states::get));
        if (step == 0) {
            List<Integer> out = figure.droppedByScore().stream().sorted().toList();
            caption.setText(out.isEmpty() ? getTranslation("practice.nms.step0.none")
                    : getTranslation("practice.nms.step0", out.size(), join(out.stream().map(String::valueOf).toList())));
        } else {
            NumberFormat iou = NumberFormat.getNumberInstance(getLocale());
            iou.setMinimumFractionDigits(2);
            iou.setMaximumFractionDigits(2);
            Nms.Step s = steps.get(step - 1);
            // a set, listed as the key lists it: by index
            List<String> gone = s.suppressed().stream().sorted(Comparator.comparingInt(Nms.Suppressed::index))
                    .map(x -> x.index() + " (IoU " + iou.format(x.iou()) + ")").toList();
            caption.setText(gone.isEmpty() ? getTranslation("practice.nms.step.none", step, s.selected())
                    : getTranslation("practice.nms.step", step, s.selected(), gone.size(), join(gone)));
        }
    }

    /** A native details element made once: a student who opened it keeps it open while stepping. */
    private Div asText() {
        Element details = new Element("details");
        details.getClassList().add("stride-figure-text");
        details.appendChild(new Element("summary").setText(getTranslation("figure.as.text")), boxesText.getElement());
        Div wrapper = new Div();
        wrapper.getElement().appendChild(details);
        return wrapper;
    }

    /** What each kind of line means, in words beside a sample of it: a state is never told by colour alone. */
    private Div legend() {
        StringBuilder html = new StringBuilder("<ul class='stride-legend'>");
        for (String state : List.of("waiting", "selected", "suppressed", "dropped")) {
            html.append("<li><svg class='stride-boxes' viewBox='0 0 16 10' width='24' height='15' aria-hidden='true'>")
                    .append("<rect x='1' y='1' width='14' height='8' class='nms ").append(state).append("'/></svg>")
                    .append(Markup.text(getTranslation("practice.nms.state." + state))).append("</li>");
        }
        return Markup.div("stride-legend-box", html.append("</ul>").toString());
    }

    /** "1, 3 and 4" in the reader's words. */
    private String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + getTranslation("practice.nms.and") + " "
                + items.get(items.size() - 1);
    }
}
