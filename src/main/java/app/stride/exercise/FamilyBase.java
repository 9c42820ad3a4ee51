package app.stride.exercise;

import java.util.Set;

/** What every family declares about itself; the computation is each family's own. */
public abstract class FamilyBase implements Family {

    private final String id;
    private final Set<String> requiredParams;
    private final Set<String> partIds;
    private final Set<String> misconceptionIds;
    private final Set<String> derivedParams;

    protected FamilyBase(String id, Set<String> requiredParams, Set<String> partIds, Set<String> misconceptionIds,
                         Set<String> derivedParams) {
        this.id = id;
        this.requiredParams = Set.copyOf(requiredParams);
        this.partIds = Set.copyOf(partIds);
        this.misconceptionIds = Set.copyOf(misconceptionIds);
        this.derivedParams = Set.copyOf(derivedParams);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<String> requiredParams() {
        return requiredParams;
    }

    @Override
    public final Set<String> partIds() {
        return partIds;
    }

    @Override
    public final Set<String> misconceptionIds() {
        return misconceptionIds;
    }

    @Override
    public final Set<String> derivedParams() {
        return derivedParams;
    }
}
