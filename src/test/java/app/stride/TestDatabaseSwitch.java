package app.stride;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Points the tests' app at PostgreSQL when the JVM runs with {@code -Dstride.test.db=postgres}
 * (surefire's {@code postgres} execution): the same {@link StrideTest} context, the same tests,
 * another database. Registered in {@code META-INF/spring.factories} of the tests, so no test says
 * anything about it and the one shared context stays one. Only the {@code test} profile's app
 * (the {@link StrideTest} context) moves: a test that starts an app of its own on its own H2 file
 * ({@code PersistenceAcrossRestartTest}) keeps it.
 */
public class TestDatabaseSwitch implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestPostgres.wanted() || !environment.acceptsProfiles(Profiles.of("test"))) {
            return;
        }
        TestPostgres postgres = TestPostgres.get();
        MapPropertySource source = new MapPropertySource("strideTestPostgres", Map.of(
                "spring.datasource.url", postgres.url(),
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password()));
        environment.getPropertySources().addFirst(source);
    }
}
