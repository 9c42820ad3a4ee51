package app.stride.engine;

import java.util.List;

/**
 * A model that cannot be computed, with a message that names the layer, the field and the
 * reason: "layer 3 (conv2d): kernel 7 is larger than its 5×5 input with valid padding".
 * {@code layerIndex} counts from 1; 0 means the model's input or its settings. The code and
 * arguments carry the same for translation.
 */
public class ModelException extends RuntimeException {

    private final int layerIndex;
    private final String layerType;
    private final String field;
    private final String code;
    private final List<Object> args;

    public ModelException(int layerIndex, String layerType, String field, String code, List<Object> args,
                          String reason) {
        super(layerIndex == 0 ? reason : "layer " + layerIndex + " (" + layerType + "): " + reason);
        this.layerIndex = layerIndex;
        this.layerType = layerType;
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    static ModelException of(int layerIndex, String layerType, LayerException e) {
        return new ModelException(layerIndex, layerType, e.field(), e.code(), e.args(), e.getMessage());
    }

    public int layerIndex() {
        return layerIndex;
    }

    public String layerType() {
        return layerType;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
