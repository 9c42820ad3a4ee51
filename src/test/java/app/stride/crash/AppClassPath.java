package app.stride.crash;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The class path of the app as it runs in production: target/classes and the runtime-scope jars
 * that the maven-dependency-plugin wrote to target/runtime-classpath.txt (see the pom). Never
 * target/test-classes nor a test-only jar: component scanning would pick up the tests'
 * {@code @TestConfiguration} beans (a frozen clock, ...) and the child would not be the real app.
 */
public final class AppClassPath {

    static final String LIST_FILE = "runtime-classpath.txt";

    private AppClassPath() {
    }

    /** The class path for {@code java -cp}, for the project in baseDir (built by Maven). */
    public static String of(Path baseDir) {
        Path target = baseDir.resolve("target");
        Path classes = target.resolve("classes");
        Path list = target.resolve(LIST_FILE);
        if (!Files.isDirectory(classes) || !Files.isRegularFile(list)) {
            throw new IllegalStateException("no " + classes + " or " + list
                    + ": run the test through Maven (mvn verify), whose generate-test-resources phase writes the list");
        }
        String jars;
        try {
            jars = Files.readString(list).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> entries = Arrays.asList((classes + File.pathSeparator + jars).split(File.pathSeparator));
        List<String> testOnly = entries.stream()
                .filter(e -> e.contains("test-classes") || e.contains("/junit") || e.contains("/playwright/")
                        || e.contains("/karibu") || e.contains("spring-boot-test"))
                .toList();
        if (!testOnly.isEmpty()) {
            throw new IllegalStateException("test entries on the app's class path: " + testOnly);
        }
        return String.join(File.pathSeparator, entries);
    }
}
