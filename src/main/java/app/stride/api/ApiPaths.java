package app.stride.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are the JSON API's: those whose path, as sent or as decoded, is /api or lies
 * under it. Both are asked because a path like /api/../login or /api;x=1 decodes to something
 * else, and its caller still expects JSON.
 */
final class ApiPaths {

    static final String PREFIX = "/api";

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return isApiUri(strip(request.getRequestURI(), context)) || isApiUri(decodedPath(request));
    }

    /** The path as sent, without its context path: /api, /api/..., /api;... are the API's. */
    static boolean isApiUri(String uri) {
        if (uri == null) {
            return false;
        }
        String path = uri;
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/") || path.startsWith(PREFIX + ";")
                || path.startsWith(PREFIX + "?");
    }

    /** The decoded, normalized path within the application, as the endpoints are mapped. */
    static String decodedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        return servletPath + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static String strip(String uri, String context) {
        return uri != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
