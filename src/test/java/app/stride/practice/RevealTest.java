package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** "Show the answer" is a wrong answer on the record, kept before the key is shown, and only once. */
@StrideTest
class RevealTest {

    @Autowired
    PracticeService practice;
    @Autowired
    QuestionBank bank;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressService progress;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void showingTheAnswerStoresAnAttemptOfScoreZeroOnceAndTheExerciseEarnsNoCreditAfter() {
        Exercise e = bank.generate("conv-output-size-same", 90_817);
        long before = progress.mine().totalAttempts();
        assertThat(practice.revealed(e)).isFalse();

        PracticeService.Submission shown = practice.reveal(e, 12_000);

        assertThat(shown.recorded()).isTrue();
        assertThat(shown.feedback().score()).isZero();
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap("select score, source, answers, seed, template_id, part_scores"
                + " from attempt where id = (select max(id) from attempt)");
        assertThat(((Number) row.get("score")).doubleValue()).isZero();
        assertThat(row.get("source")).isEqualTo("revealed");
        assertThat(row.get("answers")).as("nothing was answered").isEqualTo("{}");
        assertThat(row.get("part_scores")).isEqualTo("{\"height\":0.0,\"width\":0.0,\"channels\":0.0}");
        assertThat(((Number) row.get("seed")).longValue()).isEqualTo(90_817L);
        assertThat(row.get("template_id")).isEqualTo("conv-output-size-same");
        assertThat(progress.mine().families()).filteredOn(f -> f.family().equals("conv-output-size"))
                .singleElement().satisfies(f -> assertThat(f.mastered()).isFalse());
        assertThat(practice.revealed(e)).isTrue();
        assertThat(practice.revealed(bank.generate("conv-output-size-same", 90_818))).as("that variant only").isFalse();

        practice.reveal(e, 1_000);
        assertThat(progress.mine().totalAttempts()).as("a second click records nothing more").isEqualTo(before + 1);

        // the key, typed in from the page (or from another tab opened before), earns nothing
        // 225 × 300, same padding, stride 3: ceil(225 / 3) = 75, ceil(300 / 3) = 100, 32 filters
        assertThat(e.params()).containsEntry("h", 225).containsEntry("w", 300).containsEntry("stride", 3)
                .containsEntry("filters", 32);
        PracticeService.Submission typedKey = practice.submit(e, Map.of("height", "75", "width", "100",
                "channels", "32"), 3_000, "practice", java.util.Locale.ENGLISH);
        assertThat(typedKey.feedback().score()).as("graded as right").isEqualTo(1.0);
        assertThat(typedKey.recorded()).as("but not recorded").isFalse();
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
    }
}
