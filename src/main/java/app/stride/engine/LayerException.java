package app.stride.engine;

import java.util.List;

/**
 * A layer's settings do not fit its input; names the field. The model adds which layer. The
 * code and arguments let a view say the same in the user's language.
 */
public class LayerException extends RuntimeException {

    private final String field;
    private final String code;
    private final List<Object> args;

    public LayerException(String field, String code, String message, Object... args) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = List.of(args);
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
