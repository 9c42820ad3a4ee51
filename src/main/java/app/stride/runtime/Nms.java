package app.stride.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-max suppression as the course teaches it: drop the boxes whose objectness score is below
 * the threshold; then repeatedly select the remaining box with the highest score and remove
 * every remaining box whose IoU with it is above the IoU threshold. Equal scores go to the
 * lower index, so the result never depends on chance.
 */
public final class Nms {

    private Nms() {
    }

    public record Suppressed(int index, double iou) {
    }

    public record Step(int selected, List<Suppressed> suppressed) {
    }

    public record Result(List<Integer> selected, List<Integer> droppedByScore, List<Step> steps) {
    }

    /** Refuses, naming the field, boxes and scores {@link #run} cannot run on: not one score per box. */
    public static void check(List<Box> boxes, double[] scores) {
        if (scores.length != boxes.size()) {
            throw new RuntimeInputException("scores", "there are " + scores.length + " scores for "
                    + boxes.size() + " boxes; give one score per box");
        }
    }

    public static Result run(List<Box> boxes, double[] scores, double iouThreshold, double scoreThreshold,
                             int maxOutput) {
        check(boxes, scores);
        List<Integer> dropped = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            (scores[i] < scoreThreshold ? dropped : candidates).add(i);
        }
        // the order of selection, found once: by score, an equal score to the lower index
        List<Integer> byScore = new ArrayList<>(candidates);
        byScore.sort((i, j) -> scores[i] > scores[j] ? -1 : scores[i] < scores[j] ? 1 : Integer.compare(i, j));
        int[] order = candidates.stream().mapToInt(Integer::intValue).toArray();
        boolean[] gone = new boolean[boxes.size()];
        List<Integer> selected = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        int next = 0;
        while (selected.size() < maxOutput) {
            while (next < byScore.size() && gone[byScore.get(next)]) {
                next++;
            }
            if (next == byScore.size()) {
                break;
            }
            int best = byScore.get(next);
            gone[best] = true;
            selected.add(best);
            List<Suppressed> suppressed = new ArrayList<>();
            Box chosen = boxes.get(best);
            for (int i : order) {
                if (!gone[i]) {
                    double iou = IoU.value(chosen, boxes.get(i));
                    if (iou > iouThreshold) {
                        suppressed.add(new Suppressed(i, iou));
                        gone[i] = true;
                    }
                }
            }
            steps.add(new Step(best, List.copyOf(suppressed)));
        }
        return new Result(List.copyOf(selected), List.copyOf(dropped), List.copyOf(steps));
    }
}
