package app.stride.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A layer kind as the JSON, the calculator and the engine share it: its type id, its fields in
 * the order they are read and written, whether it has an activation, and how its record is made
 * from field values. A layer's values are read back from its record's components of the same
 * names, so the fields and the record cannot drift apart (a kind whose fields its record lacks
 * fails as soon as the registry loads).
 */
public record LayerKind(String type, Class<? extends Layer> record, List<LayerField> fields, Activated activated,
                        Activation startActivation, Function<LayerValues, Layer> maker) {

    /** Each record's accessors by component name, found once per record. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), c.getAccessor());
            }
            return Map.copyOf(byName);
        }
    };

    /** Whether the kind has an activation, and whether it may be left out (then linear). */
    public enum Activated { NO, OPTIONAL, REQUIRED }

    public LayerKind {
        fields = List.copyOf(fields);
        Map<String, Method> components = ACCESSORS.get(record);
        for (LayerField f : fields) {
            if (f.type().kept() && !components.containsKey(f.name())) {
                throw new IllegalStateException(record.getSimpleName() + " has no component " + f.name());
            }
        }
        if (activated != Activated.NO && !components.containsKey("activation")) {
            throw new IllegalStateException(record.getSimpleName() + " has no component activation");
        }
    }

    public Optional<LayerField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Whether the kind reads one layer named in "from"; a kind with a {@link FieldType#LAYERS}
     * field names its inputs there instead.
     */
    public boolean takesFrom() {
        return fields.stream().noneMatch(f -> f.type() == FieldType.LAYERS);
    }

    /** Builds the layer; the record's constructor checks the values ({@link LayerException}). */
    public Layer build(LayerValues values) {
        return maker.apply(values);
    }

    /** A layer's values, read from its record: the kept fields, its name, "from" and activation. */
    public LayerValues values(Layer layer) {
        if (!record.isInstance(layer)) {
            throw new IllegalArgumentException(layer.type() + " is not a " + type);
        }
        Map<String, Method> read = ACCESSORS.get(record);
        String from = takesFrom() && !layer.inputs().isEmpty() ? layer.inputs().get(0) : null;
        Activation activation = activated == Activated.NO ? null : (Activation) invoke(read.get("activation"), layer);
        LayerValues values = new LayerValues(layer.name(), from, activation);
        for (LayerField f : fields) {
            if (f.type().kept()) {
                values.with(f.name(), invoke(read.get(f.name()), layer));
            }
        }
        return values;
    }

    private static Object invoke(Method accessor, Layer layer) {
        try {
            return accessor.invoke(layer);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + layer.type(), e);
        }
    }
}
