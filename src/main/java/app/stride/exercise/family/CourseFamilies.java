package app.stride.exercise.family;

import app.stride.exercise.Families;
import java.util.List;

/** The course's families, in the order pickers show them. */
public final class CourseFamilies {

    private CourseFamilies() {
    }

    public static Families all() {
        return new Families(List.of(new ConvOutputSize(), new ConvParams(), new ConvMultiplications(), new Memory(),
                new Concepts(), new IouFamily(), new BboxFamily(), new NmsFamily(), new PoolingFamily(),
                new ConvByHand(), new BatchNormFamily(), new ArchitectureFamily(), new ResnetFamily(), new FcnFamily()));
    }
}
