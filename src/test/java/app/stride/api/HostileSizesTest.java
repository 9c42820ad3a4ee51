package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.stride.StrideTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The bodies of the attack run (issue 12), as reported: sizes near 2^30 and 2^31 and values near
 * the largest double. Each is answered at once, with the engine's shape and finite numbers, or
 * with a 400 that names the field.
 */
@StrideTest
class HostileSizesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    /** A 1×1 image with 16 channels holding 1..16, as in the report. */
    private static final String ONE_PIXEL = "[[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]]]";
    /** A 3×3 single-channel image holding 1..9, row by row. */
    private static final String NINE = "[[[1],[2],[3]],[[4],[5],[6]],[[7],[8],[9]]]";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private Answer call(String op, String body) {
        return assertTimeoutPreemptively(AT_ONCE, () -> {
            MvcResult r = mvc.perform(post("/api/v1/runtime/" + op).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andReturn();
            return new Answer(r.getResponse().getStatus(), json.readTree(r.getResponse().getContentAsString()));
        }, () -> op + " did not answer within " + AT_ONCE + ": " + body);
    }

    private record Answer(int status, JsonNode body) {
    }

    @ParameterizedTest(name = "{0} pooling")
    @ValueSource(strings = {"max", "avg"})
    void aPoolWindowOfTwoToTheThirtyWithSamePaddingCoversTheOnePixel(String mode) {
        Answer a = call("pool", "{\"input\":" + ONE_PIXEL + ",\"mode\":\"" + mode
                + "\",\"pool\":[1073741824,1073741824],\"padding\":\"same\"}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        // the only real value in each channel's window is the pixel itself
        assertThat(a.body().at("/output").toString()).isEqualTo(
                "[[[1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0]]]");
    }

    @Test
    void aPoolWindowOfTwoToTheThirtyWithValidPaddingIsA400NamingThePool() {
        Answer a = call("pool", "{\"input\":" + ONE_PIXEL
                + ",\"mode\":\"max\",\"pool\":[1073741824,1073741824]}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("path").asText()).isEqualTo("$.pool");
    }

    @Test
    void aStrideOfTwoToTheThirtyOneMinusOneGivesOneWindowNotAMillion() {
        Answer a = call("pool", "{\"input\":" + ONE_PIXEL
                + ",\"mode\":\"avg\",\"pool\":1000,\"stride\":2147483647,\"padding\":\"same\"}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().at("/output").toString()).isEqualTo(
                "[[[1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0]]]");
    }

    /** ceil(3 / s) = 1 output row and column for any stride of 3 or more: one window, at the top left. */
    @ParameterizedTest(name = "stride {0}, {1}")
    @CsvSource({"2147483647, same", "2147483646, same", "1073741824, same", "2147483647, valid",
            "1073741825, valid"})
    void stridesNearTwoToTheThirtyOneGiveTheEnginesOneByOneOutput(int stride, String padding) {
        String window = ",\"pool\":2,\"stride\":" + stride + ",\"padding\":\"" + padding + "\"}";
        Answer max = call("pool", "{\"input\":" + NINE + ",\"mode\":\"max\"" + window);
        assertThat(max.status()).as(max.body().toString()).isEqualTo(200);
        assertThat(max.body().at("/output").toString()).isEqualTo("[[[5.0]]]");
        Answer avg = call("pool", "{\"input\":" + NINE + ",\"mode\":\"avg\"" + window);
        assertThat(avg.body().at("/output").toString()).isEqualTo("[[[3.0]]]");
        Answer conv = call("conv2d", "{\"input\":" + NINE + ",\"kernel\":[[[[2]]]],\"stride\":" + stride
                + ",\"padding\":\"" + padding + "\"}");
        assertThat(conv.status()).as(conv.body().toString()).isEqualTo(200);
        assertThat(conv.body().at("/output").toString()).isEqualTo("[[[2.0]]]");
        JsonNode engine = summary("{\"input\":[3,3,1],\"layers\":[{\"type\":\"conv2d\",\"filters\":1,\"kernel\":1,"
                + "\"stride\":" + stride + ",\"padding\":\"" + padding + "\"}]}");
        assertThat(engine.at("/layers/0/outputShape").toString()).isEqualTo("[1,1,1]");
    }

    @Test
    void aProductPastTheLargestDoubleIsA400NotInfinity() {
        Answer a = call("conv2d", "{\"input\":[[[1e308]]],\"kernel\":[[[[1e308]]]]}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        assertThat(a.body().get("error").asText()).contains("output[0][0][0]").contains("too large");
        assertThat(a.body().get("path").asText()).isEqualTo("$.input");
    }

    @Test
    void aSumPastTheLargestDoubleIsA400NotInfinity() {
        Answer a = call("conv2d", "{\"input\":[[[1e308],[1e308]]],\"kernel\":[[[[1]],[[1]]]],\"bias\":[0]}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        assertThat(a.body().get("error").asText()).contains("output[0][0][0]");
    }

    @Test
    void theVarianceOfPlusMinusTenToTheTwoHundredIsA400NamingIt() {
        Answer a = call("batchnorm", "{\"x\":[[1e200],[-1e200]],\"gamma\":[1],\"beta\":[0]}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        assertThat(a.body().get("error").asText()).contains("variance").contains("feature 0");
        assertThat(a.body().get("path").asText()).isEqualTo("$.x");
    }

    @Test
    void theFourPerFeatureVectorsOfABatchNormCountInItsAnswer() {
        // one row of 20,000 features: x̂ and y are 40,000 values, mean, variance and the two moving
        // vectors 80,000 more; 120,000 is over the 100,000 an answer may hold
        int features = 20_000;
        String zeros = "[" + "0,".repeat(features - 1) + "0]";
        String ones = "[" + "1,".repeat(features - 1) + "1]";
        Answer a = call("batchnorm", "{\"x\":[" + zeros + "],\"gamma\":" + ones + ",\"beta\":" + zeros + "}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        assertThat(a.body().get("path").asText()).isEqualTo("$.x");
        assertThat(a.body().get("error").asText()).contains("120000 output values");
    }

    @Test
    void theAverageOfTwoLargestDoublesIsTheLargestDouble() {
        Answer a = call("pool", "{\"input\":[[[1.7e308],[1.7e308]]],\"mode\":\"avg\",\"pool\":[1,2]}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().at("/output/0/0/0").asDouble()).isEqualTo(1.7e308);
        Answer gap = call("globalavgpool", "{\"input\":[[[1.7e308],[1.7e308]]]}");
        assertThat(gap.body().at("/output/0").asDouble()).isEqualTo(1.7e308);
        Answer bn = call("batchnorm", "{\"x\":[[1.7e308],[1.7e308]],\"gamma\":[1],\"beta\":[0]}");
        assertThat(bn.status()).as(bn.body().toString()).isEqualTo(200);
        assertThat(bn.body().at("/mean/0").asDouble()).isEqualTo(1.7e308);
    }

    @Test
    void boxesAsWideAsTheDoublesGiveAFiniteIou() {
        // two boxes side by side, each of width 1.5e308: they touch and do not overlap
        Answer a = call("iou", "{\"a\":{\"x1\":-1.5e308,\"y1\":0,\"x2\":0,\"y2\":1},"
                + "\"b\":{\"x1\":0,\"y1\":0,\"x2\":1.5e308,\"y2\":1}}");
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().get("iou").asDouble()).isEqualTo(0.0);
        // one box holding another of half its width: IoU 1/2
        Answer b = call("iou", "{\"a\":{\"x1\":-1.5e308,\"y1\":-1e300,\"x2\":1.5e308,\"y2\":1e300},"
                + "\"b\":{\"x1\":0,\"y1\":-1e300,\"x2\":1.5e308,\"y2\":1e300}}");
        assertThat(b.status()).as(b.body().toString()).isEqualTo(200);
        assertThat(b.body().get("iou").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            parameters of a conv2d   | {"input":[4,4,1],"layers":[{"type":"conv2d","filters":2147483647,"kernel":[1073741824,1073741824],"padding":"same"}]} | $.layers[0] | parameters
            parameters of the model  | {"input":[2147483647],"layers":[{"type":"dense","units":2147483647},{"type":"dense","units":2147483647},{"type":"dense","units":2147483647}]} | $.layers | total parameters
            the parameter bytes      | {"input":[2147483647],"layers":[{"type":"dense","units":2147483647},{"type":"dense","units":2147483647}]} | $.bytesPerValue | parameter bytes
            the training memory      | {"input":[46341,46341,2],"batchSize":2147483647,"layers":[{"type":"dropout","rate":0.5}]} | $.batchSize | training
            the input bytes          | {"input":[2147483647,2147483647,2147483647],"layers":[]} | $.input | input
            """)
    void anEngineFigureThatOverflowsALongIsA400NamingIt(String what, String body, String path, String word) {
        JsonNode a = assertTimeoutPreemptively(AT_ONCE, () -> json.readTree(mvc.perform(post("/api/v1/engine/summary")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString()));
        assertThat(a.get("path").asText()).as(a.toString()).isEqualTo(path);
        assertThat(a.get("error").asText()).contains(word);
    }

    private JsonNode summary(String body) {
        return assertTimeoutPreemptively(AT_ONCE, () -> json.readTree(mvc.perform(post("/api/v1/engine/summary")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString()));
    }
}
