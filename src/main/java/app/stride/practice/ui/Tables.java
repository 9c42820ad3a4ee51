package app.stride.practice.ui;

import app.stride.exercise.Exercise;
import app.stride.exercise.Params;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Optional;

/**
 * The small tables a student fills in on paper: the batch of a batch-norm question, and the
 * layers of a typical CNN as a model.summary() with the asked cells left blank.
 */
final class Tables {

    private Tables() {
    }

    static Optional<Component> of(Exercise exercise, Component owner) {
        return switch (exercise.template().family()) {
            case "batchnorm" -> exercise.params().containsKey("x1") && !exercise.template().id().endsWith("params")
                    ? Optional.of(batch(exercise, owner)) : Optional.empty();
            case "architecture" -> Optional.of(architecture(exercise, owner));
            default -> Optional.empty();
        };
    }

    private static Component batch(Exercise e, Component owner) {
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(owner.getTranslation("practice.table.instance")));
        NativeTableRow values = new NativeTableRow(new NativeTableHeaderCell("x"));
        for (int i = 1; i <= 4; i++) {
            head.add(new NativeTableHeaderCell(String.valueOf(i)));
            values.add(new NativeTableCell(String.valueOf(e.params().get("x" + i))));
        }
        return wrap(new NativeTable(new NativeTableHeader(head), new NativeTableBody(values)));
    }

    private static Component architecture(Exercise e, Component owner) {
        int s = Params.i(e.params(), "s");
        int c = Params.i(e.params(), "c");
        String f1 = String.valueOf(e.params().get("f1"));
        String f2 = String.valueOf(e.params().get("f2"));
        String q = "?";
        List<String[]> rows = List.of(
                new String[] {"input", s + "×" + s + "×" + c, "0"},
                new String[] {"conv2d 3×3, " + f1, s + "×" + s + "×" + f1, q},
                new String[] {"conv2d 3×3, " + f1, s + "×" + s + "×" + f1, q},
                new String[] {"maxpool2d 2×2", q + "×" + q + "×" + f1, "0"},
                new String[] {"conv2d 3×3, " + f2, q, q},
                new String[] {"conv2d 3×3, " + f2, q, q},
                new String[] {"maxpool2d 2×2", q, "0"},
                new String[] {"globalavgpool2d", q, "0"},
                new String[] {"dense " + e.params().get("classes") + ", softmax", String.valueOf(e.params().get("classes")), q});
        NativeTableBody body = new NativeTableBody();
        for (String[] r : rows) {
            body.add(new NativeTableRow(new NativeTableCell(r[0]), new NativeTableCell(r[1]), new NativeTableCell(r[2])));
        }
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(owner.getTranslation("calculator.col.type")),
                new NativeTableHeaderCell(owner.getTranslation("calculator.col.shape")),
                new NativeTableHeaderCell(owner.getTranslation("calculator.col.params")));
        return wrap(new NativeTable(new NativeTableHeader(head), body));
    }

    private static Component wrap(NativeTable table) {
        table.addClassName("stride-table");
        Div scroll = new Div(table);
        scroll.addClassName("stride-table-scroll");
        return scroll;
    }
}
