package app.stride.engine;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a model: per layer, in total, and the memory it needs to predict one
 * instance and to train on a batch, each with its derivation. All counts are exact longs; a
 * figure that would not fit is refused with a message, never wrapped around.
 */
public record ModelSummary(Shape input, int bytesPerValue, int batchSize, List<LayerSummary> layers,
                           long totalParams, long trainableParams, long nonTrainableParams,
                           long totalMultiplications, long inputBytes, long paramBytes,
                           long inferencePeakBytes, List<String> peakTensors, TrainingMemory training,
                           List<Derivation> derivations) {

    public ModelSummary {
        layers = List.copyOf(layers);
        peakTensors = List.copyOf(peakTensors);
        derivations = List.copyOf(derivations);
    }

    /** The row of the layer with this name (given, or {@code <type>_<n>} as Keras names it). */
    public LayerSummary layer(String name) {
        for (LayerSummary row : layers) {
            if (row.name().equals(name)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no layer named " + name + "; the layers are "
                + layers.stream().map(LayerSummary::name).toList());
    }

    /** Bytes for {@code params} parameters: a student's own parameter count in this model's precision. */
    public BigDecimal paramBytesOf(BigDecimal params) {
        return params.multiply(BigDecimal.valueOf(bytesPerValue));
    }

    /** The inference peak had the parameters taken {@code otherParamBytes}; the activations stay as they are. */
    public BigDecimal inferencePeakGiven(BigDecimal otherParamBytes) {
        return BigDecimal.valueOf(inferencePeakBytes - paramBytes).add(otherParamBytes);
    }

    /** The model's derivation of {@code step}: its totals and memory, not a layer's row. */
    public Derivation step(Step step) {
        return Derivation.find(derivations, step, "the model");
    }

    static ModelSummary of(Model model, int bytesPerValue, int batchSize) {
        if (bytesPerValue <= 0) {
            throw new ModelException(0, "model", "bytesPerValue", "positive", List.of("bytesPerValue", bytesPerValue),
                    "bytesPerValue must be positive, got " + bytesPerValue);
        }
        if (batchSize <= 0) {
            throw new ModelException(0, "model", "batchSize", "positive", List.of("batchSize", batchSize),
                    "batchSize must be positive, got " + batchSize);
        }
        Map<String, Shape> shapes = new HashMap<>();
        Map<String, Long> bytes = new HashMap<>();
        shapes.put(Model.INPUT, model.input());
        long inputBytes;
        try {
            inputBytes = Math.multiplyExact(model.input().elements(), bytesPerValue);
        } catch (ArithmeticException e) {
            throw new ModelException(0, "model", "input", "input.large", List.of(model.input().toString()),
                    "the input " + model.input()
                    + " is too large to count its bytes exactly (more than 9.2·10^18)");
        }
        bytes.put(Model.INPUT, inputBytes);

        List<LayerSummary> rows = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer layer = model.layers().get(i);
            int index = i + 1;
            List<Shape> in = model.inputsOf(i).stream().map(shapes::get).toList();
            LayerSummary row = checked(index, layer.type(), () -> row(index, layer, model.inputsOf(index - 1), in,
                    bytesPerValue));
            rows.add(row);
            shapes.put(layer.name(), row.outputShape());
            bytes.put(layer.name(), row.outputBytes());
        }
        return checked(0, "model", () -> totals(model, bytesPerValue, batchSize, rows, bytes, inputBytes));
    }

    private static LayerSummary row(int index, Layer layer, List<String> inputs, List<Shape> in, int bytesPerValue) {
        LayerFigures f;
        try {
            f = layer.figures(in);
        } catch (LayerException e) {
            throw ModelException.of(index, layer.type(), e);
        }
        long out = Exact.times(elements(f.output(), "output bytes"), bytesPerValue, "output bytes");
        List<Derivation> derivations = new ArrayList<>(f.derivations());
        derivations.add(Derivation.of(Step.OUTPUT_BYTES, "derive.output.bytes",
                new Arithmetic.ShapeBytes(f.output(), bytesPerValue, out), bytesPerValue));
        return new LayerSummary(index, layer.name(), layer.type(), inputs, f.output(), f.params(),
                f.trainableParams(), f.nonTrainableParams(), f.multiplications(), out, derivations);
    }

    private static ModelSummary totals(Model model, int bytesPerValue, int batchSize, List<LayerSummary> rows,
                                       Map<String, Long> bytes, long inputBytes) {
        long trainable = 0;
        long nonTrainable = 0;
        long mults = 0;
        long activations = 0;
        for (LayerSummary row : rows) {
            trainable = Exact.plus(trainable, row.trainableParams(), "total parameters", "layers");
            nonTrainable = Exact.plus(nonTrainable, row.nonTrainableParams(), "total parameters", "layers");
            mults = Exact.plus(mults, row.multiplications(), "total multiplications", "layers");
            activations = Exact.plus(activations, row.outputBytes(), "activation bytes for training", "layers");
        }
        long totalParams = Exact.plus(trainable, nonTrainable, "total parameters", "layers");
        long paramBytes = Exact.times(totalParams, bytesPerValue, "parameter bytes", "bytesPerValue");
        long gradientBytes = Exact.times(trainable, bytesPerValue, "gradient bytes", "bytesPerValue");
        InferencePeak peak = InferencePeak.of(model, bytes);
        long inferencePeak = Exact.plus(peak.activationBytes(), paramBytes, "inference peak bytes", "layers");
        long batchActivations = Exact.times(batchSize, Exact.plus(activations, inputBytes,
                "activation bytes for training", "layers"), "training batch activation bytes", "batchSize");
        long trainingTotal = Exact.plus(Exact.plus(batchActivations, paramBytes, "training total bytes", "batchSize"),
                gradientBytes, "training total bytes", "batchSize");
        TrainingMemory training = new TrainingMemory(activations, inputBytes, batchActivations, paramBytes,
                gradientBytes, trainingTotal);

        List<Derivation> derivations = List.of(
                Derivation.of(Step.TOTAL_PARAMS, "derive.total.params",
                        new Arithmetic.Sum(rows.stream().map(LayerSummary::params).toList(), totalParams)),
                Derivation.of(Step.PARAM_BYTES, "derive.param.bytes",
                        new Arithmetic.CountBytes(totalParams, bytesPerValue, paramBytes), bytesPerValue),
                Derivation.of(Step.INFERENCE_PEAK, "derive.inference.peak",
                        new Arithmetic.Peak(peak.tensors().stream().map(bytes::get).toList(), paramBytes, inferencePeak),
                        String.join(" + ", peak.tensors())),
                Derivation.of(Step.TRAINING, "derive.training", new Arithmetic.Training(batchSize, activations,
                        inputBytes, paramBytes, gradientBytes, trainingTotal), batchSize));
        return new ModelSummary(model.input(), bytesPerValue, batchSize, rows, totalParams, trainable, nonTrainable,
                mults, inputBytes, paramBytes, inferencePeak, peak.tensors(), training, derivations);
    }

    private static long elements(Shape shape, String figure) {
        try {
            return shape.elements();
        } catch (ArithmeticException e) {
            throw new Exact.Overflow(figure, null);
        }
    }

    /** Runs a computation of exact figures; one that overflows is refused with the figure's name. */
    private static <T> T checked(int index, String type, java.util.function.Supplier<T> computation) {
        try {
            return computation.get();
        } catch (Exact.Overflow e) {
            String field = e.field() == null ? "size" : e.field();
            throw new ModelException(index, type, field, "too.large", List.of(e.figure()), (index == 0
                    ? "the model's " + e.figure() : "its " + e.figure()) + " would be more than 9.2·10^18, too large "
                    + "to count exactly");
        } catch (ArithmeticException e) {
            throw new ModelException(index, type, "size", "too.large", List.of("figures"),
                    "its figures are too large to count exactly (more than 9.2·10^18)");
        }
    }
}
