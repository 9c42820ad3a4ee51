package app.stride.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.TestPostgres;
import app.stride.crash.AppCommand;
import app.stride.crash.AttemptPage;
import app.stride.crash.AutosaveBurst;
import app.stride.crash.ChildApp;
import app.stride.crash.QuizPublisher;
import app.stride.crash.SaveLedger;
import app.stride.crash.StudentTab;
import app.stride.protocol.VaadinClient;
import app.stride.protocol.VaadinClientException;
import app.stride.protocol.VaadinClientException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The multi-node setup of the README as it runs in production, on one machine: a PostgreSQL
 * server ({@link TestPostgres}), two Stride nodes as child processes on the postgres profile,
 * and Debian's HAProxy with the repository's {@code src/main/deploy/haproxy.cfg} in front. Every
 * browser (a browserless Vaadin client) talks to the proxy only.
 *
 * <p>Students on both nodes autosave a quiz; one node is killed with SIGKILL mid-burst. Its
 * students, with the cookies their browser still holds (naming the dead node), must be sent to
 * the other node, sign in again and find every acknowledged answer; the other node's students
 * must not notice. Meanwhile other students' attempts run out of time while both nodes sweep
 * every second: each must be handed in once. A second hand-in would grade the attempt again and
 * move its student's mastery a second time, so the observable is mastery's attempt count, which
 * counts one graded question per step.
 */
class ClusterFailoverIT {

    private static final int TYPISTS = 4;
    private static final int LATE = 4;
    private static final int QUESTIONS = 10;
    private static final int LATE_QUESTIONS = 3;
    /** Fewer acknowledged saves per student than this in the burst proves too little. */
    private static final int MIN_ACKNOWLEDGED_PER_STUDENT = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONDITION_WITHIN = Duration.ofSeconds(90);
    private static final Duration PROBE_PAUSE = Duration.ofMillis(200);
    private static final String COOKIE = "SERVERID";
    private static final Pattern SERVER_COOKIE = Pattern.compile(COOKIE + "=([^;]+)");
    private static final Pattern SWEPT = Pattern.compile("Handed in (\\d+) attempt\\(s\\) whose time ran out\\.");

