package app.stride.grading;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.engine.ByteUnit;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.PartSpec;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a typed number reads, by the language it was typed in and what the part asks: the one
 * table of the reading rules (question-bank/README.md says them in words). Expected values are
 * in the part's unit (MB for an MB part), worked out by hand; AMBIGUOUS lists the readings the
 * student is asked to choose from, in the order they are offered.
 */
class AnswerReadingTest {

    @ParameterizedTest(name = "{0} {1}: \"{2}\" reads {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a whole quantity (a count, bytes in B): a lone mark before three digits groups thousands, in both languages
            nl | count | 903.400         | 903400
            nl | count | 903,400         | 903400
            en | count | 903.400         | 903400
            en | count | 903,400         | 903400
            nl | B     | 741.632 B       | 741632
            nl | B     | 741.632         | 741632
            en | B     | 741.632 B       | 741632
            en | B     | 450,304 B       | 450304
            en | B     | 450,304         | 450304
            nl | B     | 450,304 bytes   | 450304
            nl | MB    | 741.632 B       | 0.741632
            en | MB    | 450,304 B       | 0.450304
            # spaces of any kind only ever group thousands
            nl | count | 3 613 600       | 3613600
            en | count | 3\u00A0613\u00A0600   | 3613600
            nl | count | 3\u202F613\u202F600   | 3613600
            en | count | 3\u2009613\u2009600   | 3613600
            nl | MB    | 3 613,5 KB      | 3.6135
            en | MB    | 3 613.5 KB      | 3.6135
            # the same mark several times groups; with both marks the last is the decimal one
            nl | count | 3.613.600       | 3613600
            en | count | 3,613,600       | 3613600
            en | count | 3.613.600       | 3613600
            nl | MB    | 3.613.600,5 B   | 3.6136005
            en | MB    | 3,613,600.5 B   | 3.6136005
            en | value | 3.613,5         | 3613.5
            nl | value | 3,613.5         | 3613.5
            # the locale's decimal mark before three digits is decimal
            nl | MB    | 2,576 MB        | 2.576
            en | MB    | 2.576 MB        | 2.576
            nl | value | 3,613           | 3.613
            en | value | 3.613           | 3.613
            # the locale's thousands mark before three digits, where decimals are possible: asked
            en | MB    | 2,576 MB        | AMBIGUOUS 2576 2.576
            nl | MB    | 2.576 MB        | AMBIGUOUS 2576 2.576
            en | value | 3,613           | AMBIGUOUS 3613 3.613
            nl | value | 3.613           | AMBIGUOUS 3613 3.613
            en | value | 12,500          | AMBIGUOUS 12500 12.5
            # a mark not before exactly three digits is decimal in both languages: a sensible format, never wrong
            en | MB    | 3,6 MB          | 3.6
            nl | MB    | 3.6 MB          | 3.6
            nl | MB    | 3,6             | 3.6
            en | MB    | 12,5            | 12.5
            en | value | 3,61            | 3.61
            nl | value | 3.61            | 3.61
            nl | value | 1234.567        | 1234.567
            en | value | 1234,567        | 1234.567
            nl | value | 0.613           | 0.613
            en | value | 0,125           | 0.125
            # nothing before the mark: 0,3
            nl | value | ,3              | 0.3
            nl | value | .3              | 0.3
            en | value | .3              | 0.3
            en | value | ,3              | 0.3
            en | value | -.5             | -0.5
            # an exponent or % makes the mark decimal
            en | MB    | 3,613e6 B       | 3.613
            nl | MB    | 3.6·10^6 B      | 3.6
            en | value | 45,123%         | 0.45123
            nl | value | 1/4             | 0.25
            # a bare whole number from 10 000 up in a part not asked in B may be a count of bytes: asked
            en | MB    | 372992          | AMBIGUOUS 372992 0.372992
            nl | MB    | 372 992         | AMBIGUOUS 372992 0.372992
            en | KB    | 10000           | AMBIGUOUS 10000 10
            en | MB    | 9999            | 9999
            nl | MB    | 4608            | 4608
            en | MB    | 372992.5        | 372992.5
            en | MB    | 372992 B        | 0.372992
            en | MB    | 372,992         | AMBIGUOUS 372992 0.372992 372.992
            nl | B     | 372992          | 372992
            # no number
            en | value | abc             | INVALID
            nl | value | 3,6,7           | INVALID
            en | value | 3.                | INVALID
            nl | count | 3 MB            | INVALID
            en | count | 1/0             | INVALID
            nl | value | '   '           | INVALID
            # the examples the "not a number" message gives read one way in their language, in any part
            en | value | 1,234,567       | 1234567
            nl | value | 1.234.567       | 1234567
            en | value | 4.05e7          | 40500000
            nl | value | 4,05e7          | 40500000
            nl | MB    | 0,25            | 0.25
            # a percentage is no amount of memory
            en | MB    | 50 %            | INVALID
            nl | MB    | 50%             | INVALID
            # powers of ten beyond any answer of the course: refused before they cost work or storage
            en | value | 1e-999          | INVALID
            en | MB    | 1e999           | INVALID
            nl | count | 4·10^31         | INVALID
            en | count | 4.05e7          | 40500000
            en | value | 2.5e-30         | 0.0000000000000000000000000000025
            """)
    void readsAsTheStudentMeantIt(String lang, String kind, String typed, String expected) {
        PartSpec part = HandBuiltExercise.part(kind);
        Locale locale = Locale.forLanguageTag(lang);
        PartResult r = HandBuiltExercise.GRADER.grade(HandBuiltExercise.number(part, BigDecimal.ONE),
                Map.of("answer", typed), locale).part("answer");
        if (expected.equals("INVALID")) {
            assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
        } else if (expected.startsWith("AMBIGUOUS")) {
            assertThat(r.outcome()).isEqualTo(Outcome.AMBIGUOUS);
            List<BigDecimal> readings = Arrays.stream(expected.substring("AMBIGUOUS ".length()).split(" "))
                    .map(v -> inBaseUnit(part, v)).toList();
            assertThat(r.readings()).extracting(Reading::value).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(readings);
            assertThat(r.score()).isZero();
        } else {
            assertThat(r.outcome()).isIn(Outcome.CORRECT, Outcome.WRONG);
            assertThat(r.value()).isEqualByComparingTo(inBaseUnit(part, expected));
        }
    }

    /** A value written in the part's unit, in bytes for a memory part. */
    private static BigDecimal inBaseUnit(PartSpec part, String value) {
        BigDecimal v = new BigDecimal(value);
        return part.kind() == AnswerKind.BYTES ? v.multiply(BigDecimal.valueOf(part.unit().bytes())) : v;
    }

    @Test
    void theIssuesExamplesAreGradedRight() {
        // 741 632 B and 450 304 B as the worked solutions say them; 2,576 MB in English is asked about
        PartSpec bytes = HandBuiltExercise.part("B");
        assertThat(grade(bytes, BigDecimal.valueOf(741_632), "741.632 B", "nl").outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(bytes, BigDecimal.valueOf(450_304), "450,304 B", "en").outcome()).isEqualTo(Outcome.CORRECT);
        PartSpec mb = HandBuiltExercise.part("MB");
        assertThat(grade(mb, BigDecimal.valueOf(2_576_000), "2,576 MB", "en").outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(grade(mb, BigDecimal.valueOf(2_576_000), "2,576 MB", "nl").outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(mb, BigDecimal.valueOf(372_992), "372992", "en").outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(grade(HandBuiltExercise.part("value"), new BigDecimal("0.3"), ".3", "en").outcome())
                .isEqualTo(Outcome.CORRECT);
    }

    @Test
    void whetherABareNumberIsAskedAboutNeverDependsOnTheKey() {
        // 372 992 B and 372 992 MB as keys: the same question either way, or the question gives the key away
        PartSpec mb = HandBuiltExercise.part("MB");
        PartResult small = grade(mb, BigDecimal.valueOf(372_992), "372992", "en");
        PartResult large = grade(mb, BigDecimal.valueOf(372_992_000_000L), "372992", "en");
        assertThat(small).isEqualTo(large);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 372992      | 372\u202F992 MB;372\u202F992 B ≈ 0.373 MB
            nl | 372992      | 372\u202F992 MB;372\u202F992 B ≈ 0,373 MB
            en | 2,576 MB    | 2\u202F576 MB;2.576 MB
            nl | 2.576 MB    | 2\u202F576 MB;2,576 MB
            en | 10000       | 10\u202F000 MB;10\u202F000 B = 0.01 MB
            """)
    void theReadingsAreSaidBackInThePartsUnitAndTheLocalesMarks(String lang, String typed, String shown) {
        PartSpec mb = HandBuiltExercise.part("MB");
        PartResult r = grade(mb, BigDecimal.ONE, typed, lang);
        Locale locale = Locale.forLanguageTag(lang);
        assertThat(r.readings()).extracting(reading -> ReadingText.shown(mb, reading, locale))
                .containsExactly(shown.split(";"));
    }

