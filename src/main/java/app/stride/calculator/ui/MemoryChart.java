package app.stride.calculator.ui;

import app.stride.engine.ByteUnit;
import app.stride.engine.LayerSummary;
import app.stride.engine.ModelSummary;
import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;

/**
 * A bar per layer: the memory of its output. The tensors alive at the inference peak are
 * drawn in the accent colour, so the "largest pair" can be seen, not only read. Built on the
 * server as SVG: no chart library to bundle.
 */
class MemoryChart extends Svg {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int BASE = 180;

    void show(ModelSummary summary, ByteUnit unit, Locale locale, String title) {
        List<LayerSummary> layers = summary.layers();
        long max = Math.max(summary.inputBytes(), layers.stream().mapToLong(LayerSummary::outputBytes).max().orElse(1));
        int bars = layers.size() + 1;
        double slot = (double) WIDTH / bars;
        double bar = Math.max(1, slot * 0.8);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("' width='100%' role='img' aria-label='").append(escape(title))
                .append("' class='stride-chart'><title>").append(escape(title)).append("</title>")
                .append("<line x1='0' y1='").append(BASE).append("' x2='").append(WIDTH).append("' y2='").append(BASE)
                .append("' class='axis'/>");
        for (int i = 0; i < bars; i++) {
            String name = i == 0 ? "input" : layers.get(i - 1).name();
            long bytes = i == 0 ? summary.inputBytes() : layers.get(i - 1).outputBytes();
            double h = Math.max(1, (BASE - 10) * (double) bytes / max);
            boolean peak = summary.peakTensors().contains(name);
            svg.append("<rect x='").append(fmt(i * slot + (slot - bar) / 2)).append("' y='").append(fmt(BASE - h))
                    .append("' width='").append(fmt(bar)).append("' height='").append(fmt(h))
                    .append("' class='").append(peak ? "bar peak" : "bar").append("' data-layer='")
                    .append(escape(name)).append("'><title>").append(escape(name)).append(": ")
                    .append(escape(Figures.bytes(bytes, unit, locale))).append("</title></rect>");
        }
        svg.append("<text x='0' y='196' class='label'>input</text>")
                .append("<text x='").append(WIDTH).append("' y='196' text-anchor='end' class='label'>")
                .append(escape(layers.isEmpty() ? "" : layers.get(layers.size() - 1).name())).append("</text></svg>");
        setSvg(svg.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
