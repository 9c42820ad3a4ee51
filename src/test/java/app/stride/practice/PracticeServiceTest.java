package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.Template;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** What practice draws next: never a variant the student saw today, and the nearest difficulty, said. */
@StrideTest
class PracticeServiceTest {

    @Autowired
    PracticeService practice;
    @Autowired
    QuestionBank bank;
    @Autowired
    MutableClock clock;

    private void answer(Exercise e) {
        practice.submit(e, Map.of("answer", e.expected("answer").choice()), 1000, "practice");
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void nextNeverRepeatsAConceptQuestionAnsweredTodayWhileTheTopicHasOthers() {
        // concept questions have one variant each: "Next" must go to another question of the topic
        List<String> basic = bank.family("concepts").stream().filter(t -> t.difficulty() == 1).map(Template::id)
                .toList();
        assertThat(basic).hasSizeGreaterThan(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < basic.size(); i++) {
            Exercise e = practice.next("concepts", 1);
            assertThat(seen.add(e.template().id())).as("draw %d repeats %s", i, e.template().id()).isTrue();
            answer(e);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(basic);
        // a new day: they may all come again
        clock.advance(Duration.ofDays(1));
        assertThat(practice.next("concepts", 1).template().id()).isIn(basic);
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void nextNeverRepeatsAVariantShownInThisSessionEvenUnanswered() {
        int basic = (int) bank.family("concepts").stream().filter(t -> t.difficulty() == 1).count();
        Exercise first = practice.next("concepts", 1);
        Set<Long> shown = new HashSet<>(Set.of(practice.variantKey(first)));
        for (int i = 1; i < basic; i++) {
            PracticeService.Next next = practice.next("concepts", 1, shown);
            assertThat(shown.add(practice.variantKey(next.exercise()))).as("draw %d", i).isTrue();
        }
    }

    @Autowired
    app.stride.StatementCounter counter;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void whatWasSeenTodayIsReadInOneStatementOfTheDaysAttempts() {
        for (int i = 0; i < 3; i++) {
            answer(practice.next("concepts", 1));
        }
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            answer(practice.next("concepts", 1));
        }
        app.stride.StatementCounter.Counted next = counter.count(() -> practice.next("concepts", 1, Set.of()));
        assertThat(next.statements()).filteredOn(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("from attempt"))
                .singleElement().satisfies(sql -> assertThat(sql.toLowerCase(java.util.Locale.ROOT))
                        .contains("created_at>=").contains("user_id="));
    }

    @Test
    void aMissingDifficultyFallsBackToTheNearestAndTheEasierOnATie() {
        List<Template> memory = bank.family("memory");
        assertThat(memory).extracting(Template::difficulty).contains(1, 2, 3);
        List<Template> noHard = memory.stream().filter(t -> t.difficulty() != 3).toList();
        assertThat(PracticeService.candidates(noHard, "memory", 3)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.difficulty()).isEqualTo(2));
        List<Template> noExam = memory.stream().filter(t -> t.difficulty() != 2).toList();
        assertThat(PracticeService.candidates(noExam, "memory", 2)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.difficulty()).isEqualTo(1));
        assertThat(PracticeService.candidates(memory, "memory", 3)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.difficulty()).isEqualTo(3));
        assertThat(PracticeService.candidates(memory, "memory", null)).hasSameSizeAs(memory);
    }
}
