package app.stride.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An H2 file database needs its commits synced; an in-memory one has no disk to sync to. */
class DurableCommitsTest {

    @Test
    void anH2FileDatabaseIsSyncedAfterEveryCommitAndAnInMemoryOneIsNot(@TempDir Path dir) throws Exception {
        DriverManagerDataSource file = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        DurableCommits onFile = DurableCommits.of(file);
        assertThat(onFile.needed()).isTrue();
        try (var connection = file.getConnection()) {
            onFile.sync(connection);
        }
        assertThat(DurableCommits.of(new DriverManagerDataSource("jdbc:h2:mem:durable-test", "sa", "")).needed())
                .isFalse();
    }
}
