package app.stride.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most activation memory alive at once while one instance runs through the model, layer
 * by layer in order: a layer's output is allocated before its inputs are released, and a
 * tensor is released once every layer that reads it has run. For a plain stack this is the
 * largest pair of consecutive layers (the course's rule); for a residual block the skip
 * branch stays alive until its add.
 */
record InferencePeak(long activationBytes, List<String> tensors) {

    static InferencePeak of(Model model, Map<String, Long> bytes) {
        Map<String, Integer> lastReader = new HashMap<>();
        for (int i = 0; i < model.layers().size(); i++) {
            for (String in : model.inputsOf(i)) {
                lastReader.put(in, i);
            }
        }
        // the peak's tensors are listed by running again up to the peak: copying the live set at
        // every new peak would cost the square of the layer count
        Run first = new Run(model, bytes, lastReader);
        int peakStep = -1;
        long peak = first.liveBytes;
        for (int i = 0; i < model.layers().size(); i++) {
            if (first.allocate(i) > peak) {
                peak = first.liveBytes;
                peakStep = i;
            }
            first.release(i);
        }
        Run second = new Run(model, bytes, lastReader);
        for (int i = 0; i <= peakStep; i++) {
            second.allocate(i);
            if (i < peakStep) {
                second.release(i);
            }
        }
        return new InferencePeak(peak, List.copyOf(second.live));
    }

    /** The tensors alive while the layers run in order, and their bytes. */
    private static final class Run {

        private final Model model;
        private final Map<String, Long> bytes;
        private final Map<String, Integer> lastReader;
        private final Set<String> live = new LinkedHashSet<>();
        private long liveBytes;

        Run(Model model, Map<String, Long> bytes, Map<String, Integer> lastReader) {
            this.model = model;
            this.bytes = bytes;
            this.lastReader = lastReader;
            live.add(Model.INPUT);
            liveBytes = bytes.get(Model.INPUT);
        }

        /** Layer i's output is allocated while its inputs are still alive; the live bytes then. */
        long allocate(int i) {
            String out = model.layers().get(i).name();
            live.add(out);
            liveBytes = Exact.plus(liveBytes, bytes.get(out), "inference peak bytes", "layers");
            return liveBytes;
        }

        /** After layer i: inputs nobody reads later are released, and an output nobody reads at all. */
        void release(int i) {
            for (String in : model.inputsOf(i)) {
                if (lastReader.get(in) == i && live.remove(in)) {
                    liveBytes -= bytes.get(in);
                }
            }
            String out = model.layers().get(i).name();
            if (!lastReader.containsKey(out)) {
                live.remove(out);
                liveBytes -= bytes.get(out);
            }
        }
    }
}
