package app.stride.exercise.ui;

import app.stride.exercise.BatchFigure;
import app.stride.exercise.SummaryFigure;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The small tables a student fills in on paper: a model's summary with the asked cells left
 * blank ("?"), and the batch of a batch-norm question.
 */
final class FigureTables {

    private static final String BLANK = "<td class='blank'>?</td>";

    private FigureTables() {
    }

    static Component summary(SummaryFigure figure, Locale locale) {
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        StringBuilder html = new StringBuilder("<table class='stride-table stride-summary-table'><thead><tr><th>")
                .append(Markup.text(ExerciseFigure.translated("calculator.col.name"))).append("</th><th>")
                .append(Markup.text(ExerciseFigure.translated("calculator.col.shape"))).append("</th><th>")
                .append(Markup.text(ExerciseFigure.translated("calculator.col.params")))
                .append("</th></tr></thead><tbody><tr data-layer='input'><td>")
                .append(Markup.text(ExerciseFigure.translated("figure.summary.input"))).append("</td><td>")
                .append(shape(figure.inputShape())).append("</td><td>").append(count.format(0)).append("</td></tr>");
        for (SummaryFigure.Row row : figure.rows()) {
            html.append("<tr data-layer='").append(Markup.text(row.name())).append("'><td>")
                    .append(Markup.text(row.name())).append("</td>")
                    .append(row.outputShape() == null ? BLANK : "<td>" + shape(row.outputShape()) + "</td>")
                    .append(row.params() == null ? BLANK : "<td>" + count.format(row.params()) + "</td>")
                    .append("</tr>");
        }
        html.append("</tbody><tfoot><tr data-layer='total'><th>")
                .append(Markup.text(ExerciseFigure.translated("calculator.total"))).append("</th><td></td>")
                .append(figure.totalParams() == null ? BLANK : "<td>" + count.format(figure.totalParams()) + "</td>")
                .append("</tr></tfoot></table>");
        return Markup.div("stride-table-scroll", html.toString());
    }

    static Component batch(BatchFigure figure, Locale locale) {
        StringBuilder head = new StringBuilder("<tr><th>")
                .append(Markup.text(ExerciseFigure.translated("practice.table.instance"))).append("</th>");
        StringBuilder values = new StringBuilder("<tr><th>x</th>");
        List<Double> batch = figure.values();
        for (int i = 0; i < batch.size(); i++) {
            boolean picked = figure.picked() != null && figure.picked() == i;
            head.append("<th>").append(i + 1).append("</th>");
            values.append(picked ? "<td class='picked'>" : "<td>")
                    .append(Markup.text(ExerciseFigure.number(batch.get(i), locale))).append("</td>");
        }
        return Markup.div("stride-table-scroll", "<table class='stride-table stride-batch-table'><thead>" + head
                + "</tr></thead><tbody>" + values + "</tr></tbody></table>");
    }

    private static String shape(List<Integer> dims) {
        return dims.stream().map(String::valueOf).collect(Collectors.joining("×"));
    }
}
