package app.stride.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.stride.StrideTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@StrideTest
class EngineApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions summary(String json) throws Exception {
        return mvc.perform(post("/api/v1/engine/summary").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theContractsExampleAnswersTheCoursesFigures() throws Exception {
        summary("""
                {"input": [200, 300, 3], "bytesPerValue": 4, "batchSize": 50, "layers": [
                  {"type": "conv2d", "filters": 100, "kernel": 3, "stride": 2, "padding": "same"},
                  {"type": "conv2d", "filters": 200, "kernel": 3, "stride": 2, "padding": "same"},
                  {"type": "conv2d", "filters": 400, "kernel": [3, 3], "stride": [2, 2], "padding": "same"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layers[0].name").value("conv2d_1"))
                .andExpect(jsonPath("$.layers[0].type").value("conv2d"))
                .andExpect(jsonPath("$.layers[0].outputShape[0]").value(100))
                .andExpect(jsonPath("$.layers[0].outputShape[1]").value(150))
                .andExpect(jsonPath("$.layers[0].outputShape[2]").value(100))
                .andExpect(jsonPath("$.layers[0].params").value(2800))
                .andExpect(jsonPath("$.layers[0].trainableParams").value(2800))
                .andExpect(jsonPath("$.layers[0].multiplications").value(40_500_000))
                .andExpect(jsonPath("$.layers[0].outputBytes").value(6_000_000))
                .andExpect(jsonPath("$.layers[2].outputShape[1]").value(38))
                .andExpect(jsonPath("$.totalParams").value(903_400))
                .andExpect(jsonPath("$.trainableParams").value(903_400))
                .andExpect(jsonPath("$.nonTrainableParams").value(0))
                .andExpect(jsonPath("$.inputBytes").value(720_000))
                .andExpect(jsonPath("$.paramBytes").value(3_613_600))
                .andExpect(jsonPath("$.inferencePeakBytes").value(12_613_600))
                .andExpect(jsonPath("$.training.activationBytesPerInstance").value(10_520_000))
                .andExpect(jsonPath("$.training.inputBytesPerInstance").value(720_000))
                .andExpect(jsonPath("$.training.batchActivationBytes").value(562_000_000))
                .andExpect(jsonPath("$.training.paramBytes").value(3_613_600))
                .andExpect(jsonPath("$.training.gradientBytes").value(3_613_600))
                .andExpect(jsonPath("$.training.totalBytes").value(569_227_200));
    }

    @Test
    void theContractsMixedExampleWorks() throws Exception {
        summary("""
                {"input": [200, 300, 3], "layers": [
                  {"type": "conv2d", "filters": 100, "kernel": 3, "stride": 2, "padding": "same"},
                  {"type": "maxpool2d", "pool": 2},
                  {"type": "batchnorm"},
                  {"type": "dropout", "rate": 0.5},
                  {"type": "globalavgpool2d"},
                  {"type": "dense", "units": 10, "activation": "softmax"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layers[1].name").value("maxpool2d_1"))
                .andExpect(jsonPath("$.layers[1].outputShape[0]").value(50))
                .andExpect(jsonPath("$.layers[2].params").value(400))
                .andExpect(jsonPath("$.layers[2].trainableParams").value(200))
                .andExpect(jsonPath("$.layers[2].nonTrainableParams").value(200))
                .andExpect(jsonPath("$.layers[4].outputShape[0]").value(100))
                .andExpect(jsonPath("$.layers[5].params").value(1010))
                .andExpect(jsonPath("$.totalParams").value(2800 + 400 + 1010))
                .andExpect(jsonPath("$.nonTrainableParams").value(200));
    }

    @Test
    void aResidualBlockIsWrittenWithFromAndInputs() throws Exception {
        summary("""
                {"input": [8, 8, 16], "layers": [
                  {"type": "conv2d", "name": "a", "filters": 16, "kernel": 3, "padding": "same"},
                  {"type": "conv2d", "name": "b", "filters": 16, "kernel": 3, "padding": "same"},
                  {"type": "add", "inputs": ["input", "b"]},
                  {"type": "conv2d", "from": "a", "filters": 4, "kernel": 1}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layers[2].name").value("add_1"))
                .andExpect(jsonPath("$.layers[2].outputShape[2]").value(16))
                .andExpect(jsonPath("$.layers[3].params").value(68))
                // input, a and b are still needed when the add's output is made: four 8·8·16·4 B tensors,
                // plus the parameters (3·3·16 + 1)·16 twice and (16 + 1)·4, at 4 B
                .andExpect(jsonPath("$.inferencePeakBytes").value(4 * 4096 + (2 * 2320 + 68) * 4));
    }

    @Test
    void anAbsurdSizeAnswersAtOnceWithExactFigures() throws Exception {
        summary("""
                {"input": [100000, 100000, 3], "layers": [{"type": "conv2d", "filters": 8, "kernel": 3}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inputBytes").value(120_000_000_000L))
                .andExpect(jsonPath("$.layers[0].multiplications").value(99_998L * 99_998 * 8 * 27));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown type            | {"input":[8,8,3],"layers":[{"type":"conv3d","filters":1,"kernel":3}]}  | $.layers[0].type
            negative size           | {"input":[8,-8,3],"layers":[]}                                          | $.input[1]
            zero filters            | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":0,"kernel":3}]}   | $.layers[0].filters
            kernel too large        | {"input":[5,5,3],"layers":[{"type":"conv2d","filters":1,"kernel":7}]}   | $.layers[0].kernel
            pool too large          | {"input":[1,1,3],"layers":[{"type":"maxpool2d","pool":2}]}              | $.layers[0].pool
            missing kernel          | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":1}]}              | $.layers[0].kernel
            missing input           | {"layers":[]}                                                           | $.input
            missing layers          | {"input":[8,8,3]}                                                       | $.layers
            fractional filters      | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":1.5,"kernel":3}]} | $.layers[0].filters
            text kernel             | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":1,"kernel":"3"}]} | $.layers[0].kernel
            bad padding             | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":1,"kernel":3,"padding":"full"}]} | $.layers[0].padding
            unknown field           | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":1,"kernel":3,"strides":2}]} | $.layers[0].strides
            dense on image          | {"input":[8,8,3],"layers":[{"type":"dense","units":10}]}                | $.layers[0]
            add shapes differ       | {"input":[8,8,3],"layers":[{"type":"conv2d","name":"c","filters":4,"kernel":1},{"type":"add","inputs":["input","c"]}]} | $.layers[1].inputs
            add unknown branch      | {"input":[8,8,3],"layers":[{"type":"add","inputs":["input","nope"]}]}   | $.layers[0].inputs
            rate of one             | {"input":[8,8,3],"layers":[{"type":"dropout","rate":1}]}                | $.layers[0].rate
            huge integer            | {"input":[8,8,3],"layers":[{"type":"conv2d","filters":99999999999,"kernel":3}]} | $.layers[0].filters
            zero batch              | {"input":[8,8,3],"batchSize":0,"layers":[]}                             | $.batchSize
            layers not a list       | {"input":[8,8,3],"layers":{}}                                           | $.layers
            body not an object      | [1,2,3]                                                                 | $
            input too large         | {"input":[2000000000,2000000000,3],"layers":[]}                          | $.input
            too large to count      | {"input":[1000000000,1000000000,3],"bytesPerValue":1,"layers":[{"type":"conv2d","filters":1000,"kernel":3,"padding":"same"}]} | $.layers[0]
            """)
    void badRequestsAreA400NamingThePath(String what, String json, String path) throws Exception {
        summary(json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.path").value(path))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void messagesAreSentencesThatNameTheLayerAndTheReason() throws Exception {
        summary("""
                {"input":[5,5,3],"layers":[{"type":"conv2d","filters":1,"kernel":7}]}""")
                .andExpect(jsonPath("$.error").value("Layer 1 (conv2d): kernel 7 is larger than its 5×5 input with "
                        + "valid padding."));
        summary("""
                {"input":[8,8,3],"layers":[{"type":"dense","units":10}]}""")
                .andExpect(jsonPath("$.error", startsWith("Layer 1 (dense): dense needs a 1-D input but got [8, 8, 3]; "
                        + "flatten first")));
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        summary("{\"input\": [8, 8, 3], \"layers\": [").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.path").value("$"));
        summary("").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/engine/summary").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isBadRequest());
    }
}
