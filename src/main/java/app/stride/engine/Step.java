package app.stride.engine;

/**
 * What a derivation works out, so that a caller asks for the figure it means instead of the
 * n-th line: a layer's row of a Keras-style summary, and the model's totals and memory.
 */
public enum Step {
    /** A layer's output shape. Every layer has one. */
    SHAPE,
    /** A layer's parameters, trainable and not. Every layer has one, 0 where nothing is learned. */
    PARAMS,
    /** A layer's multiplications; only the layers that multiply (conv2d, dense) have one. */
    MULTIPLICATIONS,
    /** Memory of a layer's output; every row of a summary has one. */
    OUTPUT_BYTES,
    /** The model's parameters, all layers added up. */
    TOTAL_PARAMS,
    /** Memory of the model's parameters. */
    PARAM_BYTES,
    /** Memory to predict one instance: the most activations alive at once plus the parameters. */
    INFERENCE_PEAK,
    /** Memory to train on a batch: activations per instance, parameters and gradients. */
    TRAINING
}
