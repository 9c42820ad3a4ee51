package app.stride.grading;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.Misconception;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists with a meaning: a set (the boxes NMS drops, or suppresses, in one step) in any order and
 * any writing, an empty set in words; a sequence (the boxes in the order NMS selects them) by place.
 */
class ListGradingTest {

    private static PartResult grade(boolean ordered, List<Integer> key, String typed) {
        return HandBuiltExercise.GRADER.grade(HandBuiltExercise.list(ordered, key, List.of()), Map.of("answer", typed),
                Locale.ENGLISH).part("answer");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"4, 3", "3, 4", "3,4", "4 3", "4;3", "[4, 3]", "{3, 4}", "(4,3)", "3 and 4", "4 en 3",
            "boxes 4 and 3", "3, 4, 4", "3 → 4", "  4 ,  3  ", "3&4", "4 & 3"})
    void aSetIsRightInAnyOrderAndWriting(String typed) {
        PartResult r = grade(false, List.of(3, 4), typed);
        assertThat(r.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.list()).as("read as the key writes it").containsExactly(3, 4);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"none", "None", "NONE.", "geen", "Geen", "no box", "no boxes", "geen enkele", "nothing",
            "niets", "-", "—", "∅", "{}", "[]", "leeg", "empty", "0 boxes", "0 boxen"})
    void theEmptySetIsAnsweredInWordsOrSigns(String typed) {
        assertThat(grade(false, List.of(), typed).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(false, List.of(2), typed).outcome()).as("none when there is one").isEqualTo(Outcome.WRONG);
        assertThat(grade(false, List.of(2), typed).score()).isZero();
    }

    @Test
    void aBlankFieldIsNoAnswerNotTheEmptySet() {
        for (String blank : List.of("", "   ")) {
            PartResult r = grade(false, List.of(), blank);
            assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(r.reasonKey()).isEqualTo("grading.invalid.empty");
        }
        assertThat(grade(false, List.of(), "two").outcome()).isEqualTo(Outcome.INVALID);
    }

    @ParameterizedTest(name = "key {0}, typed {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 4   | 3          | 0.5
            3 4   | 4, 3, 5    | 0.6666666666666666
            3 4   | 5          | 0
            3 4 5 | 5, 3       | 0.6666666666666666
            3     | 3, 4       | 0.5
            3     | none       | 0
            -     | 2          | 0
            """)
    void aSetEarnsTheShareOfItemsItGotRight(String key, String typed, double score) {
        List<Integer> keyList = key.equals("-") ? List.of()
                : java.util.Arrays.stream(key.split(" ")).map(Integer::valueOf).toList();
        PartResult r = grade(false, keyList, typed);
        assertThat(r.score()).isEqualTo(score);
        assertThat(r.outcome()).isEqualTo(score > 0 ? Outcome.PARTIAL : Outcome.WRONG);
    }

    @Test
    void aSequenceEarnsCreditPerPlace() {
        assertThat(grade(true, List.of(5, 4, 3), "5, 4, 3").outcome()).isEqualTo(Outcome.CORRECT);
        PartResult swapped = grade(true, List.of(5, 4, 3), "4, 5, 3");
        assertThat(swapped.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(swapped.score()).isEqualTo(1.0 / 3);
        assertThat(grade(true, List.of(5, 4, 3), "3, 5, 4").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(grade(true, List.of(5, 4, 3), "5 → 4 → 3").outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void aSetsMisconceptionIsRecognizedInAnyOrder() {
        Misconception kept = Misconception.list("kept-suppressed-box", "answer", List.of(1, 3, 4));
        PartResult r = HandBuiltExercise.GRADER.grade(HandBuiltExercise.list(false, List.of(3, 4), List.of(kept)),
                Map.of("answer", "4, 1, 3"), Locale.ENGLISH).part("answer");
        assertThat(r.misconceptionId()).isEqualTo("kept-suppressed-box");
        PartResult inOrder = HandBuiltExercise.GRADER.grade(HandBuiltExercise.list(true, List.of(3, 4),
                List.of(kept)), Map.of("answer", "4, 1, 3"), Locale.ENGLISH).part("answer");
        assertThat(inOrder.misconceptionId()).as("a sequence's mistake is its order too").isNull();
    }
}
