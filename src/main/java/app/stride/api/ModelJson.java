package app.stride.api;

import app.stride.engine.Activation;
import app.stride.engine.ActivationLayer;
import app.stride.engine.Add;
import app.stride.engine.AvgPool2D;
import app.stride.engine.BatchNorm;
import app.stride.engine.Conv2D;
import app.stride.engine.Dense;
import app.stride.engine.Dropout;
import app.stride.engine.Flatten;
import app.stride.engine.GlobalAvgPool2D;
import app.stride.engine.Layer;
import app.stride.engine.LayerException;
import app.stride.engine.MaxPool2D;
import app.stride.engine.Model;
import app.stride.engine.ModelException;
import app.stride.engine.Padding;
import app.stride.engine.Shape;
import app.stride.engine.Window;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model in the JSON of the API contract, checking every field and naming the JSON path
 * of anything wrong. The calculator's links carry the same JSON, so one reader serves both.
 */
public final class ModelJson {

    /** Far more than any real network, few enough that a summary stays instant. */
    public static final int MAX_LAYERS = 5_000;
    private static final Set<String> COMMON = Set.of("type", "name", "from", "activation");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "conv2d", Set.of("filters", "kernel", "stride", "padding", "useBias"),
            "maxpool2d", Set.of("pool", "stride", "padding"),
            "avgpool2d", Set.of("pool", "stride", "padding"),
            "globalavgpool2d", Set.of(),
            "batchnorm", Set.of("epsilon", "momentum"),
            "dropout", Set.of("rate"),
            "flatten", Set.of(),
            "dense", Set.of("units", "useBias"),
            "add", Set.of("inputs"),
            "activation", Set.of());
    static final List<String> TYPES = List.of("conv2d", "maxpool2d", "avgpool2d", "globalavgpool2d", "batchnorm",
            "dropout", "flatten", "dense", "add", "activation");

    private ModelJson() {
    }

    /** A parsed request: the model and the memory settings. */
    public record Request(Model model, int bytesPerValue, int batchSize) {
    }

    /** Reads a request, answering any problem as a 400 that names its JSON path. */
    public static Request parse(JsonNode body) {
        try {
            return read(body);
        } catch (ModelException e) {
            throw badRequest(e, body.get("layers"));
        }
    }

    /**
     * Reads a request: a malformed field is an {@link ApiBadRequestException}; a model whose
     * layers do not fit together is a {@link ModelException}, left for the caller to word.
     */
    public static Request read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiBadRequestException("$", "The body must be a JSON object with input and layers.");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("input", "bytesPerValue", "batchSize", "layers").contains(field)) {
                throw new ApiBadRequestException("$." + field,
                        "The field " + field + " is unknown; use input, layers, bytesPerValue and batchSize.");
            }
        }
        Shape input = shape(body.get("input"));
        int bytesPerValue = positiveInt(body, "bytesPerValue", "$.bytesPerValue", 4);
        int batchSize = positiveInt(body, "batchSize", "$.batchSize", 1);
        JsonNode layersNode = body.get("layers");
        if (layersNode == null || layersNode.isNull()) {
            throw new ApiBadRequestException("$.layers", "The field layers is missing: give a list of layers.");
        }
        if (!layersNode.isArray()) {
            throw new ApiBadRequestException("$.layers", "The field layers must be a list of layers.");
        }
        if (layersNode.size() > MAX_LAYERS) {
            throw new ApiBadRequestException("$.layers",
                    "The model has " + layersNode.size() + " layers; at most " + MAX_LAYERS + " are allowed.");
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < layersNode.size(); i++) {
            layers.add(layer(layersNode.get(i), "$.layers[" + i + "]"));
        }
        return new Request(new Model(input, layers), bytesPerValue, batchSize);
    }

    /** The request body that {@link #parse} reads back to the same model. */
    public static ObjectNode write(Model model, int bytesPerValue, int batchSize) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode input = body.putArray("input");
        model.input().dims().forEach(input::add);
        body.put("bytesPerValue", bytesPerValue);
        body.put("batchSize", batchSize);
        ArrayNode layers = body.putArray("layers");
        for (int i = 0; i < model.layers().size(); i++) {
            layers.add(write(model.layers().get(i)));
        }
        return body;
    }

    /** One layer as the contract writes it; defaults are written out so a reader sees them. */
    public static ObjectNode write(Layer layer) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", layer.type());
        node.put("name", layer.name());
        if (layer instanceof Conv2D c) {
            node.put("filters", c.filters());
            window(node, "kernel", c.kernel());
            window(node, "stride", c.stride());
            node.put("padding", c.padding().key());
            node.put("useBias", c.useBias());
            node.put("activation", c.activation().key());
        } else if (layer instanceof MaxPool2D p) {
            pool(node, p.pool(), p.stride(), p.padding());
        } else if (layer instanceof AvgPool2D p) {
            pool(node, p.pool(), p.stride(), p.padding());
        } else if (layer instanceof Dropout d) {
            node.put("rate", d.rate());
        } else if (layer instanceof Dense d) {
            node.put("units", d.units());
            node.put("useBias", d.useBias());
            node.put("activation", d.activation().key());
        } else if (layer instanceof Add a) {
            ArrayNode inputs = node.putArray("inputs");
            a.inputs().forEach(inputs::add);
        } else if (layer instanceof ActivationLayer a) {
            node.put("activation", a.activation().key());
        }
        if (!(layer instanceof Add) && !layer.inputs().isEmpty()) {
            node.put("from", layer.inputs().get(0));
        }
        return node;
    }

    private static void pool(ObjectNode node, Window pool, Window stride, Padding padding) {
        window(node, "pool", pool);
        window(node, "stride", stride);
        node.put("padding", padding.key());
    }

    private static void window(ObjectNode node, String field, Window window) {
        if (window.isSquare()) {
            node.put(field, window.h());
        } else {
            node.putArray(field).add(window.h()).add(window.w());
        }
    }

    /** The JSON path of what a model exception is about, for a body shaped like {@code layers}. */
    public static ApiBadRequestException badRequest(ModelException e, JsonNode layers) {
        if (e.layerIndex() == 0) {
            String path = Set.of("bytesPerValue", "batchSize", "input", "layers").contains(e.field())
                    ? "$." + e.field() : "$";
            return new ApiBadRequestException(path, sentence(e.getMessage()));
        }
        String path = "$.layers[" + (e.layerIndex() - 1) + "]";
        JsonNode layer = layers == null ? null : layers.get(e.layerIndex() - 1);
        if (layer != null && e.field() != null && layer.has(e.field())) {
            path += "." + e.field();
        }
        return new ApiBadRequestException(path, sentence(e.getMessage()));
    }

    private static Layer layer(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ApiBadRequestException(path, "Each layer must be a JSON object with a type.");
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new ApiBadRequestException(path + ".type", "The layer at " + path + " needs a type, one of "
                    + String.join(", ", TYPES) + ".");
        }
        String type = typeNode.asText();
        Set<String> own = FIELDS.get(type);
        if (own == null) {
            throw new ApiBadRequestException(path + ".type", "The layer type \"" + type + "\" is unknown; use one of "
                    + String.join(", ", TYPES) + ".");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!COMMON.contains(field) && !own.contains(field)) {
                throw new ApiBadRequestException(path + "." + field, "The field " + field + " is not a field of "
                        + type + (own.isEmpty() ? "." : "; it takes " + String.join(", ", own.stream().sorted().toList())
                        + "."));
            }
        }
        Fields f = new Fields(node, path);
        String name = f.optionalText("name");
        String from = f.optionalText("from");
        Activation activation = f.activation("activation", type.equals("activation"));
        try {
            return switch (type) {
                case "conv2d" -> new Conv2D(name, from, f.positive("filters"), f.window("kernel", null),
                        f.window("stride", Window.square(1)), f.padding(), f.bool("useBias", true), activation);
                case "maxpool2d" -> {
                    Window pool = f.window("pool", null);
                    yield new MaxPool2D(name, from, pool, f.window("stride", pool), f.padding());
                }
                case "avgpool2d" -> {
                    Window pool = f.window("pool", null);
                    yield new AvgPool2D(name, from, pool, f.window("stride", pool), f.padding());
                }
                case "globalavgpool2d" -> new GlobalAvgPool2D(name, from);
                case "batchnorm" -> {
                    f.optionalNumber("epsilon");
                    f.optionalNumber("momentum");
                    yield new BatchNorm(name, from);
                }
                case "dropout" -> new Dropout(name, from, f.rate());
                case "flatten" -> new Flatten(name, from);
                case "dense" -> new Dense(name, from, f.positive("units"), f.bool("useBias", true), activation);
                case "add" -> {
                    if (from != null) {
                        throw new ApiBadRequestException(path + ".from", "An add layer names its branches in inputs, "
                                + "not in from.");
                    }
                    yield new Add(name, f.names("inputs"));
                }
                case "activation" -> new ActivationLayer(name, from, activation);
                default -> throw new IllegalStateException(type);
            };
        } catch (LayerException e) {
            throw new ApiBadRequestException(path + "." + e.field(), sentence(e.getMessage()));
        }
    }

    private static Shape shape(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new ApiBadRequestException("$.input", "The field input is missing: give [height, width, channels].");
        }
        if (!node.isArray() || (node.size() != 3 && node.size() != 1)) {
            throw new ApiBadRequestException("$.input",
                    "The field input must be [height, width, channels] (or [features] for a vector).");
        }
        int[] dims = new int[node.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = positive(node.get(i), "$.input[" + i + "]", "input[" + i + "]");
        }
        return Shape.of(dims);
    }

    private static int positiveInt(JsonNode body, String field, String path, int fallback) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? fallback : positive(node, path, field);
    }

    static int positive(JsonNode node, String path, String field) {
        return JsonInput.positiveInt(node, path, field);
    }

    private static String sentence(String message) {
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /** Typed, checked access to one layer's fields. */
    private record Fields(JsonNode node, String path) {

        int positive(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw missing(field, "a positive whole number");
            }
            return ModelJson.positive(value, path + "." + field, field);
        }

        Window window(String field, Window fallback) {
            int[] size = JsonInput.window(node, field, path, fallback == null ? null
                    : new int[] {fallback.h(), fallback.w()}, "a positive whole number or [height, width]");
            return new Window(size[0], size[1]);
        }

        Padding padding() {
            return Padding.parse(JsonInput.choice(node, "padding", path, Set.of("valid", "same"), "valid"));
        }

        boolean bool(String field, boolean fallback) {
            return JsonInput.bool(node, field, path, fallback);
        }

        Activation activation(String field, boolean required) {
            return Activation.parse(JsonInput.choice(node, field, path,
                    Set.of("linear", "relu", "sigmoid", "tanh", "softmax"), required ? null : "linear"));
        }

        double rate() {
            JsonNode value = node.get("rate");
            if (value == null || value.isNull()) {
                throw missing("rate", "a number from 0 up to (not including) 1");
            }
            if (!value.isNumber() || !(value.asDouble() >= 0 && value.asDouble() < 1)) {
                throw new ApiBadRequestException(path + ".rate",
                        "The field rate must be a number from 0 up to (not including) 1, got " + JsonInput.show(value) + ".");
            }
            return value.asDouble();
        }

        void optionalNumber(String field) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isNumber()) {
                throw new ApiBadRequestException(path + "." + field,
                        "The field " + field + " must be a number, got " + JsonInput.show(value) + ".");
            }
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new ApiBadRequestException(path + "." + field,
                        "The field " + field + " must be a non-empty text, got " + JsonInput.show(value) + ".");
            }
            return value.asText();
        }

        List<String> names(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw missing(field, "a list of two or more layer names");
            }
            if (!value.isArray() || value.size() < 2) {
                throw new ApiBadRequestException(path + "." + field,
                        "The field " + field + " must list two or more layer names, got " + JsonInput.show(value) + ".");
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw new ApiBadRequestException(path + "." + field + "[" + i + "]",
                            "Each entry of " + field + " must be a layer name, got " + JsonInput.show(value.get(i)) + ".");
                }
                names.add(value.get(i).asText());
            }
            return names;
        }

        private ApiBadRequestException missing(String field, String what) {
            return new ApiBadRequestException(path + "." + field,
                    "The field " + field + " is missing at " + path + ": give " + what + ".");
        }
    }
}
