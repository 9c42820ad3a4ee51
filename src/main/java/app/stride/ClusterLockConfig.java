package app.stride;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Timed work that must run once however many nodes share the database ({@code @SchedulerLock}):
 * the node that takes the lock row in {@code shedlock} does it, the others skip that round. The
 * database's clock decides when a lock ends, not each node's own. A lock ends at the latest
 * {@code lockAtMostFor} after it was taken, so a node killed while holding it holds up the others
 * no longer than that. The lock's statements run outside any transaction of the app: losing a lock
 * row to a crash only frees it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT2M")
class ClusterLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
