package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.EditedBank;
import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What a student saw and was graded on stays so: a practice attempt drawn from one version of a
 * template is reviewed with the same numbers and the same key after the template has been edited.
 */
@StrideTest
class StoredAttemptTest {

    @Autowired
    PracticeService practice;
    @Autowired
    QuestionBank bank;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void anAttemptIsReviewedWithTheNumbersAndKeyItWasDrawnWithAfterItsTemplateChanged() {
        // the bank as it was when the student practised: since then the filters were edited
        QuestionBank before = EditedBank.otherFilters();
        long seed = 4711;
        Exercise drawn = before.generate("conv-params-rgb", seed);
        Exercise now = bank.generate("conv-params-rgb", seed);
        assertThat(now.params().get("filters")).as("the edit draws other numbers").isNotEqualTo(drawn.params().get("filters"));
        String key = drawn.expected("params").number().toPlainString();

        practice.submit(drawn, Map.of("params", key), 1000, "practice");
        long id = jdbc.queryForObject("select max(id) from attempt", Long.class);

        PracticeService.Review review = practice.review(id).orElseThrow();
        assertThat(review.exercise().params()).isEqualTo(drawn.params());
        assertThat(review.exercise().expected("params")).isEqualTo(drawn.expected("params"));
        assertThat(review.exercise().prompt(java.util.Locale.ENGLISH)).isEqualTo(drawn.prompt(java.util.Locale.ENGLISH));
        assertThat(review.feedback().score()).isEqualTo(1.0);
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void aPracticeLinkOpensPracticesSeedsButNeverAQuizs() {
        assertThat(practice.reopen("conv-params-rgb", 1)).isPresent();
        assertThat(practice.reopen("conv-params-rgb", Long.MAX_VALUE)).isPresent();
        for (long quizSeed : new long[] {0, -1, -42, Long.MIN_VALUE}) {
            assertThat(practice.reopen("conv-params-rgb", quizSeed)).as("seed %d", quizSeed).isEmpty();
        }
    }
}