    private final Map<String, ChildApp> nodes = new LinkedHashMap<>();
    private ChildApp proxy;
    private final List<StudentTab> students = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() {
        students.forEach(StudentTab::close);
        if (proxy != null) {
            proxy.close();
        }
        nodes.values().forEach(ChildApp::close);
        assertThat(proxy == null || !proxy.isAlive()).as("HAProxy after the test").isTrue();
        nodes.forEach((name, node) -> assertThat(node.isAlive()).as(name + " after the test").isFalse());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // it takes about two; @AfterEach kills every process all the same
    void aDeadNodesStudentsResumeOnTheOtherAndEveryExpiredAttemptIsHandedInOnce() throws Exception {
        long began = System.nanoTime();
        long seed = Long.getLong("cluster.seed", System.nanoTime());
        Random random = new Random(seed);
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path run = base.resolve("target/cluster-failover")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        Database db = Database.fresh(TestPostgres.get());
        int proxyPort = ChildApp.freePort();
        for (String name : List.of("node1", "node2")) {
            int port = ChildApp.freePort();
            nodes.put(name, new ChildApp(nodeCommand(base, db, port), base, run.resolve(name + ".log"), port,
                    "actuator/health/readiness"));
        }
        proxy = new ChildApp(proxyCommand(base, proxyPort), base, run.resolve("haproxy.log"), proxyPort,
                "actuator/health/readiness");
        System.out.println("ClusterFailoverIT: seed " + seed + ", proxy on " + proxyPort + ", nodes on "
                + nodes.values().stream().map(n -> String.valueOf(n.port())).collect(Collectors.joining(", "))
                + ", files in " + run);
        try {
            // one after the other: the first migrates the schema and makes the first accounts
            nodes.forEach((name, node) -> System.out.printf("ClusterFailoverIT: %s ready after %.1f s%n", name,
                    node.start().toMillis() / 1000.0));
            proxy.start();
            awaitProxySees(proxyPort, nodes.keySet());

            List<StudentTab> typists = register("type", TYPISTS, proxyPort);
            List<StudentTab> late = register("late", LATE, proxyPort);
            checkTheNodesSeeEachBrowsersAddress(db, proxyPort);
            String code;
            String lateCode;
            try (VaadinClient teacher = signedInTeacher(proxyPort)) {
                QuizPublisher publisher = new QuizPublisher(teacher);
                code = publisher.publish("Cluster quiz", "Conv parameters", "1 · basic", QUESTIONS, 60);
                lateCode = publisher.publish("Cluster late quiz", "Conv parameters", "1 · basic", LATE_QUESTIONS, 60);
            }
            List<SaveLedger> ledgers = new ArrayList<>();
            for (StudentTab student : typists) {
                AttemptPage page = student.join(code, QUESTIONS);
                assertThat(page.values()).as(student.username() + "'s new attempt").hasSize(QUESTIONS)
                        .allSatisfy((part, value) -> assertThat(value).isEmpty());
                ledgers.add(new SaveLedger(page.values()));
            }
            for (StudentTab student : late) {
                student.join(lateCode, LATE_QUESTIONS);
            }

            List<Long> expired = late.stream().map(StudentTab::attemptId).toList();
            expireAndAwaitHandIn(db, expired);
            failover(typists, ledgers, random);
            checkHandedInOnce(db, late);
            System.out.printf("ClusterFailoverIT: done in %.1f s%n", (System.nanoTime() - began) / 1e9);
        } catch (Throwable failure) {
            nodes.values().forEach(n -> System.err.println(n.logTail(60)));
            System.err.println(proxy.logTail(30));
            throw failure;
        }
    }

    /** A production node: its own class path, the postgres and proxied profiles of start-cluster.sh, the sweep every second. */
    private static List<String> nodeCommand(Path base, Database db, int port) {
        return AppCommand.of(base, "768m", port, List.of("--spring.profiles.active=postgres,proxied",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()), "cluster-admin-pw",
                List.of("--stride.quiz.deadline-sweep=PT1S"));
    }

    /** HAProxy in the foreground with the repository's configuration, the addresses in its environment. */
    private List<String> proxyCommand(Path base, int proxyPort) {
        List<ChildApp> both = List.copyOf(nodes.values());
        return List.of("env", "STRIDE_PROXY_BIND=127.0.0.1", "STRIDE_PROXY_PORT=" + proxyPort,
                "STRIDE_NODE1=127.0.0.1:" + both.get(0).port(), "STRIDE_NODE2=127.0.0.1:" + both.get(1).port(),
                haproxy(), "-db", "-f", base.resolve("src/main/deploy/haproxy.cfg").toString());
    }

    private static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("ClusterFailoverIT needs HAProxy (Debian: apt-get install haproxy; .ci/run does)");
    }

    /**
     * Returns once requests without a cookie have been balanced onto every node: the proxy's checks
     * found them all ready, so the students that register next are spread over both.
     */
    private void awaitProxySees(int proxyPort, Set<String> names) {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).GET().build();
        Set<String> seen = new HashSet<>();
        awaitCondition("the proxy balances requests onto " + names, () -> {
            try {
                HttpResponse<Void> answer = http.send(probe, HttpResponse.BodyHandlers.discarding());
                answer.headers().allValues("set-cookie").stream().map(SERVER_COOKIE::matcher)
                        .filter(Matcher::find).forEach(m -> seen.add(m.group(1)));
            } catch (IOException e) {
                // not yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return seen.containsAll(names);
        });
    }

