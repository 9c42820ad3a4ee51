package app.stride.api;

import app.stride.modeljson.JsonInput;

import app.stride.runtime.BatchNormOp;
import app.stride.runtime.Box;
import app.stride.runtime.Conv2DOp;
import app.stride.runtime.IoU;
import app.stride.runtime.Nms;
import app.stride.runtime.Pad;
import app.stride.runtime.PoolOp;
import app.stride.runtime.RuntimeInputException;
import app.stride.runtime.Size;
import app.stride.runtime.Tensor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/runtime/{op}: the runtime executed on the caller's numbers, as the contract says. */
@RestController
@RequestMapping(path = "/api/v1/runtime", produces = MediaType.APPLICATION_JSON_VALUE)
class RuntimeController {

    /** Boxes one NMS request may hold: every pair may need an IoU, 2 million of them at most. */
    static final int MAX_BOXES = 2_000;

    private final ApiBulkhead bulkhead;

    RuntimeController(ApiBulkhead bulkhead) {
        this.bulkhead = bulkhead;
    }

    @PostMapping("/conv2d")
    Map<String, Object> conv2d(@RequestBody JsonNode body) {
        JsonInput.onlyFields(object(body), "$", Set.of("input", "kernel", "bias", "stride", "padding"), "conv2d");
        double[][][] input = JsonArrays.rank3(JsonInput.required(body, "input", "$", "[height][width][channels]"),
                "$.input");
        double[][][][] kernel = JsonArrays.rank4(JsonInput.required(body, "kernel", "$",
                "[kh][kw][cin][cout]"), "$.kernel");
        double[] bias = JsonInput.absent(body, "bias") ? null : JsonArrays.vector(body.get("bias"), "$.bias");
        int[] stride = JsonInput.window(body, "stride", "$", new int[] {1, 1}, "");
        Pad padding = padding(body);
        Tensor in = Tensor.of(input);
        Tensor k = Tensor.of(kernel);
        Size step = new Size(stride[0], stride[1]);
        // the op's own check, before the budget: a kernel that cannot run is told as such, not as too much work
        int[] out = checked(() -> Conv2DOp.outputShape(in, k, bias, step, padding), "$.kernel");
        long values = WorkBudget.product(out[0], out[1], out[2]);
        long work = WorkBudget.product(values, kernel.length, kernel[0].length, kernel[0][0].length);
        WorkBudget.check(values, work, "$.kernel");
        Conv2DOp.Result result = run(values, work, () -> Conv2DOp.apply(in, k, bias, step, padding, false),
                "$.kernel");
        return answer("output", result.output().toArray3());
    }

    @PostMapping("/pool")
    Map<String, Object> pool(@RequestBody JsonNode body) {
        JsonInput.onlyFields(object(body), "$", Set.of("input", "mode", "pool", "stride", "padding"), "pool");
        double[][][] input = JsonArrays.rank3(JsonInput.required(body, "input", "$", "[height][width][channels]"),
                "$.input");
        PoolOp.Mode mode = JsonInput.choice(body, "mode", "$", Set.of("max", "avg"), null).equals("max")
                ? PoolOp.Mode.MAX : PoolOp.Mode.AVG;
        int[] pool = JsonInput.window(body, "pool", "$", null, "the pool size, one number or [height, width]");
        int[] stride = JsonInput.window(body, "stride", "$", pool, "");
        Pad padding = padding(body);
        Tensor in = Tensor.of(input);
        Size window = new Size(pool[0], pool[1]);
        Size step = new Size(stride[0], stride[1]);
        int[] out = checked(() -> PoolOp.outputShape(in, window, step, padding), "$.pool");
        long values = WorkBudget.product(out[0], out[1], out[2]);
        // pooling visits only the part of each window over real values (padding holds none)
        long work = WorkBudget.product(values, Math.min(pool[0], input.length), Math.min(pool[1], input[0].length));
        WorkBudget.check(values, work, "$.pool");
        PoolOp.Result result = run(values, work, () -> PoolOp.apply(in, mode, window, step, padding, false), "$.pool");
        return answer("output", result.output().toArray3());
    }

