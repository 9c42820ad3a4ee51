package app.stride.bank;

import app.stride.exercise.family.CourseFamilies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's question-bank folder, as the tests read it. */
final class BankFiles {

    private BankFiles() {
    }

    static Map<String, String> read(Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static QuestionBank bank() {
        return QuestionBank.load(read(Path.of("question-bank")), CourseFamilies.all());
    }
}
