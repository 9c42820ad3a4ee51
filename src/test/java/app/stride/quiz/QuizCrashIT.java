package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.TestPostgres;
import app.stride.crash.AppCommand;
import app.stride.crash.AttemptPage;
import app.stride.crash.AutosaveBurst;
import app.stride.crash.ChildApp;
import app.stride.crash.QuizPublisher;
import app.stride.crash.SaveLedger;
import app.stride.crash.StudentTab;
import app.stride.protocol.VaadinClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Saved." means saved, also when the server dies the next moment. The app runs as a child
 * process on an H2 file, as in production; a class autosaves in a fast burst, one thread and tab
 * per student, and the process is killed with SIGKILL at a random moment of it. After a restart on
 * the same file every field must hold the value last acknowledged for it (or the one whose answer
 * the kill swallowed). Once, the kill comes right after a hand-in was acknowledged, which must come
 * back handed in with its answers. H2 used to keep commits in memory for up to half a second: this
 * test lost saves then.
 */
class QuizCrashIT {

    private static final int STUDENTS = 4;
    private static final int QUESTIONS = 10;
    private static final int ROUNDS = 3;
    /**
     * A burst that acknowledges fewer saves than this per student proves too little. A save takes
     * some 60 ms here (its commit is synced to the disk), so a kill after 600 ms leaves plenty.
     */
    private static final int MIN_ACKNOWLEDGED_PER_STUDENT = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String TEACHER = "teacher";
    private static final String TEACHER_PASSWORD = "teacher-demo";

