package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The H2 file keeps accounts across a restart, and Flyway creates the schema in a new file. The
 * app's persistence is started twice on one file (its application.properties, every migration,
 * Hibernate validating the accounts' mapping against the schema); the rest of the app plays no
 * part in it, and a full restart with the whole app is what QuizCrashIT does, four times.
 */
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
        return new SpringApplicationBuilder(AccountsOnFile.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url);
    }

    /** The accounts and what they are stored with: the data source, Flyway, JPA and transactions. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class,
            TransactionAutoConfiguration.class})
    @EntityScan(basePackageClasses = AppUser.class)
    @EnableJpaRepositories(basePackageClasses = AppUser.class)
    @Import(AccountService.class)
    static class AccountsOnFile {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
