package app.stride.engine;

import java.util.List;

/** What one layer does to its input: output shape, weights, work, and how each was found. */
public record LayerFigures(Shape output, long trainableParams, long nonTrainableParams,
                           long multiplications, List<Derivation> derivations) {

    public LayerFigures {
        derivations = List.copyOf(derivations);
    }

    public long params() {
        return Exact.plus(trainableParams, nonTrainableParams, "parameters");
    }

    /** The derivation of {@code step}; a layer that has none (pooling has no multiplications) is refused. */
    public Derivation step(Step step) {
        return Derivation.find(derivations, step, "the layer");
    }

    /** A layer that keeps the shape and has no weights and no multiplications. */
    static LayerFigures passThrough(Shape input, Derivation shape, Derivation params) {
        return new LayerFigures(input, 0, 0, 0, List.of(shape, params));
    }
}
