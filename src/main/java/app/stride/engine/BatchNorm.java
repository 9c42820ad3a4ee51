package app.stride.engine;

import java.util.List;

/**
 * Batch normalization over the last axis: γ and β are learned, the moving mean and variance
 * are not (Keras counts all four: 4C, of which 2C trainable).
 */
public record BatchNorm(String name, String from) implements Layer {

    @Override
    public String type() {
        return "batchnorm";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public BatchNorm withName(String newName) {
        return new BatchNorm(newName, from);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.single(inputShapes);
        long c = in.channels();
        return new LayerFigures(in, 2 * c, 2 * c, 0, List.of(
                Derivation.of(Step.SHAPE, "derive.batchnorm.shape", new Arithmetic.Kept(in)),
                Derivation.of(Step.PARAMS, "derive.batchnorm.params", new Arithmetic.PerChannel(c, 2 * c, 4 * c), c)));
    }
}
