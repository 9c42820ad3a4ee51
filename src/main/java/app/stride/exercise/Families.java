package app.stride.exercise;

import app.stride.exercise.family.ArchitectureFamily;
import app.stride.exercise.family.BatchNormFamily;
import app.stride.exercise.family.FcnFamily;
import app.stride.exercise.family.ResnetFamily;
import app.stride.exercise.family.BboxFamily;
import app.stride.exercise.family.Concepts;
import app.stride.exercise.family.IouFamily;
import app.stride.exercise.family.ConvMultiplications;
import app.stride.exercise.family.ConvOutputSize;
import app.stride.exercise.family.ConvParams;
import app.stride.exercise.family.ConvByHand;
import app.stride.exercise.family.Memory;
import app.stride.exercise.family.PoolingFamily;
import app.stride.exercise.family.NmsFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every family by its fixed id; progress and quizzes refer to these ids. */
public final class Families {

    private final Map<String, Family> byId = new LinkedHashMap<>();

    public Families(List<Family> families) {
        families.forEach(f -> byId.put(f.id(), f));
    }

    public static Families all() {
        return new Families(List.of(new ConvOutputSize(), new ConvParams(), new ConvMultiplications(), new Memory(),
                new Concepts(), new IouFamily(), new BboxFamily(), new NmsFamily(), new PoolingFamily(),
                new ConvByHand(), new BatchNormFamily(), new ArchitectureFamily(), new ResnetFamily(), new FcnFamily()));
    }

    public Family get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown family " + id));
    }

    public Optional<Family> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Family> list() {
        return List.copyOf(byId.values());
    }
}
