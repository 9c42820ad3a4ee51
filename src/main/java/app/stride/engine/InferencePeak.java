package app.stride.engine;

import java.util.ArrayList;
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
        List<Layer> layers = model.layers();
        Map<String, Integer> lastReader = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String in : model.inputsOf(i)) {
                lastReader.put(in, i);
            }
        }
        Set<String> live = new LinkedHashSet<>();
        live.add(Model.INPUT);
        long liveBytes = bytes.get(Model.INPUT);
        long peak = liveBytes;
        List<String> peakTensors = List.of(Model.INPUT);
        for (int i = 0; i < layers.size(); i++) {
            String out = layers.get(i).name();
            live.add(out);
            liveBytes = Exact.plus(liveBytes, bytes.get(out), "inference peak bytes", "layers");
            if (liveBytes > peak) {
                peak = liveBytes;
                peakTensors = new ArrayList<>(live);
            }
            for (String in : model.inputsOf(i)) {
                if (lastReader.get(in) == i && live.remove(in)) {
                    liveBytes -= bytes.get(in);
                }
            }
            if (!lastReader.containsKey(out)) {
                live.remove(out);
                liveBytes -= bytes.get(out);
            }
        }
        return new InferencePeak(peak, List.copyOf(peakTensors));
    }
}
