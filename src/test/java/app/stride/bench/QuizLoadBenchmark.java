package app.stride.bench;

import app.stride.StrideApplication;
import app.stride.account.AccountService;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A class taking a quiz at once: many students autosaving answers into the embedded H2 file
 * database, as the quiz page does on every pause in typing, each save committed and synced to
 * the disk before it returns. Prints saves per second and latency percentiles; the service
 * layer, without the browser round trip. Run on demand: {@code mvn -Pbench test-compile -Dbench=QuizLoadBenchmark}.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(16)
public class QuizLoadBenchmark {

    @State(Scope.Benchmark)
    public static class App {
        ConfigurableApplicationContext context;
        QuizTakingService taking;
        AccountService accounts;
        String code;
        final AtomicInteger students = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() throws Exception {
            Path data = Files.createTempDirectory("stride-load");
            SpringApplication app = new SpringApplication(StrideApplication.class);
            // arguments, not default properties: application.properties would win over those
            context = app.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("stride"), "--server.port=0",
                    "--stride.scheduling.enabled=false", "--stride.admin.initial-password=bench-admin-pw",
                    "--logging.level.root=warn");
            taking = context.getBean(QuizTakingService.class);
            accounts = context.getBean(AccountService.class);
            accounts.register("load.teacher", "Load Teacher", "load-teacher-pw");
            signIn("load.teacher", "TEACHER");
            QuizService quizzes = context.getBean(QuizService.class);
            QuizCard quiz = quizzes.create(new QuizSettings("Load", List.of(
                    new QuizSettings.Item("conv-params", null, null, 4),
                    new QuizSettings.Item("conv-output-size", null, null, 3),
                    new QuizSettings.Item("iou", null, null, 3)), true, 120, null, null, 1, false,
                    FeedbackPolicy.AFTER_SUBMIT));
            code = quizzes.publish(quiz.id()).joinCode();
            SecurityContextHolder.clearContext();
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /** One student per benchmark thread, with an attempt of ten questions. */
    @State(Scope.Thread)
    public static class Student {
        long attemptId;
        long version;
        List<AttemptSheet.Question> questions;
        int typed;

        @Setup(Level.Trial)
        public void join(App app) {
            String name = "load.s" + app.students.incrementAndGet();
            app.accounts.register(name, name, "unused-secret-pw");
            signIn(name, "STUDENT");
            AttemptSheet attempt = app.taking.sheet(app.taking.join(app.code));
            attemptId = attempt.id();
            version = attempt.version();
            questions = attempt.questions();
        }
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** One autosave: a student has changed an answer box. */
    @Benchmark
    public void autosave(App app, Student s) {
        AttemptSheet.Question q = s.questions.get(s.typed % s.questions.size());
        String part = app.taking.exercise(q).template().parts().get(0).id();
        s.version = app.taking.save(s.attemptId, s.version, q.id(), part, String.valueOf(++s.typed)).version();
    }
}
