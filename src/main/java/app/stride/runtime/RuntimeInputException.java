package app.stride.runtime;

/** Inputs that an op cannot run on (a channel mismatch, a window larger than the image). */
public class RuntimeInputException extends RuntimeException {

    private final String field;

    public RuntimeInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
