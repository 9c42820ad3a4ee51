package app.stride.api;

import org.springframework.http.HttpStatus;

/**
 * A request refused with a status other than 400: a template the bank does not serve (404), a
 * version of it that is no longer served (410). Answered with the contract's error body.
 */
class ApiStatusException extends RuntimeException {

    private final HttpStatus status;
    private final String path;

    ApiStatusException(HttpStatus status, String path, String message) {
        super(message);
        this.status = status;
        this.path = path;
    }

    HttpStatus status() {
        return status;
    }

    String path() {
        return path;
    }
}
