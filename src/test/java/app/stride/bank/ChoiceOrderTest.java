package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.ChoiceOrder;
import app.stride.exercise.Exercise;
import app.stride.exercise.ExercisePart;
import app.stride.exercise.Seeds;
import app.stride.exercise.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The options of a choice question are shuffled per (exercise, viewer): the right option's place
 * tells nothing, and a student who always takes the first option scores what guessing scores.
 */
class ChoiceOrderTest {

    private static QuestionBank bank;
    private static List<Template> choiceTemplates;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
        choiceTemplates = bank.templates().stream()
                .filter(t -> t.parts().stream().anyMatch(p -> p.kind() == AnswerKind.CHOICE)).toList();
    }

    @Test
    void thereAreChoiceQuestionsToShuffle() {
        // the bank's concept items: 44 when this was written; a bank without any would test nothing
        assertThat(choiceTemplates).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theSameViewerSeesTheSameOrderEveryTimeAndTheOrderHoldsEveryOption() {
        Exercise e = bank.generate("concept-pooling-params", 12);
        List<String> first = ids(e.parts(4711).get(0).choices());
        for (int i = 0; i < 5; i++) {
            assertThat(ids(bank.generate("concept-pooling-params", 12).parts(4711).get(0).choices()))
                    .isEqualTo(first);
        }
        assertThat(first).containsExactlyInAnyOrderElementsOf(ids(e.template().choices()));
    }

    @Test
    void differentViewersSeeDifferentOrders() {
        // three options have 6 orders: 200 viewers see them all, each about a sixth of the time
        Exercise e = bank.generate(threeOptions().id(), 99);
        Map<List<String>, Integer> seen = new java.util.HashMap<>();
        for (long viewer = 1; viewer <= 600; viewer++) {
            seen.merge(ids(ChoiceOrder.of(e, viewer)), 1, Integer::sum);
        }
        assertThat(seen).hasSize(6);
        assertThat(seen.values()).allSatisfy(n -> assertThat(n).isBetween(60, 140));
    }

    @Test
    void theApiOrderIsShuffledTooNotTheTemplateOrder() {
        // no student in the API: viewer 0, and still the right option is not where the template wrote it
        int first = 0;
        int drawn = 0;
        for (Template t : choiceTemplates) {
            for (long seed = 1; seed <= 30; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                ExercisePart part = e.parts().get(0);
                first += part.choices().get(0).id().equals(e.expected(part.id()).choice()) ? 1 : 0;
                drawn++;
            }
        }
        // 39 templates of 3 options and 5 of 2: by chance about 36 % first; unshuffled it was 95 %
        assertThat((double) first / drawn).isBetween(0.30, 0.42);
    }

    @Test
    void theRightOptionIsEvenlySpreadOverThePositions() {
        // per number of options k: how often the right option is shown at each position
        Map<Integer, long[]> at = new TreeMap<>();
        SplittableRandom random = new SplittableRandom(14);
        long drawn = 0;
        for (Template t : choiceTemplates) {
            for (int s = 0; s < 60; s++) {
                long seed = s % 2 == 0 ? Seeds.practice(random) : Seeds.quiz(random);
                Exercise e = bank.generate(t.id(), seed);
                for (int v = 0; v < 60; v++) {
                    long viewer = random.nextLong(1, 1_000_000);
                    for (ExercisePart part : e.parts(viewer)) {
                        if (part.kind() != AnswerKind.CHOICE) {
                            continue;
                        }
                        String right = e.expected(part.id()).choice();
                        int k = part.choices().size();
                        at.computeIfAbsent(k, n -> new long[n])[ids(part.choices()).indexOf(right)]++;
                        drawn++;
                    }
                }
            }
        }
        assertThat(drawn).isGreaterThanOrEqualTo(10_000);
        assertThat(at.keySet()).contains(2, 3);
        at.forEach((k, counts) -> {
            long total = java.util.Arrays.stream(counts).sum();
            for (int position = 0; position < k; position++) {
                assertThat((double) counts[position] / total).as("k = %d, position %d of %d draws", k, position, total)
                        .isCloseTo(1.0 / k, within(0.03));
            }
        });
    }

    @Test
    void aStudentWhoAlwaysPicksTheFirstOptionScoresWhatGuessingScores() {
        SplittableRandom random = new SplittableRandom(5);
        double score = 0;
        double chance = 0;
        int questions = 0;
        for (Template t : choiceTemplates) {
            for (int i = 0; i < 250; i++) {
                Exercise e = bank.generate(t.id(), Seeds.practice(random));
                long student = random.nextLong(1, 100_000);
                ExercisePart part = e.parts(student).get(0);
                score += bank.grade(e, Map.of(part.id(), part.choices().get(0).id()), Locale.ENGLISH).score();
                chance += 1.0 / part.choices().size();
                questions++;
            }
        }
        // over 11 000 questions: within 2 points of what a coin (or a die of k sides) would score
        assertThat(score / questions).isCloseTo(chance / questions, within(0.02));
    }

    @Test
    void gradingGoesByTheOptionNotItsPosition() {
        Exercise e = bank.generate(threeOptions().id(), 3);
        String right = e.expected("answer").choice();
        Set<Integer> positions = new HashSet<>();
        for (long viewer = 1; viewer <= 30; viewer++) {
            positions.add(ids(e.parts(viewer).get(0).choices()).indexOf(right));
            assertThat(bank.grade(e, Map.of("answer", right), Locale.ENGLISH).score()).isEqualTo(1.0);
        }
        assertThat(positions).as("the right option is shown in every place").hasSize(3);
    }

    private static Template threeOptions() {
        return choiceTemplates.stream().filter(t -> t.choices().size() == 3).findFirst().orElseThrow();
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }
}
