package app.stride.exercise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which a viewer sees a choice question's options. Templates are written with the
 * right option first more often than not, so an unshuffled question leaks its key by position.
 * The order is a permutation drawn from (template id, seed, viewer) alone: the same student sees
 * the same order on every reload, in the review and in the teacher's view of the attempt, and
 * another student most likely another one. Grading goes by the option's id, never by position.
 *
 * <p>Viewers: in practice the student's account id, in a quiz or mock exam the question's row id
 * (one per attempt and question: the student's page, the review and the teacher's reading of it
 * all know it), {@link #ANYONE} where there is no student (the exercise API, a teacher's preview,
 * the Moodle export). Practice seeds are positive and quiz seeds negative, so an account id and a
 * question's id never mix on one exercise.
 */
public final class ChoiceOrder {

    /** The viewer where no student is known: the order is still shuffled, only the same for all. */
    public static final long ANYONE = 0;

    private ChoiceOrder() {
    }

    /** The exercise's options in the order {@code viewer} sees them. */
    public static List<Choice> of(Exercise exercise, long viewer) {
        return of(exercise.template().id(), exercise.seed(), viewer, exercise.template().choices());
    }

    /** {@code choices} in the order {@code viewer} sees them in the exercise (template id, seed). */
    public static List<Choice> of(String templateId, long seed, long viewer, List<Choice> choices) {
        List<Choice> order = new ArrayList<>(choices);
        // Fisher–Yates: every one of the n! orders equally likely for a random (id, seed, viewer)
        SplittableRandom random = new SplittableRandom(key(templateId, seed, viewer));
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Choice swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return List.copyOf(order);
    }

    /**
     * One 64-bit key from the three: FNV-1a over the id's bytes (stable across JVMs, unlike
     * {@code String.hashCode}'s 32 bits, which collide for short ids), each part then stirred in
     * with a full-avalanche mix, so that seeds or viewers one apart give unrelated orders.
     */
    static long key(String templateId, long seed, long viewer) {
        long h = 0xcbf29ce484222325L;
        for (byte b : templateId.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = mix(h ^ mix(seed + 0x9e3779b97f4a7c15L));
        return mix(h ^ mix(viewer + 0xbf58476d1ce4e5b9L));
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer, as SplittableRandom's own mixing. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
