package app.stride.api;

import app.stride.modeljson.ModelJson;

import app.stride.engine.LayerSummary;
import app.stride.engine.ModelException;
import app.stride.engine.ModelSummary;
import app.stride.engine.TrainingMemory;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/engine/summary: the engine's figures for a model, exactly as the contract says. */
@RestController
@RequestMapping(path = "/api/v1/engine", produces = MediaType.APPLICATION_JSON_VALUE)
class EngineController {

    record LayerJson(String name, String type, List<Integer> outputShape, long params, long trainableParams,
                     long nonTrainableParams, long multiplications, long outputBytes) {
    }

    record SummaryJson(List<LayerJson> layers, long totalParams, long trainableParams, long nonTrainableParams,
                       long totalMultiplications, long inputBytes, long paramBytes, long inferencePeakBytes,
                       TrainingMemory training) {
    }

    @PostMapping("/summary")
    SummaryJson summary(@RequestBody JsonNode body) {
        ModelJson.Request request = ModelJson.parse(body);
        ModelSummary s;
        try {
            s = request.model().summarize(request.bytesPerValue(), request.batchSize());
        } catch (ModelException e) {
            throw ModelJson.badRequest(e, body.get("layers"));
        }
        return new SummaryJson(s.layers().stream().map(EngineController::layer).toList(), s.totalParams(),
                s.trainableParams(), s.nonTrainableParams(), s.totalMultiplications(), s.inputBytes(), s.paramBytes(),
                s.inferencePeakBytes(), s.training());
    }

    private static LayerJson layer(LayerSummary l) {
        return new LayerJson(l.name(), l.type(), l.outputShape().dims(), l.params(), l.trainableParams(),
                l.nonTrainableParams(), l.multiplications(), l.outputBytes());
    }
}
