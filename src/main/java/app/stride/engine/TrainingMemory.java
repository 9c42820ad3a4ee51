package app.stride.engine;

/**
 * RAM to train on a mini-batch: every layer's output is kept for backpropagation, for every
 * instance, plus the parameters and one gradient per trainable parameter.
 */
public record TrainingMemory(long activationBytesPerInstance, long inputBytesPerInstance,
                             long batchActivationBytes, long paramBytes, long gradientBytes, long totalBytes) {
}
