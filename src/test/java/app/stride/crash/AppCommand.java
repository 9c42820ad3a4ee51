package app.stride.crash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts Stride as a production-like child process: its own class path (no test
 * classes), application.properties, and only what a test adds on the command line. C1 only: on two
 * cores it halves the start-up time and changes nothing about what the app does.
 */
public final class AppCommand {

    private AppCommand() {
    }

    /**
     * {@code database}: the datasource (and profile) arguments; {@code adminPassword}: the first
     * admin's; {@code extra}: anything else the test needs (a faster sweep, say).
     */
    public static List<String> of(Path base, String heap, int port, List<String> database, String adminPassword,
                                  List<String> extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx" + heap, "-Djava.awt.headless=true",
                "-cp", AppClassPath.of(base), "app.stride.StrideApplication",
                "--server.port=" + port));
        command.addAll(database);
        command.addAll(extra);
        command.addAll(List.of("--stride.admin.initial-password=" + adminPassword,
                "--stride.demo.accounts=true",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false"));
        return List.copyOf(command);
    }
}
