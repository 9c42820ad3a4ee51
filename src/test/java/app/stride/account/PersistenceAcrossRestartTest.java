package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The H2 file keeps accounts across a restart, and Flyway creates the schema in a new file. */
class PersistenceAcrossRestartTest {

    @Test
    void anAccountSurvivesARestart() {
        Path dir = Path.of("target", "restart-test", UUID.randomUUID().toString());
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("stride");

        try (ConfigurableApplicationContext first = start(url)) {
            first.getBean(AccountService.class).register("restart.student", "Restart Student", "password-7");
        }
        assertThat(Files.exists(dir.resolve("stride.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start(url)) {
            AccountService accounts = second.getBean(AccountService.class);
            assertThat(accounts.exists("restart.student")).isTrue();
            assertThat(second.getBean(AppUserRepository.class).findByUsername("restart.student").map(AppUser::getDisplayName))
                    .contains("Restart Student");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(StrideApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--stride.admin.initial-password=x-restart-pw");
    }
}