    @PostMapping("/globalavgpool")
    Map<String, Object> globalAvgPool(@RequestBody JsonNode body) {
        JsonInput.onlyFields(object(body), "$", Set.of("input"), "globalavgpool");
        double[][][] input = JsonArrays.rank3(JsonInput.required(body, "input", "$", "[height][width][channels]"),
                "$.input");
        int channels = input[0][0].length;
        long work = WorkBudget.product(input.length, input[0].length, channels);
        WorkBudget.check(channels, work, "$.input");
        return answer("output", run(channels, work, () -> PoolOp.globalAverage(Tensor.of(input)), "$.input").output());
    }

    @PostMapping("/batchnorm")
    Map<String, Object> batchNorm(@RequestBody JsonNode body) {
        JsonInput.onlyFields(object(body), "$", Set.of("x", "gamma", "beta", "epsilon", "momentum", "movingMean",
                "movingVariance", "training"), "batchnorm");
        double[][] x = JsonArrays.matrix(JsonInput.required(body, "x", "$", "[N][F]"), "$.x");
        int features = x[0].length;
        double[] gamma = features(body, "gamma", features, null);
        double[] beta = features(body, "beta", features, null);
        double[] movingMean = features(body, "movingMean", features, 0.0);
        double[] movingVariance = features(body, "movingVariance", features, 1.0);
        check(() -> BatchNormOp.check(x, gamma, beta, movingMean, movingVariance));
        double epsilon = JsonInput.absent(body, "epsilon") ? 0.001
                : JsonInput.number(body.get("epsilon"), "$.epsilon", "epsilon", 0, Double.MAX_VALUE);
        double momentum = JsonInput.absent(body, "momentum") ? 0.99
                : JsonInput.number(body.get("momentum"), "$.momentum", "momentum", 0, 1);
        boolean training = JsonInput.bool(body, "training", "$", true);
        long values = WorkBudget.product(x.length, features);
        // mean, variance, x̂ and y: four passes over x; answered are x̂ and y, and four vectors of
        // one value per feature (mean, variance and the two new moving ones)
        long output = WorkBudget.sum(WorkBudget.product(2, values), WorkBudget.product(4, features));
        long work = WorkBudget.product(4, values);
        WorkBudget.check(output, work, "$.x");
        BatchNormOp.Result r = run(output, work, () -> BatchNormOp.apply(x, gamma, beta, epsilon, momentum,
                movingMean, movingVariance, training), "$.x");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mean", r.mean());
        out.put("variance", r.variance());
        out.put("normalized", r.normalized());
        out.put("output", r.output());
        out.put("newMovingMean", r.newMovingMean());
        out.put("newMovingVariance", r.newMovingVariance());
        return FiniteResults.checked(out);
    }

    @PostMapping("/iou")
    Map<String, Object> iou(@RequestBody JsonNode body) {
        JsonInput.onlyFields(object(body), "$", Set.of("a", "b"), "iou");
        Box a = BoxJson.read(JsonInput.required(body, "a", "$", "a box"), "$.a");
        Box b = BoxJson.read(JsonInput.required(body, "b", "$", "a box"), "$.b");
        return answer("iou", IoU.of(a, b).value());
    }