    private ChildApp app;
    private final List<StudentTab> students = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() {
        students.forEach(StudentTab::close);
        if (app != null) {
            app.close();
            assertThat(app.isAlive()).as("the app's process after the test").isFalse();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // it takes one to two; @AfterEach kills the app all the same
    void everyAcknowledgedAnswerAndHandInSurvivesAKill() throws Exception {
        long began = System.nanoTime();
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        // a fresh database per run, kept for a look afterwards (mvn clean removes it)
        Path run = base.resolve("target/quiz-crash")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        int port = ChildApp.freePort();
        app = new ChildApp(strideCommand(base, run.resolve("db"), port), base, run.resolve("app.log"), port, "login");
        System.out.println("QuizCrashIT: seed " + seed + ", app on port " + port + ", files in " + run);
        try {
            start("first start");
            List<SaveLedger> ledgers = prepareClass();
            AutosaveBurst burst = new AutosaveBurst(app, random);
            for (int round = 1; round <= ROUNDS; round++) {
                boolean handInRound = round == ROUNDS;
                ledgers = crashAndCheck(round, handInRound, burst, random, ledgers);
            }
            System.out.printf("QuizCrashIT: %d rounds in %.1f s%n", ROUNDS, (System.nanoTime() - began) / 1e9);
        } catch (Throwable failure) {
            System.err.println(app.logTail(80));
            throw failure;
        }
    }

    /**
     * The production-like app ({@link AppCommand}). The database URL carries no parameters: the
     * durability must not depend on how the URL is written.
     */
    private static List<String> strideCommand(Path base, Path dbDir, int port) {
        return AppCommand.of(base, "1g", port, database(dbDir), "crash-admin-pw", List.of());
    }

    /**
     * An H2 file of its own; or, in the PostgreSQL round ({@code -Dstride.test.db=postgres}, failsafe's
     * {@code postgres} execution), the test JVM's PostgreSQL server through the postgres profile, as a
     * production node would be started. That server outlives every kill of the app.
     */
    private static List<String> database(Path dbDir) {
        if (!TestPostgres.wanted()) {
            return List.of("--spring.datasource.url=jdbc:h2:file:" + dbDir.resolve("stride"));
        }
        TestPostgres postgres = TestPostgres.get();
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.url(),
                "--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=" + postgres.password());
    }

    private void start(String which) {
        Duration took = app.start();
        System.out.printf("QuizCrashIT: %s: answering after %.1f s%n", which, took.toMillis() / 1000.0);
    }

    /** Students register (signed in at once), the demo teacher publishes a quiz, each student joins it. */
    private List<SaveLedger> prepareClass() {
        for (int i = 1; i <= STUDENTS; i++) {
            StudentTab student = new StudentTab(app.port(), REQUEST_TIMEOUT, "crash" + i, "crash-pass-" + i);
            students.add(student);
            student.register("Crash Student " + i);
        }
        String code;
        try (VaadinClient teacher = signedInTeacher()) {
            // ten single-field count questions: "1 · basic" of this family is the RGB template, one part each
            code = new QuizPublisher(teacher).publish("Crash quiz", "Conv parameters", "1 · basic", QUESTIONS, 60);
        }
        List<SaveLedger> ledgers = new ArrayList<>();
        for (StudentTab student : students) {
            AttemptPage page = student.join(code, QUESTIONS);
            Map<String, String> shown = page.values();
            assertThat(shown).as(student.username() + "'s fields on a new attempt").hasSize(QUESTIONS)
                    .allSatisfy((part, value) -> assertThat(value).isEmpty());
            ledgers.add(new SaveLedger(shown));
        }
        return ledgers;
    }

    /**
     * The demo accounts are made by an ApplicationRunner, which runs once Tomcat already answers:
     * right after the first start the teacher may not exist yet, so first the app's word that it does.
     */
    private VaadinClient signedInTeacher() {
        app.awaitLog("Created demo account '" + TEACHER + "'.");
        VaadinClient teacher = VaadinClient.local(app.port(), REQUEST_TIMEOUT);
        try {
            teacher.login(TEACHER, TEACHER_PASSWORD);
            return teacher;
        } catch (RuntimeException e) {
            teacher.close();
            throw e;
        }
    }

    /** One burst and kill, a restart, and every student's attempt read back; returns the next round's ledgers. */
    private List<SaveLedger> crashAndCheck(int round, boolean handInRound, AutosaveBurst burst, Random random,
                                           List<SaveLedger> ledgers) {
        List<AutosaveBurst.Typist> typists = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            StudentTab student = students.get(i);
            typists.add(new AutosaveBurst.Typist(student.username(), student.currentPage(), ledgers.get(i)));
        }
        // the first student hands in after a few saves, during the others' burst, in the last round
        AutosaveBurst.Result result = handInRound
                ? burst.killRightAfterHandIn(typists, 0, 8 + random.nextInt(8))
                : burst.killAfter(typists, Duration.ofMillis(600 + random.nextInt(900)));
        assertThat(result.errors()).as("round " + round + ": what went wrong besides the kill").isEmpty();
        students.forEach(StudentTab::close); // their tabs are of a dead server now

        start("restart after round " + round);
        List<SaveLedger> next = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int inFlightKept = 0;
        for (int i = 0; i < STUDENTS; i++) {
            StudentTab student = students.get(i);
            SaveLedger ledger = ledgers.get(i);
            student.signIn();
            AttemptPage page = student.openAttempt();
            Map<String, String> found = handInRound && i == 0 ? handedInAnswers(student, page, ledger, lost) : page.values();
            ledger.lostIn(found).forEach(l -> lost.add(student.username() + " " + l));
            inFlightKept += ledger.inFlightCommitted(found) ? 1 : 0;
            next.add(new SaveLedger(found));
        }
        System.out.printf("QuizCrashIT: round %d: %d students, %d acknowledged saves, killed after %d ms%s, "
                        + "%d unanswered saves found committed, %d lost%n", round, STUDENTS, result.acknowledged(),
                result.killedAfter().toMillis(), handInRound ? " (right after " + students.get(0).username()
                        + "'s acknowledged hand-in: \"" + result.handInStatus().orElse("?") + "\")" : "",
                inFlightKept, lost.size());
        assertThat(lost).as("round " + round + ": acknowledged answers lost by the kill").isEmpty();
        assertThat(result.acknowledged()).as("round " + round + ": acknowledged saves in the burst")
                .isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED_PER_STUDENT * STUDENTS);
        return next;
    }

    /**
     * The student who handed in just before the kill: the attempt is handed in (status, no answer
     * fields left) and its review shows, part by part, exactly the acknowledged answers.
     */
    private static Map<String, String> handedInAnswers(StudentTab student, AttemptPage page, SaveLedger ledger,
                                                       List<String> lost) {
        String status = page.status();
        if (!status.startsWith("Handed in") || !page.parts().isEmpty()) {
            lost.add(student.username() + "'s acknowledged hand-in: after the restart the status says \"" + status
                    + "\" and " + page.parts().size() + " answer fields are open");
            return page.values();
        }
        List<String> given = page.reviewGiven();
        assertThat(given).as(student.username() + "'s review lines").hasSize(QUESTIONS);
        assertThat(page.questionCount()).as(student.username() + "'s reviewed questions").isEqualTo(QUESTIONS);
        Map<String, String> found = new LinkedHashMap<>();
        List<String> parts = ledger.parts();
        for (int k = 0; k < parts.size(); k++) {
            found.put(parts.get(k), given.get(k));
        }
        assertThat(ledger.hasInFlight()).as(student.username() + " had nothing in flight at the hand-in").isFalse();
        return found;
    }
}
