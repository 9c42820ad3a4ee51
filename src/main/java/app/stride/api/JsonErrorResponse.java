package app.stride.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An /api response on which {@code sendError} writes the contract's JSON error instead of
 * leaving it to the container, whose error page is HTML (or, through the app's error view, a
 * redirect to the login page).
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    JsonErrorResponse(HttpServletResponse response, HttpServletRequest request) {
        super(response);
        this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
        refuse(status, JsonErrors.sentence(status, request.getMethod(), request.getRequestURI()));
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        // the message is the refuser's wording, sometimes with the caller's input: one of ours instead
        sendError(status);
    }

    /** Answers {@code status} with {"error": error, "path": "$"}, unless an answer is already on its way. */
    void refuse(int status, String error) throws IOException {
        if (isCommitted()) {
            return;
        }
        resetBuffer();
        setStatus(status);
        setContentType(JsonErrors.CONTENT_TYPE);
        setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = JsonErrors.body(error, "$");
        setContentLength(body.length);
        try {
            getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
        flushBuffer();
    }
}
