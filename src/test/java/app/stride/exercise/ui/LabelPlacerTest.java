package app.stride.exercise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.family.NmsFamily;
import app.stride.runtime.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Box labels in the IoU and NMS pictures: inside the image, and not on top of one another. */
class LabelPlacerTest {

    private static double[] rect(LabelPlacer.Spot s, String label, double font) {
        return new double[] {s.x(), s.y() - font, s.x() + LabelPlacer.width(label, font), s.y() + font * 0.2};
    }

    private static boolean overlap(double[] a, double[] b) {
        return Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
    }

    @Test
    void twoBoxesFromTheSameCornerGetLabelsApart() {
        List<double[]> boxes = List.of(new double[] {20, 30, 60, 70}, new double[] {20, 30, 50, 60});
        List<String> labels = List.of("0 (0.90)", "1 (0.75)");
        List<LabelPlacer.Spot> spots = LabelPlacer.place(boxes, labels, 4, 100, 100);
        assertThat(overlap(rect(spots.get(0), labels.get(0), 4), rect(spots.get(1), labels.get(1), 4))).isFalse();
    }

    @Test
    void nmsLayoutsHaveTheirLabelsInsideTheImageAndAlmostNeverOnTopOfEachOther() {
        int layouts = 0;
        int crowded = 0;
        for (int n = 5; n <= 8; n++) {
            for (int seed = 1; seed <= 250; seed++) {
                NmsFamily.Layout layout = NmsFamily.layout(Map.of("boxes", n, "layout", seed));
                List<double[]> boxes = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Box b = layout.boxes().get(i);
                    boxes.add(new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
                    labels.add(i + " (" + layout.scores()[i] + ")");
                }
                List<LabelPlacer.Spot> spots = LabelPlacer.place(boxes, labels, 4, 100, 100);
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    double[] r = rect(spots.get(i), labels.get(i), 4);
                    assertThat(r[0]).isGreaterThanOrEqualTo(0);
                    assertThat(r[2]).isLessThanOrEqualTo(100);
                    for (int j = 0; j < i; j++) {
                        any |= overlap(r, rect(spots.get(j), labels.get(j), 4));
                    }
                }
                layouts++;
                crowded += any ? 1 : 0;

            }
        }
        System.out.printf("NMS pictures with overlapping labels: %d of %d%n", crowded, layouts);
        assertThat(crowded).isLessThan(layouts / 100);
    }
}
