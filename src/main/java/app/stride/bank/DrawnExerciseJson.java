package app.stride.bank;

import app.stride.engine.ByteUnit;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.DrawnExercise;
import app.stride.exercise.Expected;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Text;
import app.stride.exercise.Tolerance;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drawn exercise as the JSON text an attempt keeps, and back. Parameters keep their Java type
 * (a whole number from a range is a {@code long}, one from a list an {@code int}), keys their exact
 * decimal value: what is read back is equal to what was written.
 */
final class DrawnExerciseJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DrawnExerciseJson() {
    }

    static String write(DrawnExercise drawn) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode params = root.putObject("params");
        drawn.params().forEach((name, value) -> {
            if (value instanceof Integer i) {
                params.put(name, i);
            } else if (value instanceof Long l) {
                params.putObject(name).put("long", l);
            } else if (value instanceof Double d) {
                params.put(name, d);
            } else if (value instanceof String s) {
                params.put(name, s);
            } else {
                throw new IllegalArgumentException("parameter " + name + " is a "
                        + (value == null ? "null" : value.getClass().getSimpleName())
                        + ", which a stored exercise cannot keep");
            }
        });
        ArrayNode parts = root.putArray("parts");
        for (PartSpec p : drawn.parts()) {
            ObjectNode part = parts.addObject();
            part.put("id", p.id());
            part.putObject("label").put("en", p.label().en()).put("nl", p.label().nl());
            part.put("kind", p.kind().name());
            // what most parts have is left out: the JSON stays small
            if (p.unit() != null) {
                part.put("unit", p.unit().name());
            }
            if (p.tolerance().relative() != 0) {
                part.put("relative", p.tolerance().relative());
            }
            if (p.tolerance().absolute() != 0) {
                part.put("absolute", p.tolerance().absolute());
            }
            if (p.weight() != 1) {
                part.put("weight", p.weight());
            }
            if (!p.ordered()) {
                part.put("ordered", false);
            }
        }
        ObjectNode keys = root.putObject("keys");
        for (Expected e : drawn.keys()) {
            if (e.list() != null) {
                ArrayNode list = keys.putArray(e.partId());
                e.list().forEach(list::add);
            } else if (e.choice() != null) {
                keys.putObject(e.partId()).put("choice", e.choice());
            } else {
                keys.put(e.partId(), e.number().toString());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static DrawnExercise read(String version, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored exercise is not valid JSON", e);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = p.getValue();
            params.put(p.getKey(), v.isObject() ? v.get("long").longValue() : v.isInt() ? v.intValue()
                    : v.isNumber() ? v.doubleValue() : v.textValue());
        }
        List<PartSpec> parts = new ArrayList<>();
        for (JsonNode p : root.get("parts")) {
            parts.add(new PartSpec(p.get("id").textValue(),
                    new Text(p.get("label").get("en").textValue(), p.get("label").get("nl").textValue()),
                    AnswerKind.valueOf(p.get("kind").textValue()),
                    p.hasNonNull("unit") ? ByteUnit.valueOf(p.get("unit").textValue()) : null,
                    new Tolerance(p.path("relative").asDouble(0), p.path("absolute").asDouble(0)),
                    p.path("weight").asDouble(1), p.path("ordered").asBoolean(true)));
        }
        List<Expected> keys = new ArrayList<>();
        JsonNode stored = root.get("keys");
        for (PartSpec part : parts) {
            JsonNode key = stored.get(part.id());
            if (key.isArray()) {
                List<Integer> list = new ArrayList<>();
                key.forEach(n -> list.add(n.intValue()));
                keys.add(Expected.list(part.id(), list));
            } else if (key.isObject()) {
                keys.add(Expected.choice(part.id(), key.get("choice").textValue()));
            } else {
                keys.add(Expected.number(part.id(), new BigDecimal(key.textValue())));
            }
        }
        return new DrawnExercise(version, params, parts, keys);
    }
}
