package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over a real port, through Tomcat and Spring Security (which MockMvc skips): whatever the
 * Accept, the Content-Type, the path or the method, an /api request gets JSON — its answer, or
 * the contract's error with {@code error} and {@code path} — never a redirect to the login page,
 * never an HTML page, never a 5xx.
 */
@StrideTest
class ApiAnswersJsonOverHttpTest {

    /** One small valid body per endpoint. */
    static final Map<String, String> BODIES = Map.of(
            "/api/v1/engine/summary", "{\"input\":[8,8,3],\"layers\":[{\"type\":\"conv2d\",\"filters\":2,\"kernel\":3}]}",
            "/api/v1/runtime/conv2d", "{\"input\":[[[1]]],\"kernel\":[[[[2]]]]}",
            "/api/v1/runtime/pool", "{\"input\":[[[1]]],\"mode\":\"max\",\"pool\":1}",
            "/api/v1/runtime/globalavgpool", "{\"input\":[[[1]]]}",
            "/api/v1/runtime/batchnorm", "{\"x\":[[1],[3]],\"gamma\":[1],\"beta\":[0]}",
            "/api/v1/runtime/iou", "{\"a\":{\"x\":1,\"y\":1,\"w\":1,\"h\":1},\"b\":{\"x\":1,\"y\":1,\"w\":1,\"h\":1}}",
            "/api/v1/runtime/nms", "{\"boxes\":[{\"x\":1,\"y\":1,\"w\":1,\"h\":1}],\"scores\":[0.5]}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    QuestionBank bank;

    private RawHttp.Response post(String target, List<String> headers, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost");
        headers.forEach(h -> head.append("\r\n").append(h));
        head.append("\r\nContent-Length: ").append(bytes.length);
        return RawHttp.send(port, head.toString(), bytes);
    }

    static Stream<Arguments> everyEndpointWithEveryAccept() {
        List<String> accepts = List.of("Accept: text/html", "Accept: */*", "", "Accept: bogus",
                "Accept: application/xml", "Accept: text/html;q=0.9, */*;q=0.1", "Accept: image/png");
        return BODIES.keySet().stream().flatMap(endpoint -> accepts.stream().map(a -> Arguments.of(endpoint, a)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("everyEndpointWithEveryAccept")
    void anyAcceptHeaderGetsTheAnswerInJson(String endpoint, String accept) throws IOException {
        List<String> headers = accept.isEmpty() ? List.of("Content-Type: application/json")
                : List.of("Content-Type: application/json", accept);
        RawHttp.Response answer = post(endpoint, headers, BODIES.get(endpoint));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(answer.body()).isObject()).isTrue();
    }

    static Stream<Arguments> everyEndpointWithAnyType() {
        List<String> types = List.of("Content-Type: */*", "Content-Type: application/*", "",
                "Content-Type: application/json; charset=UTF-8", "Content-Type: application/problem+json");
        return BODIES.keySet().stream().flatMap(endpoint -> types.stream().map(t -> Arguments.of(endpoint, t)));
    }

    /** These answered 500 on every endpoint: a wildcard says "any type", and JSON is one. */
    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("everyEndpointWithAnyType")
    void aWildcardOrMissingContentTypeIsReadAsJson(String endpoint, String type) {
        RawHttp.Response answer = post(endpoint, type.isEmpty() ? List.of() : List.of(type), BODIES.get(endpoint));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            multipart/form-data; boundary=XyZ
            application/x-www-form-urlencoded
            text/plain
            text/html
            bogus
            foo/bar
            application/json; charset=bogus
            application/xml
            """)
    void anotherContentTypeIsAJsonError(String type) throws IOException {
        for (String endpoint : BODIES.keySet()) {
            String body = type.startsWith("multipart") ? "--XyZ\r\nContent-Disposition: form-data; name=\"input\"\r\n\r\n"
                    + BODIES.get(endpoint) + "\r\n--XyZ--\r\n" : BODIES.get(endpoint);
            isAJsonError(post(endpoint, List.of("Content-Type: " + type, "Accept: text/html"), body), 400);
        }
    }

    /**
     * Paths and methods that Tomcat, Spring Security's firewall or the endpoints refuse, each sent
     * with a browser's Accept header, which once earned a redirect to the login page.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', textBlock = """
            POST /api/v1/runtime/pool;jsessionid=ABC123 400
            POST /api/v1/engine/summary;jsessionid=ABC123 400
            POST /api/v1/../v1/runtime/pool 400
            POST /api/../login 400
            GET /api/../ 400
            POST //api/v1/runtime/pool 400
            POST /api//v1/runtime/pool 400
            POST /api/v1/runtime/%2e%2e/runtime/pool 400
            POST /api/v1/runtime/%2E%2E/runtime/pool 400
            POST /api/v1/runtime/pool%00 400
            GET /api/%00 400
            POST /api/v1/runtime/po%2Fol 400
            POST /api/v1/runtime/po%5Col 400
            POST /api/v1/runtime/po%25ol 400
            POST /api/v1/runtime/po%zzol 400
            GET /api/v1/%0d%0aSet-Cookie:x=1 400
            GET /api/v1/a|b 400
            GET /api/v1/{x} 400
            GET /api/v1/a\\b 400
            GET /api/v1/x?y=%zz 404
            GET /api/nothing 404
            POST /api/v1/runtime/nope 404
            GET /api 404
            GET /api/ 404
            OPTIONS /api/nothing 404
            OPTIONS /api 404
            GET /api/v1/engine/summary 405
            PUT /api/v1/runtime/conv2d 405
            DELETE /api/v1/runtime/pool 405
            PATCH /api/v1/runtime/nms 405
            TRACE /api/v1/engine/summary 405
            FOO /api/v1/engine/summary 400
            CONNECT /api/v1/engine/summary 405
            """)
    void aRefusedPathOrMethodIsAJsonError(String method, String target, int status) throws IOException {
        isAJsonError(RawHttp.send(port, method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html"),
                status);
    }

    /** OPTIONS on an endpoint says what it answers; on a path no endpoint has, it is a 404 like any other. */
    @Test
    void optionsOnAnEndpointListsItsMethods() throws IOException {
        RawHttp.Response answer = RawHttp.send(port, "OPTIONS /api/v1/runtime/pool HTTP/1.1\r\nHost: localhost");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Allow")).contains("POST");
        assertThat(answer.header("Allow")).doesNotContain("GET");
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(answer.body()).path("allow").toString()).contains("POST");
    }

    @Test
    void aRequestLineOrHeaderTooLongForTomcatIsAJsonError() throws IOException {
        isAJsonError(RawHttp.send(port, "GET /api/v1/" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost"), 400);
        isAJsonError(RawHttp.send(port, "GET /api/v1/x HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(9_000)),
                400);
        isAJsonError(RawHttp.send(port, "GET /api/v1/x HTTP/9.9\r\nHost: localhost"), 400);
    }

    @Test
    void aBodyOverOneMebibyteIsTheContractsJson400OverTheWire() throws IOException {
        byte[] twoMebibytes = " ".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response declared = RawHttp.send(port, "POST /api/v1/engine/summary HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + twoMebibytes.length, twoMebibytes);
        isAJsonError(declared, 400);
        assertThat(declared.body()).contains("larger than 1 MiB");

        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            chunks.append("10000\r\n").append(" ".repeat(0x10000)).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        RawHttp.Response chunked = RawHttp.send(port, "POST /api/v1/engine/summary HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked",
                chunks.toString().getBytes(StandardCharsets.US_ASCII));
        isAJsonError(chunked, 400);
        assertThat(chunked.body()).contains("larger than 1 MiB");
    }

    @Test
    void theApiStartsNoSession() {
        RawHttp.Response answer = post("/api/v1/runtime/pool", List.of("Content-Type: application/json"),
                BODIES.get("/api/v1/runtime/pool"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    /** The exercise endpoints, as a browser or a script calls them: JSON, no session, the contract's errors. */
    @Test
    void theExerciseEndpointsAnswerJsonOverTheWire() throws IOException {
        String browser = " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html";
        RawHttp.Response templates = RawHttp.send(port, "GET /api/v1/templates?lang=nl" + browser);
        assertThat(templates.status()).as(templates.body()).isEqualTo(200);
        assertThat(templates.header("Content-Type")).startsWith("application/json");
        assertThat(templates.header("Set-Cookie")).isNull();
        assertThat(JSON.readTree(templates.body()).path("templates").size()).isEqualTo(bank.templates().size());

        RawHttp.Response exercise = RawHttp.send(port, "GET /api/v1/exercises/conv-params-rgb?seed=42&lang=nl" + browser);
        assertThat(exercise.status()).as(exercise.body()).isEqualTo(200);
        assertThat(JSON.readTree(exercise.body()).path("prompt").asText()).startsWith("Een kleurenafbeelding");

        String version = bank.version("conv-params-rgb").orElseThrow();
        RawHttp.Response graded = post("/api/v1/exercises/conv-params-rgb/42/grade", List.of("Accept: text/html"),
                "{\"version\": \"" + version + "\", \"answers\": {\"params\": \"1\"}}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        assertThat(graded.header("Set-Cookie")).isNull();
        assertThat(JSON.readTree(graded.body()).path("parts").path(0).path("outcome").asText()).isEqualTo("wrong");

        isAJsonError(RawHttp.send(port, "GET /api/v1/exercises/nothing-like-it?seed=1" + browser), 404);
        isAJsonError(post("/api/v1/exercises/conv-params-rgb/42/grade", List.of(),
                "{\"version\": \"00000000\", \"answers\": {\"params\": \"1\"}}"), 410);
        isAJsonError(RawHttp.send(port, "GET /api/v1/exercises/conv-params-rgb?seed=-3" + browser), 400);
        isAJsonError(RawHttp.send(port, "GET /api/v1/exercises/conv-params-rgb/42/grade" + browser), 405);
        isAJsonError(RawHttp.send(port, "DELETE /api/v1/templates" + browser), 405);
        RawHttp.Response options = RawHttp.send(port, "OPTIONS /api/v1/templates HTTP/1.1\r\nHost: localhost");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).contains("GET").doesNotContain("POST");
        RawHttp.Response head = RawHttp.send(port, "HEAD /api/v1/templates HTTP/1.1\r\nHost: localhost");
        assertThat(head.status()).isEqualTo(200);
    }

    private static void isAJsonError(RawHttp.Response answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.headers() + " " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Location")).as("a redirect").isNull();
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/json");
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.path("error").asText()).as(answer.body()).isNotBlank();
        assertThat(error.path("path").asText()).as(answer.body()).startsWith("$");
    }
}
