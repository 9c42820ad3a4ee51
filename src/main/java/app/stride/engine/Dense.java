package app.stride.engine;

import java.util.List;

/** A fully connected layer on a vector: every input times every unit, plus one bias per unit. */
public record Dense(String name, String from, int units, boolean useBias, Activation activation) implements Layer {

    public Dense {
        if (units <= 0) {
            throw new LayerException("units", "positive", "units must be positive, got " + units, "units", units);
        }
        activation = activation == null ? Activation.LINEAR : activation;
    }

    public static Dense of(int units) {
        return new Dense(null, null, units, true, null);
    }

    @Override
    public String type() {
        return "dense";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public Dense withName(String newName) {
        return new Dense(newName, from, units, useBias, activation);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.single(inputShapes);
        if (in.rank() != 1) {
            throw new LayerException("input", "dense.flat", "dense needs a 1-D input but got " + in
                    + "; flatten first (or use global average pooling)", in.toString());
        }
        long n = in.dim(0);
        long params = Exact.times(n + (useBias ? 1 : 0), units, "parameters");
        long mults = Exact.times(n, units, "multiplications");
        Shape output = Shape.of(units);
        return new LayerFigures(output, params, 0, mults, List.of(
                Derivation.of(Step.SHAPE, "derive.dense.shape", new Arithmetic.Reshaped(in, output), units),
                Derivation.of(Step.PARAMS, useBias ? "derive.dense.params" : "derive.dense.params.nobias",
                        new Arithmetic.Weights(List.of(n), useBias, units, params), n, units),
                Derivation.of(Step.MULTIPLICATIONS, "derive.dense.mults",
                        new Arithmetic.Product(List.of(List.of(n, (long) units)), mults), n, units)));
    }
}
