package app.stride.engine;

import java.util.List;

/** Dropout: zeroes activations at random while training, does nothing at test time. */
public record Dropout(String name, String from, double rate) implements Layer {

    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new LayerException("rate", "rate", "rate must be at least 0 and below 1, got " + rate, rate);
        }
    }

    @Override
    public String type() {
        return "dropout";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public Dropout withName(String newName) {
        return new Dropout(newName, from, rate);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.single(inputShapes);
        return LayerFigures.passThrough(in, Derivation.of(Step.SHAPE, "derive.dropout.shape", new Arithmetic.Kept(in),
                rate), Derivation.of(Step.PARAMS, "derive.dropout.params", new Arithmetic.Nothing()));
    }
}
