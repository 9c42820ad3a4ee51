package app.stride.crash;

import app.stride.protocol.Node;
import app.stride.protocol.VaadinClient;
import app.stride.protocol.VaadinClientException;
import app.stride.protocol.VaadinClientException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One student in one browser tab, through the app's own pages: registers on /register (which
 * signs them in), joins a quiz with its code on /join, and after a restart of the server signs in
 * again in a new tab (the old session died with the server) and opens the attempt.
 */
public final class StudentTab implements AutoCloseable {

    private static final Pattern ATTEMPT_LINK = Pattern.compile("quiz-attempt\\?id=(\\d+)");

    private final int port;
    private final Duration requestTimeout;
    private final String username;
    private final String password;
    private VaadinClient client;
    private long attemptId = -1;
    private AttemptPage page;

    public StudentTab(int port, Duration requestTimeout, String username, String password) {
        this.port = port;
        this.requestTimeout = requestTimeout;
        this.username = username;
        this.password = password;
    }

    public String username() {
        return username;
    }

    /** Registers through the form; the app signs the new student in and opens the start page. */
    public void register(String displayName) {
        newTab();
        client.open("register");
        client.queueValue(field("vaadin-text-field", "Username"), username);
        client.queueValue(field("vaadin-text-field", "Your name"), displayName);
        client.queueValue(field("vaadin-password-field", "Password"), password);
        client.queueValue(field("vaadin-password-field", "Repeat the password"), password);
        client.click(client.findOne(n -> "vaadin-button".equals(n.tag()) && "Register".equals(client.textOf(n)),
                "Register button"));
        if (!client.location().isEmpty() || client.findByText("Welcome", "h1").isEmpty()) {
            List<String> refused = client.find(n -> Boolean.TRUE.equals(n.property("invalid"))).stream()
                    .map(n -> n.property("label") + ": " + n.property("errorMessage")).toList();
            throw new VaadinClientException(Kind.ASSERTION, "registering " + username + " did not sign in (location \""
                    + client.location() + "\", refused: " + refused + ")");
        }
    }

    private Node field(String tag, String label) {
        return client.findOne(n -> tag.equals(n.tag()) && label.equals(n.property("label")), tag + " \"" + label + "\"");
    }

    /**
     * Joins with the code (the attempt page opens with its questions), then reads the attempt's
     * link from "My quizzes" on /join: the server navigated without a page load, so the client's
     * location does not show the id.
     */
    public AttemptPage join(String code, int expectedQuestions) {
        client.navigate("join");
        Node codeField = client.findOne(n -> "vaadin-text-field".equals(n.tag()) && "Quiz code".equals(n.property("label")),
                "Quiz code field");
        client.queueValue(codeField, code);
        client.click(client.findOne(n -> "vaadin-button".equals(n.tag()) && "Join".equals(client.textOf(n)), "Join button"));
        // the start screen says what the attempt holds before its clock runs
        client.click(client.findOne(n -> "vaadin-button".equals(n.tag()) && "Start".equals(client.textOf(n)), "Start button"));
        AttemptPage page = new AttemptPage(client);
        if (page.questionCount() != expectedQuestions) {
            throw new VaadinClientException(Kind.ASSERTION, username + " joined with " + code + " and sees "
                    + page.questionCount() + " questions, not " + expectedQuestions + " (code field says: "
                    + codeField.property("errorMessage") + ")");
        }
        client.navigate("join");
        List<Long> ids = client.find(n -> "a".equals(n.tag()) && n.attribute("href") != null).stream()
                .map(n -> ATTEMPT_LINK.matcher(n.attribute("href")))
                .filter(Matcher::matches).map(m -> Long.parseLong(m.group(1))).toList();
        if (ids.size() != 1) {
            throw new VaadinClientException(Kind.ASSERTION, username + " should have one attempt on /join, has " + ids);
        }
        attemptId = ids.get(0);
        return openAttempt();
    }

    /** A new tab (the server's sessions died with it), signed in. */
    public void signIn() {
        newTab();
        client.login(username, password);
    }

    /**
     * Signs in again in the same tab, with the cookies it has, as a browser does after its server
     * died: behind a load balancer they still name the dead node, which the proxy must see past.
     */
    public void signInAgain() {
        if (client == null) {
            throw new IllegalStateException(username + " has no tab");
        }
        page = null;
        client.login(username, password);
    }

    /** A cookie this tab holds (e.g. the load balancer's SERVERID, which names the node). */
    public Optional<String> cookie(String name) {
        return client == null ? Optional.empty() : client.cookie(name);
    }

    /** Loads the attempt page, as the "Continue" link or a reload does. */
    public AttemptPage openAttempt() {
        if (attemptId < 0) {
            throw new IllegalStateException(username + " has not joined");
        }
        client.open("quiz-attempt?id=" + attemptId);
        page = new AttemptPage(client);
        return page;
    }

    /** The attempt page this tab last opened. */
    public AttemptPage currentPage() {
        if (page == null) {
            throw new IllegalStateException(username + " has no attempt page open");
        }
        return page;
    }

    public long attemptId() {
        return attemptId;
    }

    private void newTab() {
        if (client != null) {
            client.close();
        }
        page = null;
        client = VaadinClient.local(port, requestTimeout);
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