    private List<StudentTab> register(String prefix, int count, int proxyPort) {
        List<StudentTab> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            StudentTab student = new StudentTab(proxyPort, REQUEST_TIMEOUT, prefix + i, prefix + "-pass-" + i);
            students.add(student);
            made.add(student);
            student.register("Cluster Student " + prefix + " " + i);
        }
        Map<String, Long> perNode = made.stream().collect(Collectors.groupingBy(this::nodeOf, Collectors.counting()));
        assertThat(perNode.keySet()).as("the nodes the " + prefix + " students were balanced onto")
                .containsExactlyInAnyOrderElementsOf(nodes.keySet());
        return made;
    }

    /**
     * The throttles count sign-ins and registrations per browser address, so the nodes must see the
     * browser's, not the proxy's (else a whole exam shares one bucket: the 41st registration waits),
     * and never one the browser wrote into X-Forwarded-For itself (a fresh bucket per guess). A
     * browser elsewhere (127.0.0.2) registers, then guesses a password with a made-up header.
     */
    private void checkTheNodesSeeEachBrowsersAddress(Database db, int proxyPort) {
        try (SourceAddressRelay elsewhere = new SourceAddressRelay("127.0.0.2", proxyPort)) {
            StudentTab far = new StudentTab(elsewhere.port(), REQUEST_TIMEOUT, "far1", "far-pass-1");
            students.add(far);
            far.register("Cluster Student far");
            try (VaadinClient guesser = VaadinClient.local(elsewhere.port(), REQUEST_TIMEOUT)) {
                guesser.sendAlways("X-Forwarded-For", "198.51.100.250");
                assertThatThrownBy(() -> guesser.login("far1", "a-wrong-guess"))
                        .isInstanceOfSatisfying(VaadinClientException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOGIN));
            }
        }
        assertThat(db.strings("select bucket_key from pace_bucket where bucket_key like 'register:%'"))
                .as("the addresses registrations were counted against")
                .containsExactlyInAnyOrder("register:127.0.0.1", "register:127.0.0.2");
        assertThat(db.strings("select bucket_key from login_failure where bucket_key like 'pair:far1@%'"))
                .as("the address the wrong guess was counted against").containsExactly("pair:far1@127.0.0.2");
    }

    private String nodeOf(StudentTab student) {
        return student.cookie(COOKIE).orElse("(no " + COOKIE + " cookie)");
    }

    /**
     * The demo teacher through the proxy. A node reports ready only after its start-up runners,
     * so the first node has made the demo accounts by now (the second found them made).
     */
    private static VaadinClient signedInTeacher(int proxyPort) {
        VaadinClient teacher = VaadinClient.local(proxyPort, REQUEST_TIMEOUT);
        try {
            teacher.login("teacher", "teacher-demo");
            return teacher;
        } catch (RuntimeException e) {
            teacher.close();
            throw e;
        }
    }

    /**
     * The late students' time runs out: instead of waiting out the shortest time limit (a minute),
     * their deadlines are moved into the past, as the clock would have moved them. Both nodes sweep
     * every second; returns once every one of them is handed in.
     */
    private void expireAndAwaitHandIn(Database db, List<Long> attempts) throws SQLException {
        String ids = attempts.stream().map(String::valueOf).collect(Collectors.joining(","));
        db.update("update quiz_attempt set deadline = now() - interval '1 minute' where id in (" + ids + ")");
        awaitCondition("the deadline sweep hands in attempts " + ids,
                () -> db.count("select count(*) from quiz_attempt where submitted_at is not null and id in (" + ids + ")")
                        == attempts.size());
    }

    /** The burst, the kill of the node with the first typist, and every student's attempt read back. */
    private void failover(List<StudentTab> typists, List<SaveLedger> ledgers, Random random) {
        String victimName = nodeOf(typists.get(0));
        String survivorName = nodes.keySet().stream().filter(n -> !n.equals(victimName)).findFirst().orElseThrow();
        ChildApp victim = nodes.get(victimName);
        List<AutosaveBurst.Typist> at = new ArrayList<>();
        for (int i = 0; i < typists.size(); i++) {
            at.add(new AutosaveBurst.Typist(typists.get(i).username(), typists.get(i).currentPage(), ledgers.get(i)));
        }
        AutosaveBurst.Result result = new AutosaveBurst(victim, random)
                .killAfter(at, Duration.ofMillis(1500 + random.nextInt(1000)));
        assertThat(result.errors()).as("what went wrong besides the kill").isEmpty();
        assertThat(victim.isAlive()).as(victimName + " after SIGKILL").isFalse();

        int typed = 0;
        int acknowledged = result.acknowledged();
        int fields = 0;
        int kept = 0;
        int inFlightKept = 0;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < typists.size(); i++) {
            StudentTab student = typists.get(i);
            SaveLedger ledger = ledgers.get(i);
            typed += ledger.acknowledgements() + (ledger.hasInFlight() ? 1 : 0);
            boolean onVictim = victimName.equals(nodeOf(student));
            if (onVictim) {
                student.signInAgain(); // same browser, same cookies: SERVERID still names the dead node
            } else {
                assertThat(ledger.hasInFlight()).as(student.username() + " on the live node had a save go unanswered")
                        .isFalse();
            }
            Map<String, String> found = student.openAttempt().values();
            assertThat(nodeOf(student)).as(student.username() + "'s node after the kill").isEqualTo(survivorName);
            ledger.lostIn(found).forEach(l -> lost.add(student.username() + " " + l));
            inFlightKept += ledger.inFlightCommitted(found) ? 1 : 0;
            for (String part : ledger.parts()) {
                if (!ledger.acknowledged(part).isEmpty()) {
                    fields++;
                    kept += ledger.acknowledged(part).equals(found.get(part)) ? 1 : 0;
                }
            }
        }
        System.out.printf("ClusterFailoverIT: %s killed after %d ms; answers typed %d / acknowledged %d / kept %d "
                        + "(fields with an acknowledged answer: %d, kept as acknowledged: %d, unanswered saves found "
                        + "committed: %d, lost: %d)%n", victimName, result.killedAfter().toMillis(), typed, acknowledged,
                acknowledged - lost.size(), fields, kept, inFlightKept, lost.size());
        assertThat(lost).as("acknowledged answers lost by the failover").isEmpty();
        assertThat(result.acknowledged()).as("acknowledged saves in the burst")
                .isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED_PER_STUDENT * TYPISTS);
    }

    /**
     * Each expired attempt handed in by the sweep, as it stood at its deadline, and graded once: its
     * student's mastery moved by one step per question. Checked at the end, when both nodes (then
     * the survivor) have swept many more times.
     */
    private void checkHandedInOnce(Database db, List<StudentTab> late) throws SQLException {
        for (StudentTab student : late) {
            long id = student.attemptId();
            assertThat(db.count("select count(*) from quiz_attempt where id = " + id
                    + " and auto_submitted and submitted_at = deadline")).as(student.username()
                    + "'s attempt handed in by the sweep at its deadline").isEqualTo(1);
            assertThat(db.count("select coalesce(sum(m.attempts), 0) from mastery m join app_user u on u.id = m.user_id"
                    + " where u.username = '" + student.username() + "'")).as(student.username()
                    + "'s mastery steps: one per question of the one hand-in").isEqualTo(LATE_QUESTIONS);
        }
        Map<String, Integer> swept = new LinkedHashMap<>();
        nodes.forEach((name, node) -> swept.put(name, sweptIn(node.log())));
        System.out.println("ClusterFailoverIT: " + late.size() + " expired attempts, each handed in once; the sweeps"
                + " that handed them in, per node: " + swept);
        assertThat(swept.values().stream().mapToInt(Integer::intValue).sum()).as("hand-ins the nodes' sweeps logged")
                .isEqualTo(late.size());
    }

    private static int sweptIn(Path log) {
        try {
            Matcher m = SWEPT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            int total = 0;
            while (m.find()) {
                total += Integer.parseInt(m.group(1));
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Probes until true, pausing between probes (cut short if the proxy dies), failing after a deadline. */
    private void awaitCondition(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + CONDITION_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + CONDITION_WITHIN.toSeconds() + " s: " + what);
            }
            ChildApp watched = proxy != null && proxy.isAlive() ? proxy : nodes.values().iterator().next();
            if (watched.awaitExit(PROBE_PAUSE)) {
                throw new AssertionError("a process of the cluster exited while waiting for: " + what);
            }
        }
    }

    /** A database of this test's own on the test JVM's PostgreSQL server, read and changed over JDBC. */
    private record Database(String url, String user, String password) {

        static Database fresh(TestPostgres server) throws SQLException {
            String name = "stride_cluster_" + System.nanoTime();
            try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                 Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            String url = server.url().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
            return new Database(url, server.user(), server.password());
        }

        void update(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }

        List<String> strings(String sql) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                 PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (r.next()) {
                    found.add(r.getString(1));
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        long count(String sql) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                 PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }
    }
}
