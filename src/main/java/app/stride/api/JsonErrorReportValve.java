package app.stride.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report, for requests it refuses before any filter sees them (a %00 or an
 * encoded slash in the path, a character a URL may not hold, headers too large): JSON for an
 * /api path, or for a request line too broken to tell (there an unknown method is a 405, not a
 * 501, and an unknown HTTP version a 400, not a 505); Tomcat's page, without the report or
 * the server's version, for the rest.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        boolean unreadable = uri == null || !uri.startsWith("/");
        if (!unreadable && !ApiPaths.isApiUri(uri)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        // a method (CONNECT) or an HTTP version Tomcat does not speak is the caller's mistake, not the server's
        if (status == 501 || status == 505) {
            status = status == 501 ? 405 : 400;
            response.setStatus(status);
        }
        try {
            response.setContentType(JsonErrors.CONTENT_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(JsonErrors.body(JsonErrors.sentence(status, request.getMethod(),
                        uri == null ? "" : uri), "$"), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already on its way: nothing more can be said
        }
    }
}
