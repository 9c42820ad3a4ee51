package app.stride.engine;

/**
 * A model that cannot be computed, with a message that names the layer, the field and the
 * reason: "layer 3 (conv2d): kernel 7 is larger than its 5×5 input with valid padding".
 * {@code layerIndex} counts from 1; 0 means the model's input or its settings.
 */
public class ModelException extends RuntimeException {

    private final int layerIndex;
    private final String field;
    private final String reason;

    public ModelException(int layerIndex, String layerType, String field, String reason) {
        super(layerIndex == 0 ? reason : "layer " + layerIndex + " (" + layerType + "): " + reason);
        this.layerIndex = layerIndex;
        this.field = field;
        this.reason = reason;
    }

    public int layerIndex() {
        return layerIndex;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
