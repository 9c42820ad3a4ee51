package app.stride.engine;

import java.util.Objects;

/**
 * One field of a layer kind: its name (as the JSON and the layer's record call it), its type,
 * what it is when left out, and what a new layer in the calculator starts with.
 *
 * @param fallback     the value when the field is left out; null if it is required or {@code sameAs} gives it
 * @param sameAs       the field whose value it takes when left out (a pool's stride is its pool), or null
 * @param start        what a new layer in the calculator starts with; null to leave it out
 */
public record LayerField(String name, FieldType type, Object fallback, String sameAs, Object start) {

    public LayerField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if ((type == FieldType.FLAG || type == FieldType.PADDING) && fallback == null) {
            throw new IllegalArgumentException(name + ": a " + type + " field needs a value for when it is left out");
        }
    }

    public static LayerField count(String name) {
        return new LayerField(name, FieldType.COUNT, null, null, null);
    }

    public static LayerField window(String name) {
        return new LayerField(name, FieldType.WINDOW, null, null, null);
    }

    public static LayerField padding(String name) {
        return new LayerField(name, FieldType.PADDING, Padding.VALID, null, null);
    }

    public static LayerField flag(String name, boolean fallback) {
        return new LayerField(name, FieldType.FLAG, fallback, null, null);
    }

    public static LayerField fraction(String name) {
        return new LayerField(name, FieldType.FRACTION, null, null, null);
    }

    public static LayerField number(String name, double fallback) {
        return new LayerField(name, FieldType.NUMBER, fallback, null, null);
    }

    public static LayerField layers(String name) {
        return new LayerField(name, FieldType.LAYERS, null, null, null);
    }

    public LayerField orElse(Object value) {
        return new LayerField(name, type, value, null, start);
    }

    public LayerField orElseSameAs(String field) {
        return new LayerField(name, type, null, field, start);
    }

    public LayerField startingAt(Object value) {
        return new LayerField(name, type, fallback, sameAs, value);
    }

    /** Whether leaving the field out is an error. */
    public boolean required() {
        return fallback == null && sameAs == null;
    }
}