    @PostMapping("/nms")
    Map<String, Object> nms(@RequestBody JsonNode body) {
        JsonInput.onlyFields(object(body), "$", Set.of("boxes", "scores", "iouThreshold", "scoreThreshold",
                "maxOutput"), "nms");
        JsonNode boxesNode = JsonInput.required(body, "boxes", "$", "a list of boxes");
        if (!boxesNode.isArray()) {
            throw new ApiBadRequestException("$.boxes", "The field boxes must be a list of boxes.");
        }
        if (boxesNode.size() > MAX_BOXES) {
            throw new ApiBadRequestException("$.boxes", "At most " + MAX_BOXES + " boxes are allowed, got "
                    + boxesNode.size() + ".");
        }
        long n = boxesNode.size();
        long work = WorkBudget.product(n * (n - 1) / 2 + 1, WorkBudget.IOU_COST);
        WorkBudget.check(n, work, "$.boxes");
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < boxesNode.size(); i++) {
            boxes.add(BoxJson.read(boxesNode.get(i), "$.boxes[" + i + "]"));
        }
        JsonNode scoresNode = JsonInput.required(body, "scores", "$", "one score per box");
        double[] scores = boxes.isEmpty() && scoresNode.isArray() && scoresNode.isEmpty() ? new double[0]
                : JsonArrays.vector(scoresNode, "$.scores");
        check(() -> Nms.check(boxes, scores));
        double iouThreshold = JsonInput.absent(body, "iouThreshold") ? 0.5
                : JsonInput.number(body.get("iouThreshold"), "$.iouThreshold", "iouThreshold", 0, 1);
        double scoreThreshold = JsonInput.absent(body, "scoreThreshold") ? 0
                : JsonInput.number(body.get("scoreThreshold"), "$.scoreThreshold", "scoreThreshold",
                -Double.MAX_VALUE, Double.MAX_VALUE);
        int maxOutput = JsonInput.absent(body, "maxOutput") ? Integer.MAX_VALUE : maxOutput(body.get("maxOutput"));
        Nms.Result r = run(n, work, () -> Nms.run(boxes, scores, iouThreshold, scoreThreshold, maxOutput), "$.boxes");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Nms.Step step : r.steps()) {
            List<Map<String, Object>> suppressed = new ArrayList<>();
            step.suppressed().forEach(s -> {
                // in the contract's order: Map.of's order changes from one run of the JVM to the next
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("index", s.index());
                one.put("iou", s.iou());
                suppressed.add(one);
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("selected", step.selected());
            json.put("suppressed", suppressed);
            steps.add(json);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("selected", r.selected());
        out.put("steps", steps);
        out.put("droppedByScore", r.droppedByScore());
        return FiniteResults.checked(out);
    }

    private static int maxOutput(JsonNode node) {
        if (node.isNumber() && node.canConvertToExactIntegral() && node.asLong() == 0) {
            return 0;
        }
        return JsonInput.positiveInt(node, "$.maxOutput", "maxOutput");
    }

    private static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiBadRequestException("$", "The body must be a JSON object.");
        }
        return body;
    }

    private static Pad padding(JsonNode body) {
        return JsonInput.choice(body, "padding", "$", Set.of("valid", "same"), "valid").equals("same")
                ? Pad.SAME : Pad.VALID;
    }

    private static double[] features(JsonNode body, String field, int features, Double fill) {
        if (JsonInput.absent(body, field) && fill != null) {
            double[] values = new double[features];
            java.util.Arrays.fill(values, fill);
            return values;
        }
        return JsonArrays.vector(JsonInput.required(body, field, "$", features + " values, one per feature"),
                "$." + field);
    }

    private static Map<String, Object> answer(String field, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(field, value);
        return FiniteResults.checked(out);
    }

    /**
     * Runs an op of this budget, in one of the bulkhead's lanes if it is heavy; what the op refuses
     * is a 400 at the field it names ("window": the kernel or pool).
     */
    private <T> T run(long outputValues, long work, Supplier<T> op, String windowPath) {
        return checked(() -> bulkhead.run(outputValues, work, op), windowPath);
    }

    /**
     * The runtime checks what its ops can run on, with the field it is about; that check is the
     * one the API answers with, as a 400 at the field's path.
     */
    private static <T> T checked(Supplier<T> op, String windowPath) {
        try {
            return op.get();
        } catch (RuntimeInputException e) {
            String path = e.field().equals("window") ? windowPath : "$." + e.field();
            throw new ApiBadRequestException(path, Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1) + ".");
        }
    }

    /** A check of an op that has no window. */
    private static void check(Runnable check) {
        checked(() -> {
            check.run();
            return null;
        }, "$");
    }
}
