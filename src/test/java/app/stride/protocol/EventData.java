package app.stride.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code data} of an event RPC, built from the listener's event-data spec (a UIDL constant
 * mapping expressions to debounce settings) with the values a browser would most likely produce.
 * The client runs no JavaScript, so it cannot evaluate the expressions.
 */
final class EventData {

    private static final Pattern MODIFIER = Pattern.compile("^event\\.(shift|meta|ctrl|alt)Key$");
    private static final Pattern ZERO = Pattern.compile(
            "^event\\.(button|clientX|clientY|screenX|screenY|pageX|pageY|offsetX|offsetY|buttons|location)$");
    // a filter (e.g. of a key shortcut) that is not true makes the server drop the event
    private static final Pattern FILTER = Pattern.compile("===|!==|==|&&|\\|\\||indexOf|\\.includes\\(|\\.test\\(|^!");

    private EventData() {
    }

    /** Spec keys starting with '}' name properties the browser synchronizes (mSync) with the event. */
    static List<String> synchronizedProperties(JsonNode spec) {
        List<String> properties = new ArrayList<>();
        if (spec != null) {
            spec.fieldNames().forEachRemaining(key -> {
                if (key.startsWith("}")) {
                    properties.add(key.substring(1));
                }
            });
        }
        return properties;
    }

    static ObjectNode build(Node node, String event, JsonNode spec) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        if (spec == null) {
            return data; // missing keys are accepted: data:{} works for a plain click
        }
        for (Iterator<String> keys = spec.fieldNames(); keys.hasNext(); ) {
            String expression = keys.next();
            if (expression.startsWith("}")) {
                continue; // sent as mSync before the event
            }
            if (expression.equals("]")) {
                data.put(expression, node.id()); // "the event target's state node"
            } else if (expression.startsWith("]")) {
                data.putNull(expression); // another element mapped to a node: none we can name
            } else {
                data.set(expression, Json.MAPPER.valueToTree(defaultValue(expression, event)));
            }
        }
        return data;
    }

    static Object defaultValue(String expression, String event) {
        if (MODIFIER.matcher(expression).matches()) {
            return false;
        }
        if (expression.equals("event.detail")) {
            return event.equals("click") ? 1 : 0;
        }
        if (ZERO.matcher(expression).matches()) {
            return 0;
        }
        if (expression.equals("event.key") || expression.equals("event.code")) {
            return "";
        }
        if (expression.equals("event.repeat") || expression.equals("event.isComposing")) {
            return false;
        }
        if (FILTER.matcher(expression).find()) {
            return true;
        }
        return null;
    }
}
