package app.stride.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideTest;
import app.stride.protocol.VaadinClientException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browserless protocol client against the real app on a random port: what it reads from the
 * mirrored state tree is what Stride's views render, and failures come with the right kind.
 */
@StrideTest
class VaadinClientBrowserIT {

    /** Generous: the first page of a cold dev-mode server takes a while. */
    private static final Duration APP_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    VaadinClient client;

    @BeforeEach
    void newTab() {
        client = VaadinClient.local(port, APP_TIMEOUT);
    }

    @AfterEach
    void closeTab() {
        client.close();
    }

    @Test
    void anAnonymousVisitorSeesTheLoginForm() {
        client.open("login");

        assertThat(client.location()).isEqualTo("login");
        assertThat(client.uiId()).isPresent();
        assertThat(client.find(n -> "vaadin-login-form".equals(n.tag()))).as(client.tree().dump()).hasSize(1);
        assertThat(client.cookie("JSESSIONID")).isPresent();
    }

    @Test
    void aProtectedRouteRedirectsAnAnonymousVisitorToTheLoginView() {
        client.open("join");

        assertThat(client.location()).isEqualTo("login");
        assertThat(client.find(n -> "vaadin-login-form".equals(n.tag()))).hasSize(1);
    }

    @Test
    void aStudentLogsInAndIsWelcomed() {
        client.open("login");
        String anonymousSession = client.cookie("JSESSIONID").orElseThrow();

        client.login("student", "student-demo");

        assertThat(client.location()).isEmpty();
        Node greeting = client.findByText("Welcome", "h1").orElseThrow(() -> new AssertionError(client.tree().dump()));
        assertThat(client.textOf(greeting)).startsWith("Welcome, ");
        // session fixation protection gave the logged-in session a new id, and the jar took it
        assertThat(client.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(anonymousSession);
    }

    @Test
    void anUnknownCodeIsRefusedOnTheCodeField() {
        client.login("student", "student-demo");
        client.navigate("join");

        assertThat(client.location()).isEqualTo("join");
        Node code = client.findOne(n -> "vaadin-text-field".equals(n.tag()) && "Quiz code".equals(n.property("label")),
                "code field");
        Node join = client.findOne(n -> "vaadin-button".equals(n.tag()) && "Join".equals(client.textOf(n)),
                "Join button");
        assertThat(code.property("errorMessage")).isNull();

        int before = client.requestCount();
        client.queueValue(code, "NOPE42");
        assertThat(client.requestCount()).as("a queued value waits for the next request").isEqualTo(before);
        client.click(join);

        assertThat(client.requestCount()).as("value and click in one request").isEqualTo(before + 1);
        assertThat(client.location()).isEqualTo("join");
        assertThat(code.property("value")).isEqualTo("NOPE42");
        assertThat(code.property("invalid")).isEqualTo(true);
        assertThat((String) code.property("errorMessage")).contains("No quiz has this code");
    }

    @Test
    void aWrongPasswordIsALoginFailure() {
        VaadinClientException failure = failureOf(() -> client.login("student", "not-the-password"));

        assertThat(failure.kind()).isEqualTo(Kind.LOGIN);
        assertThat(client.hasUsableUi()).isFalse();
    }

    @Test
    void independentTabsRunOnTheirOwnThreads() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Object>> tabs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String code = "NOPE" + i;
                tabs.add(threads.submit(() -> {
                    try (VaadinClient tab = VaadinClient.local(port, APP_TIMEOUT)) {
                        tab.login("student", "student-demo");
                        tab.navigate("join");
                        Node field = tab.findOne(n -> "Quiz code".equals(n.property("label")), "code field");
                        tab.setValue(field, code);
                        tab.click(tab.findOne(n -> "vaadin-button".equals(n.tag()) && "Join".equals(tab.textOf(n)), "Join"));
                        return List.of(tab.cookie("JSESSIONID").orElseThrow(), field.property("value"),
                                field.property("errorMessage"));
                    }
                }));
            }
            List<Object> sessions = new ArrayList<>();
            for (int i = 0; i < tabs.size(); i++) {
                List<?> result = (List<?>) tabs.get(i).get(2, TimeUnit.MINUTES);
                sessions.add(result.get(0));
                assertThat(result.get(1)).isEqualTo("NOPE" + i);
                assertThat((String) result.get(2)).contains("No quiz has this code");
            }
            assertThat(sessions).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void nothingListeningFailsFastAsANetworkFailure() throws IOException {
        int deadPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = probe.getLocalPort();
        }
        Duration timeout = Duration.ofSeconds(5);
        try (VaadinClient tab = VaadinClient.local(deadPort, timeout)) {
            long start = System.nanoTime();
            VaadinClientException failure = failureOf(() -> tab.open("login"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure.kind()).isEqualTo(Kind.NETWORK);
            assertThat(failure.isTransportFailure()).isTrue();
            assertThat(took).isLessThan(timeout);
        }
    }

    @Test
    void aServerDyingMidRequestIsANetworkFailure() throws IOException {
        try (ServerSocket dying = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                while (true) {
                    // reads the first byte of the request, then the socket goes away as with kill -9
                    try (Socket connection = dying.accept()) {
                        connection.getInputStream().read();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            server.setDaemon(true);
            server.start();
            try (VaadinClient tab = VaadinClient.local(dying.getLocalPort(), Duration.ofSeconds(5))) {
                VaadinClientException failure = failureOf(() -> tab.open("login"));

                assertThat(failure.kind()).isEqualTo(Kind.NETWORK);
            }
        }
    }

    @Test
    void aServerThatNeverAnswersIsATimeoutWithinTheConfiguredTime() throws IOException {
        // the kernel completes the handshake into the backlog; nobody ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Duration timeout = Duration.ofMillis(700);
            try (VaadinClient tab = VaadinClient.local(silent.getLocalPort(), timeout)) {
                long start = System.nanoTime();
                VaadinClientException failure = failureOf(() -> tab.open("login"));
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
                // at least the timeout; the upper bound only says "not hanging", with room for a busy machine
                assertThat(took).isGreaterThanOrEqualTo(timeout.minusMillis(50)).isLessThan(Duration.ofSeconds(20));
            }
        }
    }

    private static VaadinClientException failureOf(Runnable action) {
        try {
            action.run();
        } catch (VaadinClientException e) {
            return e;
        }
        throw new AssertionError("expected a VaadinClientException");
    }
}
