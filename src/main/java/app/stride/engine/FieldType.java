package app.stride.engine;

/**
 * The kinds of value a layer's field takes, each with its rule. The JSON codec and the
 * calculator's form read and check a field by its type, so a new layer kind made of these
 * types needs no change in either.
 */
public enum FieldType {
    /** A positive whole number: filters, units. */
    COUNT(1, Integer.MAX_VALUE, true, 1, Integer.MAX_VALUE),
    /** A kernel, stride or pool size: one positive whole number, or height × width. */
    WINDOW(1, Integer.MAX_VALUE, true, 1, Integer.MAX_VALUE),
    /** "valid" or "same". */
    PADDING(0, 0, true, 0, 0),
    /** true or false. */
    FLAG(0, 0, true, 0, 0),
    /** A number from 0 up to, not including, 1: a dropout rate. */
    FRACTION(0, 1, false, 0.05, 0.99),
    /** A number the JSON may give, as Keras has it, that changes no figure (batch norm's epsilon). */
    NUMBER(-Double.MAX_VALUE, Double.MAX_VALUE, true, 0, Double.MAX_VALUE),
    /** Two or more names of earlier layers (or "input"): the branches an add joins. */
    LAYERS(0, 0, true, 0, 0);

    private final double min;
    private final double max;
    private final boolean maxIncluded;
    private final double step;
    private final double largestOffered;

    FieldType(double min, double max, boolean maxIncluded, double step, double largestOffered) {
        this.min = min;
        this.max = max;
        this.maxIncluded = maxIncluded;
        this.step = step;
        this.largestOffered = largestOffered;
    }

    /** Whether the layer keeps the value: NUMBER fields are read and checked, then left. */
    public boolean kept() {
        return this != NUMBER;
    }

    /** The smallest value a numeric field takes. */
    public double min() {
        return min;
    }

    /** The bound a numeric field stays under (or at, if {@link #maxIncluded()}). */
    public double max() {
        return max;
    }

    public boolean maxIncluded() {
        return maxIncluded;
    }

    /** The step a form's number input takes. */
    public double step() {
        return step;
    }

    /** The largest value a form's number input offers: below {@link #max()} where that is excluded. */
    public double largestOffered() {
        return largestOffered;
    }

    /** Whether a number is in this type's range (NaN never is). */
    public boolean accepts(double value) {
        return value >= min && (maxIncluded ? value <= max : value < max);
    }
}
