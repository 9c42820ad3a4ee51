package app.stride.exercise;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of computation, in code: which engine or runtime call answers it, which wrong
 * computations are typical, and how to explain the answer. Templates (data) pick a family and
 * say where the numbers come from and how the question is worded.
 */
public interface Family {

    String id();

    /** Parameters a template of this family must define. */
    Set<String> requiredParams();

    /** Values the family works out from the parameters for the prompt (a grid, a table of boxes). */
    default Set<String> derivedParams() {
        return Set.of();
    }

    /** Part ids a template of this family may ask for. */
    Set<String> partIds();

    /** The misconceptions this family recognizes. */
    Set<String> misconceptionIds();

    /** Why these parameters do not make a well-defined question (then others are drawn); empty if fine. */
    default Optional<String> reject(Map<String, Object> params) {
        return Optional.empty();
    }

    /** The exercise for these parameters: expected answers, typical wrong ones, worked solution. */
    Exercise create(Template template, long seed, Map<String, Object> params);

    /**
     * What a later part should be if the student's earlier (wrong) answers were right: error
     * carried forward, so one early slip does not cost every later part.
     */
    default Optional<BigDecimal> carriedForward(Exercise exercise, String partId, Map<String, BigDecimal> earlier) {
        return Optional.empty();
    }
}
