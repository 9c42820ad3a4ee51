package app.stride.exercise;

import app.stride.runtime.Nms;
import java.util.List;

/**
 * Non-max suppression as the runtime ran it, to step through with the worked solution (it holds
 * the answers, so it is never shown with the question): the boxes, what the score threshold
 * drops, and each selection with the boxes it suppresses and their IoU with it.
 */
public record NmsFigure(BoxesFigure boxes, double iouThreshold, double scoreThreshold, List<Integer> droppedByScore,
                        List<Nms.Step> steps) implements Figure {

    public NmsFigure {
        droppedByScore = List.copyOf(droppedByScore);
        steps = List.copyOf(steps);
    }
}
