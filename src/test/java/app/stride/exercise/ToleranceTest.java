package app.stride.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one margin that grading and the Moodle export both use. */
class ToleranceTest {

    @Test
    void aRelativeMarginScalesWithTheValue() {
        Tolerance onePercent = new Tolerance(0.01, 0);
        assertThat(onePercent.margin(new BigDecimal("3.6"))).isEqualByComparingTo("0.036");
        assertThat(onePercent.accepts(new BigDecimal("3.6"), new BigDecimal("3.636"))).isTrue();
        assertThat(onePercent.accepts(new BigDecimal("3.6"), new BigDecimal("3.64"))).isFalse();
    }

    @Test
    void theLargerOfTheTwoMarginsCounts() {
        Tolerance twoDecimals = new Tolerance(0.01, 0.005);
        assertThat(twoDecimals.margin(new BigDecimal("0.42"))).isEqualByComparingTo("0.005");
        assertThat(twoDecimals.margin(new BigDecimal("-2"))).isEqualByComparingTo("0.02");
    }

    @Test
    void anExactPartHasNoMargin() {
        assertThat(Tolerance.EXACT.margin(new BigDecimal("1792"))).isEqualByComparingTo("0");
        assertThat(Tolerance.EXACT.accepts(new BigDecimal("1792"), new BigDecimal("1792.0"))).isTrue();
    }
}
