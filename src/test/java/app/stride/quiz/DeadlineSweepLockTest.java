package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Several nodes, one sweep: the timer's sweep runs only on the node that holds the lock row, and
 * the node that finds it held by another skips the round. Another node is played by its lock row.
 */
@StrideTest
class DeadlineSweepLockTest {

    private static final String OTHER_NODE = "stride-node-b";

    @Autowired
    QuizDeadlines deadlines;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuizAttemptRepository attempts;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noLockLeftBehind() {
        jdbc.update("delete from shedlock where name = ?", QuizDeadlines.SWEEP_LOCK);
        SecurityContextHolder.clearContext();
    }

    @Test
    void whileAnotherNodeHoldsTheLockThisOneSkipsTheSweepAndTakesItOnceTheLockEnds() {
        SignedIn.as(SignedIn.student(accounts, "lock.sweep"), "STUDENT");
        long exam = taking.startExam().attemptId();
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(61));

        jdbc.update("delete from shedlock where name = ?", QuizDeadlines.SWEEP_LOCK);
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)",
                QuizDeadlines.SWEEP_LOCK, Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")),
                Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")), OTHER_NODE);
        deadlines.scheduledSweep();
        assertThat(attempts.findById(exam).orElseThrow().isSubmitted()).as("the other node's round").isFalse();

        // the other node's lock ran out (it finished, or died and its lock's time is up)
        jdbc.update("update shedlock set lock_until = ? where name = ?",
                Timestamp.from(Instant.parse("2000-01-01T00:00:01Z")), QuizDeadlines.SWEEP_LOCK);
        deadlines.scheduledSweep();
        assertThat(attempts.findById(exam).orElseThrow().isSubmitted()).isTrue();
        assertThat(attempts.findById(exam).orElseThrow().isAutoSubmitted()).isTrue();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
                QuizDeadlines.SWEEP_LOCK)).as("this node took the lock").isNotEqualTo(OTHER_NODE);
    }
}
