package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The API's messages and worked solution in the exercise's own words and the language's number format. */
@StrideTest
class ExerciseApiMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;

    private JsonNode grade(String template, long seed, String lang, String answers) throws Exception {
        String body = "{\"lang\": \"" + lang + "\", \"version\": \"" + bank.version(template).orElseThrow()
                + "\", \"answers\": " + answers + "}";
        String text = mvc.perform(post("/api/v1/exercises/" + template + "/" + seed + "/grade")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(text);
    }

    @Test
    void aWrongOptionsMessageSaysWhyItIsWrong() throws Exception {
        JsonNode part = grade("concept-pooling-params", 1, "en", "{\"answer\": \"four\"}").get("parts").get(0);
        assertThat(part.get("outcome").asText()).isEqualTo("wrong");
        assertThat(part.get("misconception").isNull()).isTrue();
        assertThat(part.get("message").asText()).startsWith("A max pool has no weights for its window positions");
        JsonNode right = grade("concept-pooling-params", 1, "nl", "{\"answer\": \"none\"}").get("parts").get(0);
        assertThat(right.get("message").isNull()).isTrue();
    }

    @Test
    void aDutchWorkedSolutionGroupsWithADotAsItsKeyDoes() throws Exception {
        Exercise e = bank.generate("conv-params-rgb", 42);
        long params = e.expected("params").number().longValueExact();
        JsonNode graded = grade("conv-params-rgb", 42, "nl", "{\"params\": \"" + params + "\"}");
        String expected = graded.get("parts").get(0).get("expected").asText();
        assertThat(graded.get("workedSolution").get(0).get("formula").asText()).endsWith("= " + expected);
        assertThat(expected).as("the contract's Dutch example: 1.792").matches(params >= 1000 ? ".*\\..*" : "\\d+");
    }

    @Test
    void aDenseLayersMessageSpeaksOfUnits() throws Exception {
        // fcn-dense-to-conv: (7·7·d + 1)·units; the biases left out is 49·d·units
        Exercise e = bank.generate("fcn-dense-to-conv", 3);
        int d = (Integer) e.params().get("d");
        int units = (Integer) e.params().get("units");
        JsonNode part = grade("fcn-dense-to-conv", 3, "nl", "{\"denseParams\": \"" + (49L * d * units)
                + "\", \"convParams\": \"" + e.expected("convParams").number().toPlainString() + "\"}").get("parts").get(0);
        assertThat(part.get("misconception").asText()).isEqualTo("forgot-bias");
        assertThat(part.get("message").asText()).contains("neuron").doesNotContain("filter");
    }
}
