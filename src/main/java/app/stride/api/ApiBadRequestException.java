package app.stride.api;

import app.stride.modeljson.JsonFieldException;

/** A request the caller must fix; answered with HTTP 400 and the JSON path it names. */
public class ApiBadRequestException extends JsonFieldException {

    public ApiBadRequestException(String path, String message) {
        super(path, message);
    }
}
