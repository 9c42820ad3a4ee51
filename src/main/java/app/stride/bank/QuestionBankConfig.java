package app.stride.bank;

import app.stride.exercise.BankProblem;
import app.stride.exercise.Families;
import app.stride.exercise.family.CourseFamilies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the question bank at start-up: the templates shipped in the jar, plus those in
 * {@code stride.bank.dir} when set (a teacher's own folder; a file there replaces a shipped
 * file of the same name). Problems are logged with file and line, and kept for teachers.
 */
@Configuration
class QuestionBankConfig {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionBankConfig.class);

    @Bean
    Families families() {
        return CourseFamilies.all();
    }

    @Bean
    QuestionBank questionBank(Families families, @Value("${stride.bank.dir:}") String extraFolder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:question-bank/*.yaml")) {
            files.put(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
        }
        if (!extraFolder.isBlank() && !Files.isDirectory(Path.of(extraFolder))) {
            LOG.warn("Question bank: stride.bank.dir {} is not a folder; only the shipped bank is used", extraFolder);
        } else if (!extraFolder.isBlank()) {
            try (Stream<Path> paths = Files.list(Path.of(extraFolder))) {
                paths.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> {
                    try {
                        files.put(p.getFileName().toString(), Files.readString(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        QuestionBank bank = QuestionBank.load(files, families);
        LOG.info("Question bank: {} templates from {} files", bank.templates().size(), files.size());
        for (BankProblem problem : bank.problems()) {
            LOG.warn("Question bank: skipped {}", problem);
        }
        return bank;
    }
}
