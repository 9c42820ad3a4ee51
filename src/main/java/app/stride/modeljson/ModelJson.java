package app.stride.modeljson;

import app.stride.engine.Activation;
import app.stride.engine.FieldType;
import app.stride.engine.Layer;
import app.stride.engine.LayerException;
import app.stride.engine.LayerField;
import app.stride.engine.LayerKind;
import app.stride.engine.LayerKinds;
import app.stride.engine.LayerValues;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a model in the JSON of the API contract, checking every field and naming the JSON path
 * of anything wrong. The calculator's links carry the same JSON, so one reader serves both.
 */
public final class ModelJson {

    /** Far more than any real network, few enough that a summary stays instant. */
    public static final int MAX_LAYERS = 5_000;
    private static final Set<String> COMMON = Set.of("type", "name", "from", "activation");
    private static final Set<String> ACTIVATIONS = LayerKinds.activations().stream().map(Activation::key)
            .collect(Collectors.toSet());
    private static final Set<String> PADDINGS = Arrays.stream(Padding.values()).map(Padding::key)
            .collect(Collectors.toSet());

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
     * Reads a request: a malformed field is a {@link JsonFieldException}; a model whose
     * layers do not fit together is a {@link ModelException}, left for the caller to word.
     */
    public static Request read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new JsonFieldException("$", "The body must be a JSON object with input and layers.");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("input", "bytesPerValue", "batchSize", "layers").contains(field)) {
                throw new JsonFieldException("$." + field,
                        "The field " + field + " is unknown; use input, layers, bytesPerValue and batchSize.");
            }
        }
        Shape input = shape(body.get("input"));
        int bytesPerValue = positiveInt(body, "bytesPerValue", "$.bytesPerValue", 4);
        int batchSize = positiveInt(body, "batchSize", "$.batchSize", 1);
        JsonNode layersNode = body.get("layers");
        if (layersNode == null || layersNode.isNull()) {
            throw new JsonFieldException("$.layers", "The field layers is missing: give a list of layers.");
        }
        if (!layersNode.isArray()) {
            throw new JsonFieldException("$.layers", "The field layers must be a list of layers.");
        }
        if (layersNode.size() > MAX_LAYERS) {
            throw new JsonFieldException("$.layers",
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
        LayerKind kind = LayerKinds.of(layer);
        LayerValues values = kind.values(layer);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", layer.type());
        node.put("name", layer.name());
        values.fields().forEach((field, value) -> put(node, kind.field(field).orElseThrow(), value));
        if (values.activation() != null) {
            node.put("activation", values.activation().key());
        }
        if (values.from() != null) {
            node.put("from", values.from());
        }
        return node;
    }

    /**
     * A new layer of {@code type} as the calculator offers it: the fields a student would most
     * likely start from, the rest left to their defaults. An unknown type gets its type alone.
     */
    public static ObjectNode starting(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", type);
        LayerKinds.of(type).ifPresent(kind -> {
            for (LayerField field : kind.fields()) {
                if (field.start() != null) {
                    put(node, field, field.start());
                }
            }
            if (kind.startActivation() != null) {
                node.put("activation", kind.startActivation().key());
            }
        });
        return node;
    }

    /** One field's value as the contract writes it: a square window as one number, padding as its word. */
    private static void put(ObjectNode node, LayerField field, Object value) {
        switch (field.type()) {
            case COUNT -> node.put(field.name(), (Integer) value);
            case WINDOW -> {
                Window window = (Window) value;
                if (window.isSquare()) {
                    node.put(field.name(), window.h());
                } else {
                    node.putArray(field.name()).add(window.h()).add(window.w());
                }
            }
            case PADDING -> node.put(field.name(), ((Padding) value).key());
            case FLAG -> node.put(field.name(), (Boolean) value);
            case FRACTION, NUMBER -> node.put(field.name(), ((Number) value).doubleValue());
            case LAYERS -> {
                ArrayNode names = node.putArray(field.name());
                ((List<?>) value).forEach(name -> names.add(String.valueOf(name)));
            }
        }
    }

    /** The JSON path of what a model exception is about, for a body shaped like {@code layers}. */
    public static JsonFieldException badRequest(ModelException e, JsonNode layers) {
        if (e.layerIndex() == 0) {
            String path = Set.of("bytesPerValue", "batchSize", "input", "layers").contains(e.field())
                    ? "$." + e.field() : "$";
            return new JsonFieldException(path, sentence(e.getMessage()));
        }
        String path = "$.layers[" + (e.layerIndex() - 1) + "]";
        JsonNode layer = layers == null ? null : layers.get(e.layerIndex() - 1);
        if (layer != null && e.field() != null && layer.has(e.field())) {
            path += "." + e.field();
        }
        return new JsonFieldException(path, sentence(e.getMessage()));
    }

    private static Layer layer(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFieldException(path, "Each layer must be a JSON object with a type.");
        }
        JsonNode typeNode = node.get("type");
        String types = String.join(", ", LayerKinds.types());
        if (typeNode == null || !typeNode.isTextual()) {
            throw new JsonFieldException(path + ".type", "The layer at " + path + " needs a type, one of "
                    + types + ".");
        }
        String type = typeNode.asText();
        LayerKind kind = LayerKinds.of(type).orElseThrow(() -> new JsonFieldException(path + ".type",
                "The layer type \"" + type + "\" is unknown; use one of " + types + "."));
        Set<String> own = kind.fields().stream().map(LayerField::name).collect(Collectors.toSet());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!COMMON.contains(field) && !own.contains(field)) {
                throw new JsonFieldException(path + "." + field, "The field " + field + " is not a field of "
                        + type + (own.isEmpty() ? "." : "; it takes " + String.join(", ", own.stream().sorted().toList())
                        + "."));
            }
        }
        Fields f = new Fields(node, path);
        String name = f.optionalText("name");
        String from = f.optionalText("from");
        // every layer may say its activation; only the kinds that have one keep it
        Activation activation = f.activation("activation", kind.activated() == LayerKind.Activated.REQUIRED);
        if (!kind.takesFrom() && from != null) {
            String branches = kind.fields().stream().filter(x -> x.type() == FieldType.LAYERS).findFirst()
                    .orElseThrow().name();
            throw new JsonFieldException(path + ".from", "An " + type + " layer names its branches in "
                    + branches + ", not in from.");
        }
        LayerValues values = new LayerValues(name, from, kind.activated() == LayerKind.Activated.NO ? null
                : activation);
        for (LayerField field : kind.fields()) {
            values.with(field.name(), f.value(field, values));
        }
        try {
            return kind.build(values);
        } catch (LayerException e) {
            throw new JsonFieldException(path + "." + e.field(), sentence(e.getMessage()));
        }
    }

    private static Shape shape(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new JsonFieldException("$.input", "The field input is missing: give [height, width, channels].");
        }
        if (!node.isArray() || (node.size() != 3 && node.size() != 1)) {
            throw new JsonFieldException("$.input",
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

        /** A field's value as its type reads it, or its fallback; {@code earlier} holds the fields read before. */
        Object value(LayerField field, LayerValues earlier) {
            String name = field.name();
            return switch (field.type()) {
                case COUNT -> positive(name);
                case WINDOW -> window(name, field.sameAs() != null ? earlier.window(field.sameAs())
                        : (Window) field.fallback());
                case PADDING -> Padding.parse(JsonInput.choice(node, name, path, PADDINGS,
                        ((Padding) field.fallback()).key()));
                case FLAG -> bool(name, (Boolean) field.fallback());
                case FRACTION -> fraction(name);
                case NUMBER -> {
                    optionalNumber(name);
                    yield field.fallback();
                }
                case LAYERS -> names(name);
            };
        }

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

        boolean bool(String field, boolean fallback) {
            return JsonInput.bool(node, field, path, fallback);
        }

        Activation activation(String field, boolean required) {
            return Activation.parse(JsonInput.choice(node, field, path, ACTIVATIONS,
                    required ? null : Activation.LINEAR.key()));
        }

        /** A number from 0 up to, not including, 1: a dropout rate. */
        double fraction(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw missing(field, "a number from 0 up to (not including) 1");
            }
            if (!value.isNumber() || !FieldType.FRACTION.accepts(value.asDouble())) {
                throw new JsonFieldException(path + "." + field, "The field " + field
                        + " must be a number from 0 up to (not including) 1, got " + JsonInput.show(value) + ".");
            }
            return value.asDouble();
        }

        void optionalNumber(String field) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isNumber()) {
                throw new JsonFieldException(path + "." + field,
                        "The field " + field + " must be a number, got " + JsonInput.show(value) + ".");
            }
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new JsonFieldException(path + "." + field,
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
                throw new JsonFieldException(path + "." + field,
                        "The field " + field + " must list two or more layer names, got " + JsonInput.show(value) + ".");
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw new JsonFieldException(path + "." + field + "[" + i + "]",
                            "Each entry of " + field + " must be a layer name, got " + JsonInput.show(value.get(i)) + ".");
                }
                names.add(value.get(i).asText());
            }
            return names;
        }

        private JsonFieldException missing(String field, String what) {
            return new JsonFieldException(path + "." + field,
                    "The field " + field + " is missing at " + path + ": give " + what + ".");
        }
    }
}
