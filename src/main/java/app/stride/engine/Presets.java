package app.stride.engine;

import java.util.ArrayList;
import java.util.List;

/** Networks to start from: the course's example and well-known architectures. */
public enum Presets {
    COURSE_EXAMPLE, LENET5, TYPICAL_CNN, VGG16, RESNET50;

    public String key() {
        return name().toLowerCase().replace("_", "-");
    }

    public Model model() {
        return switch (this) {
            case COURSE_EXAMPLE -> courseExample();
            case LENET5 -> lenet5();
            case TYPICAL_CNN -> typical();
            case VGG16 -> vgg16();
            case RESNET50 -> resnet50();
        };
    }

    /** The course notes' example: 200×300×3 through three 3×3 convs, stride 2, same padding. */
    static Model courseExample() {
        return new Model(Shape.of(200, 300, 3), List.of(
                Conv2D.of(100, 3, 2, Padding.SAME),
                Conv2D.of(200, 3, 2, Padding.SAME),
                Conv2D.of(400, 3, 2, Padding.SAME)));
    }

    static Model lenet5() {
        return new Model(Shape.of(32, 32, 1), List.of(
                conv(6, 5, 1, Padding.VALID, Activation.TANH),
                AvgPool2D.of(2),
                conv(16, 5, 1, Padding.VALID, Activation.TANH),
                AvgPool2D.of(2),
                new Flatten(null, null),
                dense(120, Activation.TANH),
                dense(84, Activation.TANH),
                dense(10, Activation.SOFTMAX)));
    }

    /** The course's typical CNN: [conv, conv, pool] × 3, global average pooling, softmax. */
    static Model typical() {
        List<Layer> layers = new ArrayList<>();
        for (int filters : new int[] {32, 64, 128}) {
            layers.add(conv(filters, 3, 1, Padding.SAME, Activation.RELU));
            layers.add(conv(filters, 3, 1, Padding.SAME, Activation.RELU));
            layers.add(MaxPool2D.of(2));
        }
        layers.add(new GlobalAvgPool2D(null, null));
        layers.add(dense(10, Activation.SOFTMAX));
        return new Model(Shape.of(64, 64, 3), layers);
    }

    static Model vgg16() {
        List<Layer> layers = new ArrayList<>();
        int[][] blocks = {{64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}};
        for (int[] block : blocks) {
            for (int i = 0; i < block[1]; i++) {
                layers.add(conv(block[0], 3, 1, Padding.SAME, Activation.RELU));
            }
            layers.add(MaxPool2D.of(2));
        }
        layers.add(new Flatten(null, null));
        layers.add(dense(4096, Activation.RELU));
        layers.add(dense(4096, Activation.RELU));
        layers.add(dense(1000, Activation.SOFTMAX));
        return new Model(Shape.of(224, 224, 3), layers);
    }

    /**
     * Keras' ResNet-50 with its top. Keras zero-pads before the 7×7 conv and the first max
     * pool and then uses valid padding; same padding gives the same shapes and counts here.
     */
    static Model resnet50() {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Conv2D("conv1_conv", null, 64, Window.square(7), Window.square(2), Padding.SAME, true,
                null));
        layers.add(new BatchNorm("conv1_bn", null));
        layers.add(new ActivationLayer("conv1_relu", null, Activation.RELU));
        layers.add(new MaxPool2D("pool1_pool", null, Window.square(3), Window.square(2), Padding.SAME));
        String x = "pool1_pool";
        int[][] stacks = {{64, 3, 1}, {128, 4, 2}, {256, 6, 2}, {512, 3, 2}};
        for (int s = 0; s < stacks.length; s++) {
            for (int b = 1; b <= stacks[s][1]; b++) {
                x = bottleneck(layers, "conv" + (s + 2) + "_block" + b, x, stacks[s][0],
                        b == 1 ? stacks[s][2] : 1, b == 1);
            }
        }
        layers.add(new GlobalAvgPool2D("avg_pool", null));
        layers.add(new Dense("predictions", null, 1000, true, Activation.SOFTMAX));
        return new Model(Shape.of(224, 224, 3), layers);
    }

    private static String bottleneck(List<Layer> layers, String name, String in, int filters, int stride,
                                     boolean convShortcut) {
        String shortcut = in;
        if (convShortcut) {
            layers.add(new Conv2D(name + "_0_conv", in, 4 * filters, Window.square(1), Window.square(stride),
                    Padding.VALID, true, null));
            layers.add(new BatchNorm(name + "_0_bn", null));
            shortcut = name + "_0_bn";
        }
        layers.add(new Conv2D(name + "_1_conv", in, filters, Window.square(1), Window.square(stride), Padding.VALID,
                true, null));
        layers.add(new BatchNorm(name + "_1_bn", null));
        layers.add(new ActivationLayer(name + "_1_relu", null, Activation.RELU));
        layers.add(new Conv2D(name + "_2_conv", null, filters, Window.square(3), Window.square(1), Padding.SAME, true,
                null));
        layers.add(new BatchNorm(name + "_2_bn", null));
        layers.add(new ActivationLayer(name + "_2_relu", null, Activation.RELU));
        layers.add(new Conv2D(name + "_3_conv", null, 4 * filters, Window.square(1), Window.square(1), Padding.VALID,
                true, null));
        layers.add(new BatchNorm(name + "_3_bn", null));
        layers.add(new Add(name + "_add", List.of(shortcut, name + "_3_bn")));
        layers.add(new ActivationLayer(name + "_out", null, Activation.RELU));
        return name + "_out";
    }

    private static Conv2D conv(int filters, int kernel, int stride, Padding padding, Activation activation) {
        return new Conv2D(null, null, filters, Window.square(kernel), Window.square(stride), padding, true, activation);
    }

    private static Dense dense(int units, Activation activation) {
        return new Dense(null, null, units, true, activation);
    }
}
