package app.stride.runtime;

/** Padding as the runtime applies it; the runtime keeps its own types to stay independent of the engine. */
public enum Pad {
    /** The window stays inside the input. */
    VALID,
    /** Zeros around the input, as few as TensorFlow adds, the smaller half before. */
    SAME
}
