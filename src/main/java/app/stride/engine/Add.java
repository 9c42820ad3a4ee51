package app.stride.engine;

import java.util.List;

/** Element-wise sum of two or more tensors of one shape: how a residual block joins its skip path. */
public record Add(String name, List<String> inputs) implements Layer {

    public Add {
        inputs = List.copyOf(inputs);
        if (inputs.size() < 2) {
            throw new LayerException("inputs", "add.count", "add needs at least two inputs, got " + inputs.size(),
                    inputs.size());
        }
    }

    @Override
    public String type() {
        return "add";
    }

    @Override
    public Add withName(String newName) {
        return new Add(newName, inputs);
    }

    @Override
    public LayerFigures figures(List<Shape> inputShapes) {
        Shape first = inputShapes.get(0);
        for (int i = 1; i < inputShapes.size(); i++) {
            if (!inputShapes.get(i).equals(first)) {
                throw new LayerException("inputs", "add.shapes", "add needs inputs of one shape, but " + inputs.get(0)
                        + " is " + first + " and " + inputs.get(i) + " is " + inputShapes.get(i),
                        inputs.get(0), first.toString(), inputs.get(i), inputShapes.get(i).toString());
            }
        }
        return LayerFigures.passThrough(first, Derivation.of(Step.SHAPE, "derive.add.shape",
                new Arithmetic.Joined(inputs, first)), Derivation.of(Step.PARAMS, "derive.add.params",
                new Arithmetic.Nothing()));
    }
}
