package app.stride.api;

import java.io.IOException;

/** Raised while reading a request body that goes past the API's limit. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The body is larger than " + limit / 1024 / 1024 + " MiB.");
    }

    ApiBadRequestException asBadRequest() {
        return new ApiBadRequestException("$", getMessage());
    }
}
