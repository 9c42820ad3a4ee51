package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.modeljson.JsonFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime endpoints answer each request of {@code runtime-requests.txt} ("op|body", one a
 * line) as the line of {@code runtime-answers.txt} says: the path and sentence of the 400, or the
 * result. The answers were recorded before the controller left the checking of shapes, biases,
 * scores and boxes to the runtime's ops. Two answers changed on purpose: the negative moving
 * variance's sentence names the field as the runtime does ("movingVariance[1]", not
 * "$.movingVariance[1]"), and NMS writes each suppressed box as the contract does, index first
 * (the order used to change from one start of the server to the next).
 */
class RuntimeAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RuntimeController controller = new RuntimeController(new ApiBulkhead());

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = RuntimeAnswersTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private String answer(String op, JsonNode body) throws IOException {
        try {
            Object result = switch (op) {
                case "conv2d" -> controller.conv2d(body);
                case "pool" -> controller.pool(body);
                case "globalavgpool" -> controller.globalAvgPool(body);
                case "batchnorm" -> controller.batchNorm(body);
                case "iou" -> controller.iou(body);
                case "nms" -> controller.nms(body);
                default -> throw new IllegalArgumentException(op);
            };
            return "OK " + JSON.writeValueAsString(result);
        } catch (JsonFieldException e) {
            return "400 " + e.path() + " | " + e.getMessage();
        }
    }

    @Test
    void everyRequestIsAnsweredAsBefore() throws IOException {
        List<String> requests = lines("runtime-requests.txt");
        List<String> answers = lines("runtime-answers.txt");
        assertThat(requests).hasSameSizeAs(answers);
        List<String> actual = new ArrayList<>();
        for (String request : requests) {
            int bar = request.indexOf('|');
            actual.add(answer(request.substring(0, bar), JSON.readTree(request.substring(bar + 1))));
        }
        assertThat(actual).containsExactlyElementsOf(answers);
    }
}
