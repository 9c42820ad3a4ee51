package app.stride.modeljson;

/**
 * JSON that cannot be read as asked, with the path of the field that is wrong: the API answers
 * it as a 400, the calculator as a message on the model.
 */
public class JsonFieldException extends RuntimeException {

    private final String path;

    public JsonFieldException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
