package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import app.stride.engine.ByteUnit;
import app.stride.exercise.Exercise;
import app.stride.practice.PracticeService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An answer is read in the language it was typed in, also when it is graded later: "1,807 MB" is
 * 1.807 MB to a Dutch student and could be 1807 MB to an English one. A quiz grades at hand-in, a
 * review grades the stored answers again: both read them in the language kept with them.
 */
@StrideTest
class AnswerLanguageTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private static void as(String username, String role) {
        SignedIn.as(username, role);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void student(String name) {
        SignedIn.student(accounts, name);
    }

    /** The key in the unit that puts one to three digits before the decimal comma: "1,807 MB", "450,304 KB". */
    private static String dutchDecimals(BigDecimal bytes) {
        for (ByteUnit unit : List.of(ByteUnit.KB, ByteUnit.MB, ByteUnit.GB)) {
            BigDecimal in = bytes.divide(BigDecimal.valueOf(unit.bytes()), 3, RoundingMode.HALF_UP);
            if (in.compareTo(BigDecimal.ONE) >= 0 && in.compareTo(BigDecimal.valueOf(1000)) < 0) {
                return in.toPlainString().replace('.', ',') + " " + unit.symbol();
            }
        }
        throw new IllegalStateException("a key of " + bytes + " B");
    }

    @Test
    void aQuizAnswerTypedInDutchIsGradedInDutchAtHandIn() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Talen", List.of(new QuizSettings.Item(
                "memory", "memory-params", null, 1)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        for (Locale typedIn : List.of(DUTCH, Locale.ENGLISH)) {
            student("language." + typedIn.getLanguage());
            AttemptSheet attempt = taking.sheet(taking.join(quiz.joinCode()));
            AttemptSheet.Question q = attempt.questions().get(0);
            Exercise e = taking.exercise(q);
            String typed = dutchDecimals(e.expected("paramBytes").number());
            taking.save(attempt.id(), taking.sheet(attempt.id()).version(), q.id(), "params",
                    e.expected("params").number().toPlainString(), typedIn);
            taking.save(attempt.id(), taking.sheet(attempt.id()).version(), q.id(), "paramBytes", typed, typedIn);
            assertThat(jdbc.queryForList("select lang from quiz_answer where question_id = ?", String.class, q.id()))
                    .containsOnly(typedIn.getLanguage());
            AttemptSheet done = taking.submit(attempt.id());
            // in English the lone comma before three digits may group thousands: asked while typing, 0 at hand-in
            assertThat(done.questions().get(0).score()).as("%s typed in %s", typed, typedIn)
                    .isEqualTo(typedIn == DUTCH ? 1.0 : 0.5);
        }
    }

    /** The key in the unit that puts one to three digits before the decimal point: "1.382 MB", which Dutch reads two ways. */
    private static String englishDecimals(BigDecimal bytes) {
        return dutchDecimals(bytes).replace(',', '.');
    }

    /**
     * A memory-course question answered in English but for its last part, typed in Dutch: "1.382 MB"
     * among the English answers is 1.382 MB, "569,227 MB" in the Dutch one 569.227 MB.
     */
    private AttemptSheet answeredInTwoLanguages(FeedbackPolicy policy, String student) {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Twee talen " + policy, List.of(
                new QuizSettings.Item("memory", "memory-course", null, 1)), false, 30, null, null, 1, false,
                policy)).id());
        student(student);
        AttemptSheet attempt = taking.sheet(taking.join(quiz.joinCode()));
        AttemptSheet.Question q = attempt.questions().get(0);
        Exercise e = taking.exercise(q);
        Map<String, String> english = new java.util.LinkedHashMap<>();
        english.put("params", e.expected("params").number().toPlainString());
        english.put("paramBytes", englishDecimals(e.expected("paramBytes").number()));
        english.put("inference", e.expected("inference").number().toPlainString() + " B");
        english.forEach((part, typed) -> {
            clock.advance(Duration.ofSeconds(10));
            taking.save(attempt.id(), taking.sheet(attempt.id()).version(), q.id(), part, typed, Locale.ENGLISH);
        });
        clock.advance(Duration.ofSeconds(10));
        taking.save(attempt.id(), taking.sheet(attempt.id()).version(), q.id(), "training",
                dutchDecimals(e.expected("training").number()), DUTCH);
        return taking.sheet(attempt.id());
    }

    @Test
    void everyPartOfAQuestionIsReadInTheLanguageItWasTypedIn() {
        AttemptSheet attempt = answeredInTwoLanguages(FeedbackPolicy.AFTER_SUBMIT, "language.mixed");
        assertThat(taking.handInCheck(attempt.id())).as("nothing reads two ways in the language it was typed in")
                .isEqualTo(new QuizTakingService.HandInCheck(0, 0));
        assertThat(taking.submit(attempt.id()).questions().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void anImmediateCheckReadsEveryPartInTheLanguageItWasTypedIn() {
        AttemptSheet attempt = answeredInTwoLanguages(FeedbackPolicy.IMMEDIATE, "language.mixed.check");
        AttemptSheet checked = taking.check(attempt.id(), attempt.questions().get(0).id());
        assertThat(checked.questions().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void aPracticeAttemptIsReviewedInTheLanguageItWasTypedIn() {
        student("language.practice");
        Exercise e = practice.reopen("memory-params", 77).orElseThrow();
        Map<String, String> typed = Map.of("params", e.expected("params").number().toPlainString(),
                "paramBytes", dutchDecimals(e.expected("paramBytes").number()));
        PracticeService.Submission submitted = practice.submit(e, typed, 1000, "practice", DUTCH);
        assertThat(submitted.recorded()).isTrue();
        assertThat(submitted.feedback().score()).isEqualTo(1.0);
        long id = jdbc.queryForObject("select max(id) from attempt", Long.class);
        assertThat(jdbc.queryForObject("select lang from attempt where id = ?", String.class, id)).isEqualTo("nl");
        assertThat(practice.review(id).orElseThrow().feedback().score()).isEqualTo(1.0);
        assertThat(practice.submit(e, typed, 1000, "practice", Locale.ENGLISH).recorded())
                .as("the same text in English reads two ways").isFalse();
    }
}
