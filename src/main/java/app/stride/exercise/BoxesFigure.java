package app.stride.exercise;

import java.util.List;

/**
 * Boxes on an image: IoU's two boxes, the box of a bounding-box conversion, NMS's candidates
 * with their scores. Corners are in pixels, origin at the top left, or — where the pixel corners
 * are what the question asks — as fractions of the image's width and height.
 */
public record BoxesFigure(int imageWidth, int imageHeight, Units units, List<LabeledBox> boxes) implements Figure {

    public BoxesFigure {
        boxes = List.copyOf(boxes);
    }

    public enum Units { PIXELS, RELATIVE }

    /**
     * One box: its label as the prompt names it ("A", or NMS's index), its corners, and its
     * score where it has one (else null).
     */
    public record LabeledBox(String label, double x1, double y1, double x2, double y2, Double score) {
    }
}
