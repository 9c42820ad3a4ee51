package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Every endpoint, over a real port, with extreme values in every field (see {@link HostileJson}):
 * each request is answered within 2 s, never with a 5xx; every error is the contract's JSON with
 * {@code error} and {@code path}; and a 200 holds no number that is not finite. The app is the
 * one {@link ApiAnswersJsonOverHttpTest} runs, taken from Spring's test context cache (jqwik has
 * no Spring extension), so a full test run starts it once.
 */
class ApiExtremeValuesProperties {

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);
    /** Fields that echo what the caller named, where "NaN" is a name and not a number. */
    private static final Set<String> NAMES = Set.of("name", "type");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpClient http;
    private static String base;

    @BeforeContainer
    static void start() {
        ApplicationContext app = new TestContextManager(ApiAnswersJsonOverHttpTest.class).getTestContext()
                .getApplicationContext();
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newBuilder().connectTimeout(ANSWERED_WITHIN).build();
    }

    @Property(tries = 300)
    void summary(@ForAll("summaries") String body) {
        answersSafely("/api/v1/engine/summary", body);
    }

    @Property(tries = 250)
    void conv2d(@ForAll("conv2ds") String body) {
        answersSafely("/api/v1/runtime/conv2d", body);
    }

    @Property(tries = 250)
    void pool(@ForAll("pools") String body) {
        answersSafely("/api/v1/runtime/pool", body);
    }

    @Property(tries = 100)
    void globalAveragePool(@ForAll("globalAvgPools") String body) {
        answersSafely("/api/v1/runtime/globalavgpool", body);
    }

    @Property(tries = 200)
    void batchNorm(@ForAll("batchNorms") String body) {
        answersSafely("/api/v1/runtime/batchnorm", body);
    }

    @Property(tries = 150)
    void iou(@ForAll("ious") String body) {
        answersSafely("/api/v1/runtime/iou", body);
    }

    @Property(tries = 150)
    void nms(@ForAll("nmss") String body) {
        answersSafely("/api/v1/runtime/nms", body);
    }

    @Property(tries = 150)
    void malformedBodies(@ForAll("endpoints") String endpoint, @ForAll("malformed") String body) {
        answersSafely(endpoint, body);
    }

    private void answersSafely(String endpoint, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + endpoint)).timeout(ANSWERED_WITHIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError(endpoint + " did not answer within " + ANSWERED_WITHIN + ": " + shortly(body), e);
        } catch (IOException e) {
            throw new AssertionError(endpoint + " failed: " + e + " for " + shortly(body), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        int status = response.statusCode();
        assertThat(status).as("%s %s", endpoint, shortly(body)).isLessThan(500);
        JsonNode answer = parse(response.body(), endpoint, body);
        if (status == 200) {
            assertFinite(answer, "$", endpoint, body);
        } else {
            assertThat(answer.path("error").isTextual() && !answer.path("error").asText().isBlank())
                    .as("an error sentence in %s for %s", response.body(), shortly(body)).isTrue();
            assertThat(answer.path("path").asText()).as("a JSON path in %s", response.body()).startsWith("$");
        }
    }

    private static JsonNode parse(String text, String endpoint, String body) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return fail("%s answered no JSON (%s) for %s", endpoint, shortly(text), shortly(body));
        }
    }

    private static void assertFinite(JsonNode node, String path, String endpoint, String body) {
        if (node.isNumber()) {
            assertThat(Double.isFinite(node.asDouble())).as("%s of %s is %s for %s", path, endpoint, node,
                    shortly(body)).isTrue();
        } else if (node.isTextual()) {
            assertThat(node.asText()).as("%s of %s for %s", path, endpoint, shortly(body))
                    .isNotIn("NaN", "Infinity", "-Infinity");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertFinite(node.get(i), path + "[" + i + "]", endpoint, body);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!NAMES.contains(field.getKey())) {
                    assertFinite(field.getValue(), path + "." + field.getKey(), endpoint, body);
                }
            }
        }
    }

    private static String shortly(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " characters)";
    }

    @Provide
    Arbitrary<String> summaries() {
        return Arbitraries.randomValue(random -> new HostileJson(random).summary());
    }

    @Provide
    Arbitrary<String> conv2ds() {
        return Arbitraries.randomValue(random -> new HostileJson(random).conv2d());
    }

    @Provide
    Arbitrary<String> pools() {
        return Arbitraries.randomValue(random -> new HostileJson(random).pool());
    }

    @Provide
    Arbitrary<String> globalAvgPools() {
        return Arbitraries.randomValue(random -> new HostileJson(random).globalAvgPool());
    }

    @Provide
    Arbitrary<String> batchNorms() {
        return Arbitraries.randomValue(random -> new HostileJson(random).batchNorm());
    }

    @Provide
    Arbitrary<String> ious() {
        return Arbitraries.randomValue(random -> new HostileJson(random).iou());
    }

    @Provide
    Arbitrary<String> nmss() {
        return Arbitraries.randomValue(random -> new HostileJson(random).nms());
    }

    @Provide
    Arbitrary<String> malformed() {
        return Arbitraries.randomValue(random -> new HostileJson(random).malformed());
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of("/api/v1/engine/summary", "/api/v1/runtime/conv2d", "/api/v1/runtime/pool",
                "/api/v1/runtime/globalavgpool", "/api/v1/runtime/batchnorm", "/api/v1/runtime/iou",
                "/api/v1/runtime/nms");
    }
}
