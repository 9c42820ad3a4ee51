package app.stride.protocol;

import app.stride.protocol.VaadinClientException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The HTTP side of one browser tab: its own {@link HttpClient} (so its own connections), a cookie
 * jar, manual redirects and a hard deadline per request. Failures become
 * {@link VaadinClientException}s of kind NETWORK, TIMEOUT or HTTP.
 */
final class HttpTransport {

    private static final int MAX_REDIRECTS = 10;

    record Response(int status, HttpHeaders headers, String body, URI uri) {

        boolean isRedirect() {
            return status >= 300 && status < 400 && location().isPresent();
        }

        Optional<String> location() {
            return headers.firstValue("location");
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final CookieJar cookies = new CookieJar();
    /** Sent with every request, as a browser extension or a tampering client would add them. */
    private final Map<String, String> alwaysSent = new LinkedHashMap<>();
    private int requestCount;
    private Consumer<String> trace;

    HttpTransport(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                // redirects are followed by hand: a login must see its 302 and the cookie of each hop
                .followRedirects(HttpClient.Redirect.NEVER)
                // plain HTTP/1.1 as the JS client; no h2c upgrade dance with Tomcat
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                // the app is local: an http.proxyHost of the build machine must not get in between
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    CookieJar cookies() {
        return cookies;
    }

    void sendAlways(String name, String value) {
        alwaysSent.put(name, value);
    }

    int requestCount() {
        return requestCount;
    }

    /** Receives a line per exchange (and the bodies) while debugging; null turns it off. */
    void trace(Consumer<String> sink) {
        this.trace = sink;
    }

    private void trace(String what, String requestBody, long startNanos, String outcome, String responseBody) {
        if (trace == null) {
            return;
        }
        trace.accept(what + " -> " + outcome + " " + (System.nanoTime() - startNanos) / 1_000_000 + " ms");
        if (requestBody != null) {
            trace.accept("  > " + requestBody);
        }
        if (responseBody != null) {
            trace.accept("  < " + (responseBody.length() > 4000 ? responseBody.substring(0, 4000) + "..." : responseBody));
        }
    }

    /** One exchange, redirects not followed. {@code body} null sends none. */
    Response send(String method, URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        alwaysSent.forEach(request::header);
        headers.forEach(request::header);
        cookies.header().ifPresent(cookie -> request.header("Cookie", cookie));
        requestCount++;
        String what = method + " " + pathAndQuery(uri);
        long start = System.nanoTime();
        try {
            Response response = exchange(request.build(), what, uri);
            trace(what, body, start, String.valueOf(response.status()), response.body());
            return response;
        } catch (VaadinClientException e) {
            trace(what, body, start, e.getMessage(), null);
            throw e;
        }
    }

    private Response exchange(HttpRequest request, String what, URI uri) {
        CompletableFuture<HttpResponse<String>> pending =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            // HttpRequest.timeout only covers the wait for the response headers; this deadline
            // also covers a body that stops halfway (a server frozen or killed mid-response)
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new VaadinClientException(Kind.TIMEOUT, what + ": no complete response within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new VaadinClientException(Kind.NETWORK, what + ": interrupted", e);
        } catch (ExecutionException e) {
            throw transportFailure(what, e.getCause());
        }
        cookies.store(response.headers().allValues("set-cookie"));
        return new Response(response.statusCode(), response.headers(), response.body(), uri);
    }

    private VaadinClientException transportFailure(String what, Throwable cause) {
        if (cause instanceof HttpTimeoutException) { // also HttpConnectTimeoutException
            return new VaadinClientException(Kind.TIMEOUT, what + ": " + cause, cause);
        }
        if (cause instanceof IOException) {
            return new VaadinClientException(Kind.NETWORK, what + ": " + cause, cause);
        }
        return new VaadinClientException(Kind.PROTOCOL, what + ": " + cause, cause);
    }

    /** GET that follows redirects like a browser; the response's uri is the final URL. */
    Response get(URI uri, String accept) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Response response = send("GET", current, Map.of("Accept", accept), null);
            if (!response.isRedirect()) {
                return response;
            }
            current = current.resolve(response.location().orElseThrow());
        }
        throw new VaadinClientException(Kind.HTTP, "more than " + MAX_REDIRECTS + " redirects from " + uri);
    }

    static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
