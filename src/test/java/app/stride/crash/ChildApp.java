package app.stride.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java app run as a child process, so that a test can kill it as the kernel would
 * ({@link Process#destroyForcibly()} is SIGKILL on Linux: no shutdown hook, no flush, no close)
 * and start it again on the same files. Its output goes to a log file, whose tail failure
 * messages carry. Started means answering HTTP 200 on the ready path, polled with a deadline.
 */
public final class ChildApp implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final Duration DEATH_WITHIN = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 100;

    private final List<String> command;
    private final Path workingDir;
    private final Path log;
    private final URI readyUri;
    private final int port;
    private Process process;
    private int starts;
    /** Kills the child if the test JVM itself goes down (Ctrl-C, failsafe's fork timeout). */
    private final Thread reaper = new Thread(this::killQuietly, "child-app-reaper");

    /**
     * @param command    the whole command line, e.g. java -cp ... Main --server.port=N
     * @param workingDir the child's working directory
     * @param log        where its stdout and stderr go (appended, a marker line per start)
     * @param port       the port it listens on, on 127.0.0.1
     * @param readyPath  the path that answers 200 once it serves requests, e.g. "login"
     */
    public ChildApp(List<String> command, Path workingDir, Path log, int port, String readyPath) {
        this.command = List.copyOf(command);
        this.workingDir = workingDir;
        this.log = log;
        this.port = port;
        this.readyUri = URI.create("http://127.0.0.1:" + port + "/" + readyPath);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** A port nobody listens on now; the child takes it a moment later (and again after each kill). */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts the child and returns once it answers 200 on the ready path; how long that took. */
    public Duration start() {
        if (isAlive()) {
            throw new IllegalStateException("already running (pid " + process.pid() + ")");
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n===== start " + (++starts) + " =====\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        awaitReady(begin);
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private void awaitReady(long begin) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .proxy(HttpClient.Builder.NO_PROXY).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest probe = HttpRequest.newBuilder(readyUri).timeout(Duration.ofSeconds(20)).GET().build();
        long deadline = begin + READY_WITHIN.toNanos();
        String last = "no answer";
        while (true) {
            try {
                int status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the app", e);
            }
            if (waitForExit(POLL_MILLIS)) { // the pause between two probes, cut short if the child dies
                throw new IllegalStateException("the app exited with code " + process.exitValue()
                        + " before it was ready\n" + logTail(60));
            }
            if (System.nanoTime() > deadline) {
                killQuietly();
                throw new IllegalStateException("the app did not answer 200 on " + readyUri + " within "
                        + READY_WITHIN.toSeconds() + " s (last: " + last + ")\n" + logTail(60));
            }
        }
    }

    /**
     * Returns once the child's log of its current start holds the text: for what the app does
     * after it already answers HTTP (an ApplicationRunner, say). Fails if the child dies first or
     * takes longer than a start may.
     */
    public void awaitLog(String text) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String marker = "===== start " + starts + " =====";
        while (true) {
            String all = readLog();
            int from = all.lastIndexOf(marker);
            if (from >= 0 && all.indexOf(text, from) >= 0) {
                return;
            }
            if (waitForExit(POLL_MILLIS)) { // the pause between two looks, cut short if the child dies
                throw new IllegalStateException("the app exited with code " + process.exitValue() + " before it logged \""
                        + text + "\"\n" + logTail(60));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app did not log \"" + text + "\" within " + READY_WITHIN.toSeconds()
                        + " s\n" + logTail(60));
            }
        }
    }

    private String readLog() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits up to the given time for the child to exit; whether it has (or never ran). The pause
     * between two probes of a test's condition, cut short should this child die meanwhile.
     */
    public boolean awaitExit(Duration within) {
        return process == null || waitForExit(within.toMillis());
    }

    private boolean waitForExit(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGKILL, as a crash or the OOM killer; returns once the process is gone, with how long that took. */
    public Duration kill() {
        long begin = System.nanoTime();
        if (process == null) {
            throw new IllegalStateException("not started");
        }
        // a child of its own (a dev-mode frontend build, say) must not outlive it
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!waitForExit(DEATH_WITHIN.toMillis())) {
            throw new IllegalStateException("pid " + process.pid() + " still alive " + DEATH_WITHIN.toSeconds()
                    + " s after SIGKILL");
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private void killQuietly() {
        if (isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitForExit(DEATH_WITHIN.toMillis());
        }
    }

    /** The last lines of the child's log, for failure messages. */
    public String logTail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            List<String> tail = new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
            return "--- last " + tail.size() + " lines of " + log + " ---\n" + String.join("\n", tail);
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Kills the child if it runs: a test ends with no process left behind, failed or not. */
    @Override
    public void close() {
        killQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same
        }
    }
}
