package app.stride.modeljson;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.ModelException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model reader answers each request of {@code model-json-requests.txt} (one a line: a bad
 * field of every kind, for every layer type, and a model of every type) exactly as the line of
 * {@code model-json-answers.txt} says: the path and sentence of its 400, or the model written
 * back. The answers were recorded from the reader before its layer types moved into the
 * engine's registry, and pin that nothing a caller sees changed.
 */
class ModelJsonAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = ModelJsonAnswersTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static String answer(JsonNode body) {
        try {
            ModelJson.Request r = ModelJson.parse(body);
            long params = r.model().summarize(r.bytesPerValue(), r.batchSize()).totalParams();
            return "OK " + ModelJson.write(r.model(), r.bytesPerValue(), r.batchSize()) + " params=" + params;
        } catch (JsonFieldException e) {
            return "400 " + e.path() + " | " + e.getMessage();
        } catch (ModelException e) {
            JsonFieldException bad = ModelJson.badRequest(e, body.get("layers"));
            return "MODEL " + bad.path() + " | " + bad.getMessage();
        }
    }

    @Test
    void everyRequestIsAnsweredAsBefore() throws IOException {
        List<String> requests = lines("model-json-requests.txt");
        List<String> answers = lines("model-json-answers.txt");
        assertThat(requests).hasSameSizeAs(answers);
        List<String> actual = new ArrayList<>();
        for (String request : requests) {
            actual.add(answer(JSON.readTree(request)));
        }
        assertThat(actual).containsExactlyElementsOf(answers);
    }
}
