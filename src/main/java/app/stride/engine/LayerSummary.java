package app.stride.engine;

import java.util.List;

/** One row of the summary table, like a line of Keras' model.summary(). */
public record LayerSummary(int index, String name, String type, List<String> inputs, Shape outputShape,
                           long params, long trainableParams, long nonTrainableParams, long multiplications,
                           long outputBytes, List<Derivation> derivations) {

    public LayerSummary {
        inputs = List.copyOf(inputs);
        derivations = List.copyOf(derivations);
    }

    /** The derivation of {@code step}; a layer that has none (pooling has no multiplications) is refused. */
    public Derivation step(Step step) {
        return Derivation.find(derivations, step, "layer " + index + " (" + name + ", " + type + ")");
    }
}
