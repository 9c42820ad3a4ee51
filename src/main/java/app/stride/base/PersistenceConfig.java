package app.stride.base;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The transaction manager every service and repository uses: Spring Boot's, made durable on embedded H2. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    DurableCommits durableCommits(DataSource dataSource) {
        return DurableCommits.of(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, DurableCommits durable,
                                                  ObjectProvider<TransactionManagerCustomizers> customizers) {
        DurableJpaTransactionManager manager = new DurableJpaTransactionManager(entityManagerFactory, durable);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
