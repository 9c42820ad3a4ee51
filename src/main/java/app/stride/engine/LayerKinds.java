package app.stride.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every layer kind, described once: the JSON codec, the calculator's draft and its form read
 * them here. Adding a kind is its record (a {@link Layer}) and one entry below.
 */
public final class LayerKinds {

    private static final List<LayerKind> ALL = List.of(
            new LayerKind("conv2d", Conv2D.class, List.of(
                    LayerField.count("filters").startingAt(32),
                    LayerField.window("kernel").startingAt(Window.square(3)),
                    LayerField.window("stride").orElse(Window.square(1)).startingAt(Window.square(1)),
                    LayerField.padding("padding").startingAt(Padding.SAME),
                    LayerField.flag("useBias", true)),
                    LayerKind.Activated.OPTIONAL, Activation.RELU,
                    v -> new Conv2D(v.name(), v.from(), v.count("filters"), v.window("kernel"), v.window("stride"),
                            v.padding("padding"), v.flag("useBias"), v.activation())),
            new LayerKind("maxpool2d", MaxPool2D.class, pooling(), LayerKind.Activated.NO, null,
                    v -> new MaxPool2D(v.name(), v.from(), v.window("pool"), v.window("stride"), v.padding("padding"))),
            new LayerKind("avgpool2d", AvgPool2D.class, pooling(), LayerKind.Activated.NO, null,
                    v -> new AvgPool2D(v.name(), v.from(), v.window("pool"), v.window("stride"), v.padding("padding"))),
            new LayerKind("globalavgpool2d", GlobalAvgPool2D.class, List.of(), LayerKind.Activated.NO, null,
                    v -> new GlobalAvgPool2D(v.name(), v.from())),
            // Keras' epsilon and momentum change how batch norm trains, not what it counts
            new LayerKind("batchnorm", BatchNorm.class, List.of(
                    LayerField.number("epsilon", 0.001),
                    LayerField.number("momentum", 0.99)),
                    LayerKind.Activated.NO, null,
                    v -> new BatchNorm(v.name(), v.from())),
            new LayerKind("dropout", Dropout.class, List.of(LayerField.fraction("rate").startingAt(0.5)),
                    LayerKind.Activated.NO, null,
                    v -> new Dropout(v.name(), v.from(), v.fraction("rate"))),
            new LayerKind("flatten", Flatten.class, List.of(), LayerKind.Activated.NO, null,
                    v -> new Flatten(v.name(), v.from())),
            new LayerKind("dense", Dense.class, List.of(
                    LayerField.count("units").startingAt(10),
                    LayerField.flag("useBias", true)),
                    LayerKind.Activated.OPTIONAL, Activation.SOFTMAX,
                    v -> new Dense(v.name(), v.from(), v.count("units"), v.flag("useBias"), v.activation())),
            new LayerKind("add", Add.class, List.of(LayerField.layers("inputs")), LayerKind.Activated.NO, null,
                    v -> new Add(v.name(), v.layers("inputs"))),
            new LayerKind("activation", ActivationLayer.class, List.of(), LayerKind.Activated.REQUIRED,
                    Activation.RELU,
                    v -> new ActivationLayer(v.name(), v.from(), v.activation())));

    private LayerKinds() {
    }

    /** Max and average pooling: the stride is the pool unless given. */
    private static List<LayerField> pooling() {
        return List.of(
                LayerField.window("pool").startingAt(Window.square(2)),
                LayerField.window("stride").orElseSameAs("pool"),
                LayerField.padding("padding"));
    }

    public static List<LayerKind> all() {
        return ALL;
    }

    /** The type ids, in the order the calculator offers them. */
    public static List<String> types() {
        return ALL.stream().map(LayerKind::type).toList();
    }

    public static Optional<LayerKind> of(String type) {
        return ALL.stream().filter(k -> k.type().equals(type)).findFirst();
    }

    /** The kind of a layer. */
    public static LayerKind of(Layer layer) {
        return of(layer.type()).orElseThrow(() -> new IllegalStateException("no layer kind " + layer.type()));
    }

    /** The activations a layer may have, in the order a form offers them. */
    public static List<Activation> activations() {
        return Arrays.asList(Activation.values());
    }
}
