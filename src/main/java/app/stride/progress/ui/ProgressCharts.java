package app.stride.progress.ui;

import app.stride.practice.ProgressService;
import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Progress drawn on the server as SVG: a bar per family, and the score per day. */
final class ProgressCharts {

    private ProgressCharts() {
    }

    /**
     * A bar per family with its name above it: narrow enough that the words stay readable on a
     * phone, where a name beside its bar would be scaled down to a few pixels.
     */
    static Svg mastery(List<ProgressService.FamilyLevel> families, Function<String, String> name, String title,
                       String mastered) {
        int row = 34;
        int width = 360;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='stride-chart "
                + "stride-mastery' viewBox='0 0 ").append(width).append(' ').append(families.size() * row + 2)
                .append("' role='img' aria-label='").append(escape(title)).append("'><title>").append(escape(title))
                .append("</title>");
        for (int i = 0; i < families.size(); i++) {
            ProgressService.FamilyLevel f = families.get(i);
            double level = Double.isNaN(f.level()) ? 0 : f.level();
            int y = 2 + i * row;
            svg.append("<text x='0' y='").append(y + 12).append("' class='label'>").append(escape(name.apply(f.family())))
                    .append("</text><text x='").append(width).append("' y='").append(y + 12)
                    .append("' text-anchor='end' class='label'>")
                    // "mastered" in words beside the number: the green bar alone is colour alone
                    .append(f.mastered() ? "✓ " + escape(mastered) + " · " : "")
                    .append(Double.isNaN(f.level()) ? "–" : Math.round(level * 100) + "%")
                    .append("</text><rect x='0' y='").append(y + 17).append("' width='").append(width)
                    .append("' height='10' rx='3' class='track'/><rect x='0' y='").append(y + 17).append("' width='")
                    .append(String.format(Locale.ROOT, "%.1f", width * level))
                    .append("' height='10' rx='3' class='bar").append(f.mastered() ? " mastered" : "")
                    .append("' data-family='").append(f.family()).append("'/>");
        }
        return new Svg(svg.append("</svg>").toString());
    }

    static Svg accuracy(List<ProgressService.DayScore> days, String title) {
        int width = 360;
        int height = 140;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='stride-chart "
                + "stride-accuracy' viewBox='0 0 ")
                .append(width).append(' ').append(height).append("' role='img' aria-label='").append(escape(title))
                .append("'><title>").append(escape(title))
                .append("</title><line x1='30' y1='120' x2='")
                .append(width).append("' y2='120' class='axis'/><text x='0' y='20' class='label'>100%</text>")
                .append("<text x='0' y='124' class='label'>0%</text>");
        if (!days.isEmpty()) {
            double step = (width - 40.0) / Math.max(1, days.size());
            for (int i = 0; i < days.size(); i++) {
                ProgressService.DayScore d = days.get(i);
                double h = 100 * d.accuracy();
                svg.append("<rect x='").append(String.format(Locale.ROOT, "%.1f", 34 + i * step)).append("' y='")
                        .append(String.format(Locale.ROOT, "%.1f", 120 - h)).append("' width='")
                        .append(String.format(Locale.ROOT, "%.1f", Math.max(2, step * 0.7))).append("' height='")
                        .append(String.format(Locale.ROOT, "%.1f", Math.max(1, h))).append("' class='bar'><title>")
                        .append(d.day()).append(": ").append(Math.round(100 * d.accuracy())).append("% (")
                        .append(d.attempts()).append(")</title></rect>");
            }
        }
        return new Svg(svg.append("</svg>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