    @Test
    void aChosenReadingIsWrittenBackSoThatItReadsOneWayOnly() {
        PartSpec mb = HandBuiltExercise.part("MB");
        PartSpec value = HandBuiltExercise.part("value");
        for (String lang : List.of("en", "nl")) {
            Locale locale = Locale.forLanguageTag(lang);
            for (String typed : List.of("2,576 MB", "2.576 MB", "372992", "372,992", "372.992")) {
                for (Reading reading : grade(mb, BigDecimal.ONE, typed, lang).readings()) {
                    PartResult again = grade(mb, BigDecimal.ONE, ReadingText.typed(mb, reading, locale), lang);
                    assertThat(again.value()).as("%s %s", lang, typed).isEqualByComparingTo(reading.value());
                }
            }
            for (Reading reading : grade(value, BigDecimal.ONE, lang.equals("en") ? "3,613" : "3.613", lang)
                    .readings()) {
                PartResult again = grade(value, BigDecimal.ONE, ReadingText.typed(value, reading, locale), lang);
                assertThat(again.value()).isEqualByComparingTo(reading.value());
            }
        }
        assertThat(ReadingText.typed(mb, new Reading(BigDecimal.valueOf(372_992), ByteUnit.B), Locale.ENGLISH))
                .isEqualTo("372992 B");
        assertThat(ReadingText.typed(mb, new Reading(BigDecimal.valueOf(2_576_000), ByteUnit.MB),
                Locale.forLanguageTag("nl"))).isEqualTo("2,576 MB");
    }

    private static PartResult grade(PartSpec part, BigDecimal key, String typed, String lang) {
        return HandBuiltExercise.GRADER.grade(HandBuiltExercise.number(part, key), Map.of("answer", typed),
                Locale.forLanguageTag(lang)).part("answer");
    }
}
