package app.stride.calculator;

import app.stride.modeljson.ModelJson;
import app.stride.engine.Model;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The model being edited in the calculator, kept as the API's JSON: input, memory settings
 * and one JSON object per layer. Edits change the JSON; the engine reads it back through the
 * same reader the API uses, so the calculator cannot disagree with the API.
 */
public final class ModelDraft {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private int height;
    private int width;
    private int channels;
    private int bytesPerValue;
    private int batchSize;
    private final List<ObjectNode> layers = new ArrayList<>();

    private ModelDraft() {
    }

    public static ModelDraft of(Model model, int bytesPerValue, int batchSize) {
        return fromJson(ModelJson.write(model, bytesPerValue, batchSize));
    }

    /** A draft from the API's JSON (a link); rejects what is not of that shape. */
    public static ModelDraft fromJson(ObjectNode json) {
        JsonNode input = json.get("input");
        if (input == null || !input.isArray() || input.size() != 3) {
            throw new IllegalArgumentException("the calculator edits image models with input [h, w, c]");
        }
        for (JsonNode size : input) {
            if (!size.isIntegralNumber() || !size.canConvertToInt()) {
                throw new IllegalArgumentException("an input size is a whole number");
            }
        }
        JsonNode layers = json.path("layers");
        if (!layers.isMissingNode() && !layers.isArray()) {
            throw new IllegalArgumentException("layers is a list");
        }
        for (JsonNode layer : layers) {
            if (!layer.isObject()) {
                throw new IllegalArgumentException("each layer is an object");
            }
        }
        ModelJson.Request parsed;
        try {
            parsed = ModelJson.read(json);
        } catch (app.stride.engine.ModelException e) {
            parsed = null;  // a draft may hold a model that does not fit yet: the view says why
        }
        ModelDraft draft = new ModelDraft();
        draft.height = input.get(0).asInt();
        draft.width = input.get(1).asInt();
        draft.channels = input.get(2).asInt();
        // a model that does not fit yet keeps settings the fields can show
        int bytes = json.path("bytesPerValue").asInt(4);
        draft.bytesPerValue = parsed != null ? parsed.bytesPerValue() : List.of(1, 2, 4, 8).contains(bytes) ? bytes : 4;
        draft.batchSize = parsed != null ? parsed.batchSize() : Math.max(1, json.path("batchSize").asInt(1));
        layers.forEach(layer -> draft.layers.add((ObjectNode) layer.deepCopy()));
        return draft;
    }

    public ObjectNode toJson() {
        ObjectNode body = NODES.objectNode();
        body.putArray("input").add(height).add(width).add(channels);
        body.put("bytesPerValue", bytesPerValue);
        body.put("batchSize", batchSize);
        ArrayNode array = body.putArray("layers");
        layers.forEach(layer -> array.add(layer.deepCopy()));
        return body;
    }

    /** A new layer of {@code type} with the settings a student would most likely start from. */
    public static ObjectNode defaultLayer(String type) {
        return ModelJson.starting(type);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    public int bytesPerValue() {
        return bytesPerValue;
    }

    public int batchSize() {
        return batchSize;
    }

    public void setInput(int height, int width, int channels) {
        this.height = height;
        this.width = width;
        this.channels = channels;
    }

    public void setBytesPerValue(int bytesPerValue) {
        this.bytesPerValue = bytesPerValue;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** The layers, live: the editor changes their fields in place. */
    public List<ObjectNode> layers() {
        return Collections.unmodifiableList(layers);
    }

    public void insert(int index, ObjectNode layer) {
        layers.add(index, layer);
    }

    public void remove(int index) {
        layers.remove(index);
    }

    /** Swaps layer {@code index} with its neighbour {@code index + delta}, when there is one. */
    public boolean move(int index, int delta) {
        int other = index + delta;
        if (index < 0 || other < 0 || index >= layers.size() || other >= layers.size()) {
            return false;
        }
        Collections.swap(layers, index, other);
        return true;
    }
}
