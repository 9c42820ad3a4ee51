package app.stride.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The contract's error body, {"error": ..., "path": ...}, written straight to a response: for the
 * refusals made before any controller runs (the servlet filters, Spring Security, Tomcat itself),
 * where no message converter is at hand.
 */
final class JsonErrors {

    static final String CONTENT_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    static byte[] body(String error, String path) {
        try {
            return JSON.writeValueAsBytes(new ApiError(error, path));
        } catch (IOException e) {
            // two strings always serialize; keep the contract's shape even so
            return "{\"error\":\"Error.\",\"path\":\"$\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    /** One sentence for a refusal by status, for refusals that come without a reason of their own. */
    static String sentence(int status, String method, String path) {
        return switch (status) {
            case 400 -> "The request was refused as malformed: its URL, method or headers are not allowed here "
                    + "(for example ;jsessionid=, %00, an encoded /, \\, % or ., a double slash, /../ or an "
                    + "unknown method).";
            case 401, 403 -> "The JSON API needs no login, but this request was refused: " + method + " " + path + ".";
            case 404 -> "There is no endpoint " + path + ".";
            case 405 -> path + " does not answer " + method + " requests.";
            case 406 -> "The JSON API answers application/json only.";
            case 413 -> "The body is larger than " + ApiRequestGuard.LIMIT / 1024 / 1024 + " MiB.";
            case 414 -> "The URL is too long.";
            case 415 -> "The body must be sent as application/json.";
            case 429 -> ApiBulkhead.ApiBusyException.MESSAGE;
            case 431 -> "The request's headers are too large.";
            default -> status >= 500 ? "The request could not be answered (HTTP " + status + ")."
                    : "The request was refused (HTTP " + status + ").";
        };
    }
}
