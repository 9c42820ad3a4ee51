package app.stride.grading;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.ByteUnit;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerParserTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Read as an English student's answer in a part that may have decimals. */
    private static NumberReading read(String typed) {
        return AnswerParser.read(typed, Locale.ENGLISH, false);
    }

    private static NumberReading.Value value(String typed) {
        NumberReading r = read(typed);
        assertThat(r).as(typed).isInstanceOf(NumberReading.Value.class);
        return (NumberReading.Value) r;
    }

    @ParameterizedTest(name = "{0} = {1} bytes")
    @CsvSource(delimiter = '|', textBlock = """
            3.613.600        | 3613600
            3 613 600        | 3613600
            3,613,600        | 3613600
            3,6 MB           | 3600000
            3.6 MB           | 3600000
            3.6e6            | 3600000
            3,6E6            | 3600000
            3,6·10^6         | 3600000
            3.6 × 10^6       | 3600000
            12,6 MB          | 12600000
            12.613.600 B     | 12613600
            12 613 600 bytes | 12613600
            3.613.600,5      | 3613600.5
            3,613,600.5      | 3613600.5
            720 KB           | 720000
            0,72 MB          | 720000
            3.613 MB         | 3613000
            1 KiB            | 1024
            3.5 MiB          | 3670016
            2 GiB            | 2147483648
            1.52 mb          | 1520000
            2800             | 2800
            −12              | -12
            """)
    void numbersAsStudentsWriteThem(String typed, String bytes) {
        assertThat(value(typed).bytes()).isEqualByComparingTo(new BigDecimal(bytes));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | 3.613  | 3613  | 3.613
            en | 3,613  | 3613  | 3.613
            nl | 12.500 | 12500 | 12.5
            """)
    void theLocalesThousandsMarkBeforeThreeDigitsIsAskedAbout(String lang, String typed, String thousands,
                                                                String decimal) {
        NumberReading r = AnswerParser.read(typed, Locale.forLanguageTag(lang), false);
        assertThat(r).isInstanceOf(NumberReading.Ambiguous.class);
        assertThat(((NumberReading.Ambiguous) r).readings()).extracting(NumberReading.Value::number)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(thousands), new BigDecimal(decimal));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.61    | 3.61
            3,61    | 3.61
            0.613   | 0.613
            0,125   | 0.125
            1234.5  | 1234.5
            1234,567| 1234.567
            14%     | 0.14
            1/7     | 0.1428571428571429
            1/4     | 0.25
            """)
    void unambiguousDecimalsPercentagesAndFractions(String typed, String plain) {
        assertThat(value(typed).plain()).isEqualByComparingTo(new BigDecimal(plain));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abc          | grading.invalid.number
            3..6         | grading.invalid.number
            3,6,7        | grading.invalid.number
            36 13        | grading.invalid.number
            3 MHz        | grading.invalid.unit
            1/0          | grading.invalid.zero
            '   '        | grading.invalid.empty
            """)
    void whatIsNoNumberIsSaidSo(String typed, String reason) {
        assertThat(read(typed)).isEqualTo(new NumberReading.Invalid(reason));
    }

    @Property(tries = 2000)
    void everyWholeNumberWrittenTheDutchOrEnglishWayReadsBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            String written = NumberFormat.getIntegerInstance(locale).format(n);
            NumberReading r = AnswerParser.read(written, locale, false);
            List<NumberReading.Value> readings = r instanceof NumberReading.Ambiguous a ? a.readings()
                    : List.of((NumberReading.Value) r);
            assertThat(readings).as(written).anySatisfy(v -> assertThat(v.number())
                    .isEqualByComparingTo(BigDecimal.valueOf(n)));
        }
        assertThat(value(Long.toString(n)).number()).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    @Property(tries = 1000)
    void megabytesWithOneDecimalReadExactlyInBothLanguages(@ForAll @LongRange(min = 0, max = 99_999) long tenths) {
        BigDecimal mb = BigDecimal.valueOf(tenths, 1);
        String nl = mb.toPlainString().replace('.', ',') + " MB";
        String en = mb.toPlainString() + " MB";
        BigDecimal bytes = mb.multiply(BigDecimal.valueOf(ByteUnit.MB.bytes()));
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (String written : List.of(nl, en)) {
                NumberReading r = AnswerParser.read(written, locale, false);
                assertThat(r).as("%s in %s", written, locale).isInstanceOf(NumberReading.Value.class);
                assertThat(((NumberReading.Value) r).bytes()).isEqualByComparingTo(bytes);
            }
        }
    }

    /** Strings built from what answers are made of, so that most of them are almost numbers. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> answerLike() {
        return net.jqwik.api.Arbitraries.of("0", "1", "3", "6", "9", "613", ".", ",", " ", "  ", "-", "+", "e", "E", "MB",
                        "kb", "KiB", "B", "%", "x10^", "·10^", "/", "\t", "bytes", "Hz")
                .list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void theShortcutReadsEveryAnswerAsThePatternDoes(@ForAll("answerLike") String typed) {
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (boolean whole : List.of(true, false)) {
                assertThat(AnswerParser.read(typed, locale, whole, true)).as(typed)
                        .isEqualTo(AnswerParser.read(typed, locale, whole, false));
            }
        }
    }
}
