package app.stride.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in prompts and labels as a reader of the locale writes them, the way keys are written. */
class PromptNumbersTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @ParameterizedTest(name = "{0} is {1} in English and {2} in Dutch")
    @CsvSource(delimiter = '|', value = {
            "0.1667    | 0.1667     | 0,1667",
            "4.75      | 4.75       | 4,75",
            "0.2500    | 0.25       | 0,25",
            "0.0025    | 0.0025     | 0,0025",
            "-2        | -2         | -2",
            "4096      | 4096       | 4096",
            "9999      | 9999       | 9999",
            "10000     | 10,000     | 10.000",
            "903400    | 903,400    | 903.400",
            "1234567.5 | 1,234,567.5 | 1.234.567,5",
    })
    void aDecimalInTheLocalesMarkAndThousandsGroupedFromTenThousandOn(String value, String en, String nl) {
        BigDecimal number = new BigDecimal(value);
        assertThat(PromptNumbers.format(number, Locale.ENGLISH)).isEqualTo(en);
        assertThat(PromptNumbers.format(number, DUTCH)).isEqualTo(nl);
    }

    @Test
    void aDrawnDoubleOrWholeNumberShowsItsOwnDigits() {
        assertThat(PromptNumbers.format(0.1, DUTCH)).isEqualTo("0,1");
        assertThat(PromptNumbers.format(0.9, Locale.ENGLISH)).isEqualTo("0.9");
        assertThat(PromptNumbers.format(2.0, DUTCH)).isEqualTo("2");
        assertThat(PromptNumbers.format(64, DUTCH)).isEqualTo("64");
        assertThat(PromptNumbers.format(50_000L, Locale.ENGLISH)).isEqualTo("50,000");
    }

    @Test
    void fillWritesNumbersAndWordingsInTheReadersLocale() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("epsilon", 0.1);
        values.put("acx", new BigDecimal("0.1775"));
        values.put("units", 4096);
        values.put("table", new Text("0: score 0.27", "0: score 0,27"));
        values.put("padding", "same");
        String text = "ε = {epsilon}, A = ({acx}), {units} units, {padding}, {table}, {missing}";
        assertThat(Exercise.fill(text, values, DUTCH))
                .isEqualTo("ε = 0,1, A = (0,1775), 4096 units, same, 0: score 0,27, {missing}");
        assertThat(Exercise.fill(text, values, Locale.ENGLISH))
                .isEqualTo("ε = 0.1, A = (0.1775), 4096 units, same, 0: score 0.27, {missing}");
    }
}
