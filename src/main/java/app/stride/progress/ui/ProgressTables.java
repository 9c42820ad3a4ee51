package app.stride.progress.ui;

import app.stride.practice.ProgressService;
import app.stride.shell.TextAlternative;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The charts' numbers as tables, behind "Chart as table" under each chart: what the bars show,
 * for a screen reader and for anyone who wants the figures, from the same report the bars are
 * drawn from. "Mastered" is a word here, not only a green bar.
 */
final class ProgressTables {

    private ProgressTables() {
    }

    static Component mastery(List<ProgressService.FamilyLevel> families, Function<String, String> t, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        StringBuilder rows = new StringBuilder();
        for (ProgressService.FamilyLevel f : families) {
            rows.append("<tr><th scope='row'>").append(text(t.apply("family." + f.family()))).append("</th><td>")
                    .append(Double.isNaN(f.level()) ? "–" : text(percent.format(f.level()))).append("</td><td>")
                    .append(f.attempts()).append("</td><td>")
                    .append(text(t.apply(f.mastered() ? "progress.table.mastered" : f.due() ? "progress.table.due"
                            : "progress.table.practising"))).append("</td></tr>");
        }
        return details(t, "<table class='stride-table'><thead><tr><th scope='col'>" + text(t.apply("progress.col.family"))
                + "</th><th scope='col'>" + text(t.apply("progress.table.level")) + "</th><th scope='col'>"
                + text(t.apply("progress.table.answers")) + "</th><th scope='col'>" + text(t.apply("progress.table.state"))
                + "</th></tr></thead><tbody>" + rows + "</tbody></table>");
    }

    static Component accuracy(List<ProgressService.DayScore> days, Function<String, String> t, Locale locale) {
        if (days.isEmpty()) {
            return details(t, "<p>" + text(t.apply("progress.table.nodays")) + "</p>");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder rows = new StringBuilder();
        for (ProgressService.DayScore d : days) {
            rows.append("<tr><th scope='row'>").append(text(date.format(d.day()))).append("</th><td>")
                    .append(text(percent.format(d.accuracy()))).append("</td><td>").append(d.attempts()).append("</td></tr>");
        }
        return details(t, "<table class='stride-table'><thead><tr><th scope='col'>" + text(t.apply("progress.table.day"))
                + "</th><th scope='col'>" + text(t.apply("progress.col.score")) + "</th><th scope='col'>"
                + text(t.apply("progress.table.answers")) + "</th></tr></thead><tbody>" + rows + "</tbody></table>");
    }

    private static Component details(Function<String, String> t, String body) {
        Div div = new Div();
        div.addClassName("stride-chart-text");
        div.getElement().setProperty("innerHTML", TextAlternative.details(t.apply("progress.table.summary"), body));
        return div;
    }

    private static String text(String s) {
        return Entities.escape(s);
    }
}
