package app.stride.api;

/** A request the caller must fix; answered with HTTP 400 and the JSON path it names. */
public class ApiBadRequestException extends RuntimeException {

    private final String path;

    public ApiBadRequestException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
