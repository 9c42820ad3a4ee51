package app.stride.engine;

import java.util.List;

/** An activation as a layer of its own: same shape, no weights. */
public record ActivationLayer(String name, String from, Activation activation) implements Layer {

    public ActivationLayer {
        activation = activation == null ? Activation.LINEAR : activation;
    }

    @Override
    public String type() {
        return "activation";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public ActivationLayer withName(String newName) {
        return new ActivationLayer(newName, from, activation);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.single(inputShapes);
        return LayerFigures.passThrough(in, Derivation.of(Step.SHAPE, "derive.activation.shape",
                new Arithmetic.Kept(in), activation.key()), Derivation.of(Step.PARAMS, "derive.activation.params",
                new Arithmetic.Nothing(), activation.key()));
    }
}
