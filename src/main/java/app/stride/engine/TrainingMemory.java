package app.stride.engine;

import java.math.BigDecimal;

/**
 * RAM to train on a mini-batch: every layer's output is kept for backpropagation, for every
 * instance, plus the parameters and one gradient per trainable parameter.
 */
public record TrainingMemory(long activationBytesPerInstance, long inputBytesPerInstance,
                             long batchActivationBytes, long paramBytes, long gradientBytes, long totalBytes) {

    /**
     * The total had the parameters taken {@code otherParamBytes}: what a student's own (wrong)
     * parameter figure carries forward to. The non-trainable ones still have no gradient.
     */
    public BigDecimal totalGiven(BigDecimal otherParamBytes) {
        BigDecimal nonTrainableBytes = BigDecimal.valueOf(paramBytes).subtract(BigDecimal.valueOf(gradientBytes));
        return BigDecimal.valueOf(batchActivationBytes).add(otherParamBytes)
                .add(otherParamBytes.subtract(nonTrainableBytes));
    }
}
