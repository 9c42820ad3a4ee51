package app.stride.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer's settings by field name, typed as its {@link FieldType} says (COUNT an Integer,
 * WINDOW a {@link Window}, PADDING a {@link Padding}, FLAG a Boolean, FRACTION a Double, LAYERS
 * a list of names), with its name, the layer it reads ("from") and its activation.
 */
public final class LayerValues {

    private final String name;
    private final String from;
    private final Activation activation;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public LayerValues(String name, String from, Activation activation) {
        this.name = name;
        this.from = from;
        this.activation = activation;
    }

    public LayerValues with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String name() {
        return name;
    }

    public String from() {
        return from;
    }

    /** The activation; null for a kind that has none. */
    public Activation activation() {
        return activation;
    }

    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Object get(String field) {
        if (!fields.containsKey(field)) {
            throw new IllegalArgumentException("no value for the field " + field);
        }
        return fields.get(field);
    }

    public int count(String field) {
        return (Integer) get(field);
    }

    public Window window(String field) {
        return (Window) get(field);
    }

    public Padding padding(String field) {
        return (Padding) get(field);
    }

    public boolean flag(String field) {
        return (Boolean) get(field);
    }

    public double fraction(String field) {
        return (Double) get(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> layers(String field) {
        return (List<String>) get(field);
    }
}
