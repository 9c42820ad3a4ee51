package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.stride.StrideTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Thousands of random, mostly malformed bodies against every endpoint: each is answered with
 * 200 or a 400 that names a path — never a 500.
 */
@StrideTest
class ApiNeverFailsTest {

    private static final List<String> ENDPOINTS = List.of("/api/v1/engine/summary", "/api/v1/runtime/conv2d",
            "/api/v1/runtime/pool", "/api/v1/runtime/globalavgpool", "/api/v1/runtime/batchnorm",
            "/api/v1/runtime/iou", "/api/v1/runtime/nms");
    private static final List<String> KEYS = List.of("input", "layers", "type", "filters", "kernel", "stride",
            "padding", "pool", "units", "rate", "from", "inputs", "name", "bias", "mode", "x", "gamma", "beta",
            "epsilon", "momentum", "movingMean", "movingVariance", "training", "a", "b", "boxes", "scores",
            "iouThreshold", "scoreThreshold", "maxOutput", "bytesPerValue", "batchSize", "x1", "y1", "x2", "y2",
            "w", "h", "y", "activation", "useBias");
    private static final List<String> WORDS = List.of("conv2d", "maxpool2d", "avgpool2d", "dense", "add", "flatten",
            "batchnorm", "dropout", "globalavgpool2d", "activation", "same", "valid", "max", "avg", "relu", "input");

    @Autowired
    MockMvc mvc;

    @Test
    void randomBodiesGetA200OrANamed400() throws Exception {
        Random random = new Random(20261129);
        for (int i = 0; i < 3000; i++) {
            String endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            String body = value(random, 0);
            MvcResult result = mvc.perform(post(endpoint).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn();
            int status = result.getResponse().getStatus();
            assertThat(status).as(endpoint + " " + body).isIn(200, 400);
            if (status == 400) {
                assertThat(result.getResponse().getContentAsString()).as(body).contains("\"path\":\"$");
            }
        }
    }

    private static String value(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 4 : 7);
        return switch (kind) {
            case 0 -> String.valueOf(r.nextInt(7) - 2);
            case 1 -> r.nextBoolean() ? "0.5" : String.valueOf(r.nextInt(300));
            case 2 -> "\"" + WORDS.get(r.nextInt(WORDS.size())) + "\"";
            case 3 -> r.nextBoolean() ? "null" : "true";
            case 4, 5 -> {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                String element = value(r, depth + 1);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append(r.nextInt(4) == 0 ? value(r, depth + 1) : element);
                }
                yield b.append("]").toString();
            }
            default -> {
                StringBuilder b = new StringBuilder("{");
                int n = 1 + r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append('"').append(KEYS.get(r.nextInt(KEYS.size()))).append("\":")
                            .append(value(r, depth + 1));
                }
                yield b.append("}").toString();
            }
        };
    }
}
