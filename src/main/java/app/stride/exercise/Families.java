package app.stride.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Families by their fixed ids; progress and quizzes refer to these ids. The course's own list is
 * {@link app.stride.exercise.family.CourseFamilies#all()}: the families build on this package, not
 * the other way round.
 */
public final class Families {

    private final Map<String, Family> byId = new LinkedHashMap<>();

    public Families(List<Family> families) {
        families.forEach(f -> byId.put(f.id(), f));
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
