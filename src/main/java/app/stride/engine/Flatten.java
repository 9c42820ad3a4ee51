package app.stride.engine;

import java.util.List;

/** Flatten: every value in one row, [H, W, C] becomes [H·W·C]. */
public record Flatten(String name, String from) implements Layer {

    @Override
    public String type() {
        return "flatten";
    }

    @Override
    public List<String> inputs() {
        return Layer.from(from);
    }

    @Override
    public Flatten withName(String newName) {
        return new Flatten(newName, from);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape in = Layer.single(inputShapes);
        long n = in.elements();
        if (n > Integer.MAX_VALUE) {
            throw new LayerException("input", "flatten.large", "flattening " + in + " gives " + n
                    + " values, more than a shape can hold", in.toString());
        }
        return new LayerFigures(Shape.of((int) n), 0, 0, 0, List.of(
                Derivation.of(Step.SHAPE, "derive.flatten.shape", new Arithmetic.Flattened(in, Shape.of((int) n))),
                Derivation.of(Step.PARAMS, "derive.flatten.params", new Arithmetic.Nothing())));
    }
}
