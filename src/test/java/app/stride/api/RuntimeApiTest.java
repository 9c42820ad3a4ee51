package app.stride.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
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

/** The runtime endpoints on hand-computed cases, and their 400s. */
@StrideTest
class RuntimeApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions call(String op, String json) throws Exception {
        return mvc.perform(post("/api/v1/runtime/" + op).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void conv2dIsCrossCorrelationWithBias() throws Exception {
        // 3×3 input, one channel; 2×2 kernel [[1, 0], [0, -1]] (not flipped), bias 10
        call("conv2d", """
                {"input": [[[1],[2],[3]],[[4],[5],[6]],[[7],[8],[9]]],
                 "kernel": [[[[1]],[[0]]],[[[0]],[[-1]]]], "bias": [10]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.output[0][0][0]").value(1 - 5 + 10.0))
                .andExpect(jsonPath("$.output[1][1][0]").value(5 - 9 + 10.0))
                .andExpect(jsonPath("$.output.length()").value(2));
    }

    @Test
    void conv2dWithSamePaddingAndStrideTwo() throws Exception {
        call("conv2d", """
                {"input": [[[1],[1],[1],[1]],[[1],[1],[1],[1]],[[1],[1],[1],[1]],[[1],[1],[1],[1]]],
                 "kernel": [[[[1]],[[1]],[[1]]],[[[1]],[[1]],[[1]]],[[[1]],[[1]],[[1]]]],
                 "stride": 2, "padding": "same"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.output[0][0][0]").value(9.0))
                .andExpect(jsonPath("$.output[0][1][0]").value(6.0))
                .andExpect(jsonPath("$.output[1][1][0]").value(4.0));
    }

    @Test
    void poolingMaxAndAverage() throws Exception {
        call("pool", """
                {"input": [[[1],[1],[2],[4]],[[5],[6],[7],[8]],[[3],[2],[1],[0]],[[1],[2],[3],[4]]],
                 "mode": "max", "pool": 2}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.output[0][0][0]").value(6.0))
                .andExpect(jsonPath("$.output[0][1][0]").value(8.0))
                .andExpect(jsonPath("$.output[1][0][0]").value(3.0))
                .andExpect(jsonPath("$.output[1][1][0]").value(4.0));
        call("pool", """
                {"input": [[[1],[2],[3]],[[4],[5],[6]],[[7],[8],[9]]], "mode": "avg", "pool": 2, "padding": "same"}""")
                .andExpect(jsonPath("$.output[0][1][0]").value(4.5))
                .andExpect(jsonPath("$.output[1][1][0]").value(9.0));
    }

    @Test
    void globalAveragePooling() throws Exception {
        call("globalavgpool", """
                {"input": [[[1, 2],[3, 4]],[[5, 6],[7, 8]]]}""")
                .andExpect(jsonPath("$.output", contains(4.0, 5.0)));
    }

    @Test
    void batchNormTrainingAndInference() throws Exception {
        call("batchnorm", """
                {"x": [[1, 2], [3, 6]], "gamma": [1, 1], "beta": [0, 0]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mean", contains(2.0, 4.0)))
                .andExpect(jsonPath("$.variance", contains(1.0, 4.0)))
                .andExpect(jsonPath("$.normalized[0][0]", closeTo(-1 / Math.sqrt(1.001), 1e-12), Double.class))
                .andExpect(jsonPath("$.newMovingMean[1]", closeTo(0.04, 1e-12), Double.class))
                .andExpect(jsonPath("$.newMovingVariance[1]", closeTo(1.03, 1e-12), Double.class));
        call("batchnorm", """
                {"x": [[1, 2], [3, 6]], "gamma": [2, 2], "beta": [1, 1], "epsilon": 0, "training": false,
                 "movingMean": [1, 2], "movingVariance": [4, 16]}""")
                .andExpect(jsonPath("$.output[1]", contains(3.0, 3.0)))
                .andExpect(jsonPath("$.mean", contains(1.0, 2.0)))
                .andExpect(jsonPath("$.newMovingVariance", contains(4.0, 16.0)));
    }

    @Test
    void iouInBothBoxForms() throws Exception {
        call("iou", """
                {"a": {"x1": 0, "y1": 0, "x2": 2, "y2": 2}, "b": {"x": 2, "y": 2, "w": 2, "h": 2}}""")
                .andExpect(jsonPath("$.iou", closeTo(1.0 / 7, 1e-15), Double.class));
        call("iou", """
                {"a": {"x1": 0, "y1": 0, "x2": 1, "y2": 1}, "b": {"x1": 5, "y1": 5, "x2": 6, "y2": 6}}""")
                .andExpect(jsonPath("$.iou").value(0.0));
    }

    @Test
    void nmsListsItsStepsInOrder() throws Exception {
        call("nms", """
                {"boxes": [{"x1":0,"y1":0,"x2":10,"y2":10}, {"x1":1,"y1":1,"x2":11,"y2":11},
                           {"x1":20,"y1":20,"x2":30,"y2":30}, {"x1":21,"y1":21,"x2":31,"y2":31}],
                 "scores": [0.9, 0.8, 0.7, 0.3], "iouThreshold": 0.5, "scoreThreshold": 0.4}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selected", contains(0, 2)))
                .andExpect(jsonPath("$.droppedByScore", contains(3)))
                .andExpect(jsonPath("$.steps[0].selected").value(0))
                .andExpect(jsonPath("$.steps[0].suppressed[0].index").value(1))
                .andExpect(jsonPath("$.steps[0].suppressed[0].iou", closeTo(81.0 / 119, 1e-12), Double.class))
                .andExpect(jsonPath("$.steps[1].suppressed.length()").value(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            conv ragged                | conv2d        | {"input":[[[1],[2]],[[3]]],"kernel":[[[[1]]]]}                    | $.input[1]
            conv wrong rank            | conv2d        | {"input":[[1,2],[3,4]],"kernel":[[[[1]]]]}                         | $.input[0][0]
            conv channel mismatch      | conv2d        | {"input":[[[1,2]]],"kernel":[[[[1]]]]}                             | $.kernel
            conv bias mismatch         | conv2d        | {"input":[[[1]]],"kernel":[[[[1]]]],"bias":[1,2]}                  | $.bias
            conv kernel too large      | conv2d        | {"input":[[[1]]],"kernel":[[[[1]],[[1]]]]}                         | $.kernel
            conv text value            | conv2d        | {"input":[[["a"]]],"kernel":[[[[1]]]]}                             | $.input[0][0][0]
            conv missing kernel        | conv2d        | {"input":[[[1]]]}                                                  | $.kernel
            conv empty input           | conv2d        | {"input":[],"kernel":[[[[1]]]]}                                    | $.input
            conv bad stride            | conv2d        | {"input":[[[1]]],"kernel":[[[[1]]]],"stride":0}                    | $.stride
            pool missing mode          | pool          | {"input":[[[1]]],"pool":1}                                         | $.mode
            pool bad mode              | pool          | {"input":[[[1]]],"pool":1,"mode":"min"}                            | $.mode
            pool too large             | pool          | {"input":[[[1]]],"pool":2,"mode":"max"}                            | $.pool
            gap vector                 | globalavgpool | {"input":[1,2,3]}                                                  | $.input[0]
            bn missing gamma           | batchnorm     | {"x":[[1,2]],"beta":[0,0]}                                         | $.gamma
            bn gamma length            | batchnorm     | {"x":[[1,2]],"gamma":[1],"beta":[0,0]}                             | $.gamma
            bn ragged                  | batchnorm     | {"x":[[1,2],[3]],"gamma":[1,1],"beta":[0,0]}                       | $.x[1]
            bn zero variance no eps    | batchnorm     | {"x":[[1],[1]],"gamma":[1],"beta":[0],"epsilon":0}                 | $.epsilon
            bn momentum above one      | batchnorm     | {"x":[[1]],"gamma":[1],"beta":[0],"momentum":2}                    | $.momentum
            iou mixed forms            | iou           | {"a":{"x":1,"y":1,"w":1,"x2":3},"b":{"x":1,"y":1,"w":1,"h":1}}     | $.a.x2
            iou negative width         | iou           | {"a":{"x":1,"y":1,"w":-1,"h":1},"b":{"x":1,"y":1,"w":1,"h":1}}     | $.a.w
            iou inverted corners       | iou           | {"a":{"x1":3,"y1":0,"x2":1,"y2":1},"b":{"x":1,"y":1,"w":1,"h":1}}  | $.a.x2
            iou missing b              | iou           | {"a":{"x":1,"y":1,"w":1,"h":1}}                                    | $.b
            nms score count            | nms           | {"boxes":[{"x":1,"y":1,"w":1,"h":1}],"scores":[0.5,0.4]}           | $.scores
            nms threshold range        | nms           | {"boxes":[{"x":1,"y":1,"w":1,"h":1}],"scores":[0.5],"iouThreshold":1.5} | $.iouThreshold
            unknown field              | conv2d        | {"input":[[[1]]],"kernel":[[[[1]]]],"strides":2}                   | $.strides
            not an object              | nms           | [1,2]                                                              | $
            """)
    void badInputIsA400NamingThePath(String what, String op, String json, String path) throws Exception {
        call(op, json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.path").value(path))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void tooMuchWorkIsRefusedAtOnce() throws Exception {
        // 300×300 input (one channel) and a 25×25 kernel with 200 filters: 1.1·10^10 multiplications
        StringBuilder input = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            input.append(i == 0 ? "" : ",").append("[").append("[0],".repeat(299)).append("[0]]");
        }
        input.append("]");
        StringBuilder kernel = new StringBuilder("[");
        String cell = "[[" + "0,".repeat(199) + "0]]";
        for (int i = 0; i < 25; i++) {
            kernel.append(i == 0 ? "" : ",").append("[").append((cell + ",").repeat(24)).append(cell).append("]");
        }
        kernel.append("]");
        call("conv2d", "{\"input\":" + input + ",\"kernel\":" + kernel + ",\"padding\":\"same\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.path").value("$.kernel"));
    }
}
