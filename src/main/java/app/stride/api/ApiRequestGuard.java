package app.stride.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The first filter an /api request meets, before Spring Security: whatever it carries, it is
 * answered with JSON. A refusal made further on by {@code sendError} (Spring Security's
 * firewall, a servlet's 405) becomes the contract's error body; the Accept header is read as
 * application/json; a body is read as JSON when its type says JSON, any type ({@code *}/{@code *},
 * {@code application/*}) or none, and is a 400 otherwise; and bodies are capped at 1 MiB: a
 * declared larger body is refused before it is read, an undeclared one (chunked) stops being
 * read at the limit. The cap is a 400, as the contract says.
 */
@Configuration
class ApiRequestGuard {

    static final long LIMIT = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestGuard.class);

    @Bean
    FilterRegistrationBean<Filter> apiGuard(ApiBulkhead bulkhead) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if (http.getDispatcherType() == DispatcherType.ERROR) {
                answerErrorDispatch(http, (HttpServletResponse) response, chain);
            } else if (ApiPaths.isApi(http)) {
                guard(http, (HttpServletResponse) response, chain, bulkhead);
            } else {
                chain.doFilter(request, response);
            }
        });
        // every path: /api/../login and //api/... are the API's too, though they do not map to /api/*
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }

    /**
     * Tomcat's own refusals that it forwards to the app's error page (a TRACE, say), whose error
     * view would answer an /api caller with HTML or a login redirect: the JSON error instead.
     */
    private static void answerErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri instanceof String s && s.startsWith(context) ? s.substring(context.length()) : null;
        if (!ApiPaths.isApiUri(path)) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        new JsonErrorResponse(response, request).refuse(status, JsonErrors.sentence(status, request.getMethod(), path));
    }

    private static void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                              ApiBulkhead bulkhead) throws ServletException, IOException {
        if ("TRACE".equals(request.getMethod())) {
            // Tomcat has refused it already (405); its error dispatch, below, answers it
            return;
        }
        JsonErrorResponse json = new JsonErrorResponse(response, request);
        if (request.getContentLengthLong() > LIMIT) {
            json.refuse(HttpServletResponse.SC_BAD_REQUEST, new BodyTooLargeException(LIMIT).getMessage());
            return;
        }
        String contentType;
        try {
            contentType = jsonContentType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            if (hasBody(request)) {
                // the contract's 400 for a bad request, not 415: a caller's mistake in the body is one status
                json.refuse(HttpServletResponse.SC_BAD_REQUEST, "The body must be sent as "
                        + "application/json, not " + request.getContentType() + ".");
                return;
            }
            contentType = request.getContentType();
        }
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (!bulkhead.enterBody(length, chunked)) {
            json.setHeader(HttpHeaders.RETRY_AFTER, "1");
            json.refuse(429, ApiBulkhead.ApiBusyException.MESSAGE);
            return;
        }
        try {
            chain.doFilter(new ApiRequest(request, contentType, LIMIT), json);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("API incident {}", incident, e);
            json.refuse(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal error (incident " + incident + ").");
        } finally {
            bulkhead.leaveBody(length, chunked);
        }
    }

    /**
     * The type the endpoints are shown: application/json for a JSON type, a wildcard or none;
     * {@link InvalidMediaTypeException} for any other (multipart, text/plain, "bogus").
     */
    static String jsonContentType(String header) {
        if (header == null || header.isBlank()) {
            return MediaType.APPLICATION_JSON_VALUE;
        }
        MediaType type = MediaType.parseMediaType(header);
        boolean json = type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardSubtype()
                || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
        if (json) {
            return header;
        }
        if (type.isWildcardType() || "application".equals(type.getType()) && type.isWildcardSubtype()) {
            return type.getCharset() == null ? MediaType.APPLICATION_JSON_VALUE
                    : new MediaType(MediaType.APPLICATION_JSON, type.getCharset()).toString();
        }
        throw new InvalidMediaTypeException(header, "not a JSON type");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
