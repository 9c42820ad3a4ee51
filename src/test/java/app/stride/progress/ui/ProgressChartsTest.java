package app.stride.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.practice.ProgressService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The progress charts are well-formed SVG, and a bar is as long as the level it shows. */
class ProgressChartsTest {

    private static Document parse(com.vaadin.flow.component.Svg svg) throws Exception {
        String markup = svg.getElement().getProperty("innerHTML");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMasteryBarIsTheLevelsShareOfItsTrackAndNamesAreEscaped() throws Exception {
        var families = List.of(new ProgressService.FamilyLevel("iou", 0.5, 4, false, false),
                new ProgressService.FamilyLevel("nms", 1.0, 9, true, false),
                new ProgressService.FamilyLevel("pooling", Double.NaN, 0, false, false));
        Document doc = parse(ProgressCharts.mastery(families, f -> f + " <&'>", "Mastery", "mastered"));
        NodeList rects = doc.getElementsByTagName("rect");
        double track = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").equals("track")) {
                track = Double.parseDouble(r.getAttribute("width"));
            }
        }
        assertThat(track).isPositive();
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            double expected = switch (r.getAttribute("data-family")) {
                case "iou" -> track / 2;
                case "nms" -> track;
                case "pooling" -> 0;
                default -> -1;
            };
            if (expected >= 0) {
                assertThat(Double.parseDouble(r.getAttribute("width"))).as(r.getAttribute("data-family"))
                        .isEqualTo(expected);
            }
        }
        assertThat(doc.getDocumentElement().getTextContent()).contains("iou <&'>").contains("50%").contains("–")
                .contains("✓ mastered · 100%").doesNotContain("mastered · 50%");
    }

    @Test
    void theChartsNumbersAreTablesInTheReadersFormat() {
        var families = List.of(new ProgressService.FamilyLevel("iou", 0.5, 4, false, true),
                new ProgressService.FamilyLevel("nms", 1.0, 9, true, false));
        org.jsoup.nodes.Document mastery = org.jsoup.Jsoup.parseBodyFragment(ProgressTables.mastery(families,
                key -> "[" + key + "]", java.util.Locale.forLanguageTag("nl")).getElement().getProperty("innerHTML"));
        assertThat(mastery.select("tbody tr").eachText()).containsExactly(
                "[family.iou] 50% 4 [progress.table.due]", "[family.nms] 100% 9 [progress.table.mastered]");

        org.jsoup.nodes.Document days = org.jsoup.Jsoup.parseBodyFragment(ProgressTables.accuracy(List.of(
                new ProgressService.DayScore(LocalDate.of(2026, 11, 2), 0.75, 4)), key -> key,
                java.util.Locale.ENGLISH).getElement().getProperty("innerHTML"));
        assertThat(days.select("tbody tr").eachText()).containsExactly("Nov 2, 2026 75% 4");
    }

    @Test
    void theScorePerDayIsWellFormedToo() throws Exception {
        Document doc = parse(ProgressCharts.accuracy(List.of(new ProgressService.DayScore(LocalDate.of(2026, 11, 2),
                0.75, 4)), "Score per day"));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1);
        assertThat(doc.getDocumentElement().getAttribute("class")).contains("stride-accuracy");
    }
}
