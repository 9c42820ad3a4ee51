package app.stride.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network as a graph of named layers over one input (named "input"). Each layer reads the
 * previous one unless it names earlier layers, which is how residual branches are written.
 * Unnamed layers get Keras-style names, {@code <type>_<n>} counting per type from 1.
 */
public final class Model {

    public static final String INPUT = "input";

    private final Shape input;
    private final List<Layer> layers;
    private final List<List<String>> inputsOf;

    public Model(Shape input, List<Layer> layers) {
        this.input = input;
        this.layers = named(layers);
        this.inputsOf = resolveInputs(this.layers);
    }

    public Shape input() {
        return input;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The names each layer reads, the default "previous layer" made explicit. */
    public List<String> inputsOf(int layerIndex) {
        return inputsOf.get(layerIndex);
    }

    public ModelSummary summarize(int bytesPerValue, int batchSize) {
        return ModelSummary.of(this, bytesPerValue, batchSize);
    }

    private static List<Layer> named(List<Layer> layers) {
        Set<String> taken = new HashSet<>();
        taken.add(INPUT);
        for (int i = 0; i < layers.size(); i++) {
            String name = layers.get(i).name();
            if (name != null) {
                if (name.isBlank()) {
                    throw new ModelException(i + 1, layers.get(i).type(), "name", "name.empty", List.of(),
                            "a name may not be empty");
                }
                if (!taken.add(name)) {
                    throw new ModelException(i + 1, layers.get(i).type(), "name", "name.twice", List.of(name),
                            "the name \"" + name + "\" is used twice (\"input\" is the model's input)");
                }
            }
        }
        Map<String, Integer> counters = new HashMap<>();
        List<Layer> result = new ArrayList<>(layers.size());
        for (Layer layer : layers) {
            if (layer.name() != null) {
                result.add(layer);
                continue;
            }
            String name;
            do {
                name = layer.type() + "_" + counters.merge(layer.type(), 1, Integer::sum);
            } while (!taken.add(name));
            result.add(layer.withName(name));
        }
        return List.copyOf(result);
    }

    private static List<List<String>> resolveInputs(List<Layer> layers) {
        List<List<String>> result = new ArrayList<>();
        Set<String> before = new HashSet<>(Set.of(INPUT));
        String previous = INPUT;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            List<String> inputs = layer.inputs().isEmpty() ? List.of(previous) : layer.inputs();
            for (String in : inputs) {
                if (!before.contains(in)) {
                    throw new ModelException(i + 1, layer.type(), layer instanceof Add ? "inputs" : "from",
                            "input.unknown", List.of(in),
                            "\"" + in + "\" is not the input nor a layer before this one");
                }
            }
            result.add(List.copyOf(inputs));
            before.add(layer.name());
            previous = layer.name();
        }
        return List.copyOf(result);
    }
}
