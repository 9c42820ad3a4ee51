package app.stride.engine;

/** A layer's settings do not fit its input; names the field. The model adds which layer. */
public class LayerException extends RuntimeException {

    private final String field;

    public LayerException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
