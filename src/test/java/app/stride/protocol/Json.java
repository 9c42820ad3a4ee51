package app.stride.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one ObjectMapper of the client (thread-safe once configured) and JSON to plain Java values. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** String, Integer/Long/Double, Boolean, null, LinkedHashMap or ArrayList, as Jackson maps them. */
    static Object toJava(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : MAPPER.convertValue(value, Object.class);
    }
}
