package app.stride;

import app.stride.bank.QuestionBank;
import app.stride.exercise.family.CourseFamilies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The repository's question bank with one file edited, as a teacher might edit it after students
 * have worked on its questions: the bank those students' exercises were drawn from, or the one that
 * reviews them later.
 */
public final class EditedBank {

    private EditedBank() {
    }

    public static QuestionBank with(String file, UnaryOperator<String> edit) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of("question-bank"))) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String content = Files.readString(p);
                String name = p.getFileName().toString();
                files.put(name, name.equals(file) ? edit.apply(content) : content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.get(file) == null) {
            throw new IllegalArgumentException("no bank file " + file);
        }
        return QuestionBank.load(files, CourseFamilies.all());
    }

    /** conv-params-rgb with other filter counts than the shipped file ever draws (16, 32, 64, 100). */
    public static QuestionBank otherFilters() {
        QuestionBank bank = with("conv-params-rgb.yaml",
                yaml -> yaml.replace("filters: [16, 32, 64, 100]", "filters: [7, 9, 11]"));
        if (bank.template("conv-params-rgb").map(t -> t.params().get("filters").choices().contains(7)).orElse(false)) {
            return bank;
        }
        throw new IllegalStateException("the edit of conv-params-rgb.yaml no longer applies");
    }
}
