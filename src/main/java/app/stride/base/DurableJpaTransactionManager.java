package app.stride.base;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's JPA transaction manager, with one step after every read-write commit: {@link
 * DurableCommits#sync}, on the transaction's own connection, before the caller goes on. So a
 * service method that returns has a durable commit behind it, and only then does a view say
 * "Saved." or "Handed in."
 */
class DurableJpaTransactionManager extends JpaTransactionManager {

    private final DurableCommits durable;

    DurableJpaTransactionManager(EntityManagerFactory entityManagerFactory, DurableCommits durable) {
        super(entityManagerFactory);
        this.durable = durable;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (durable.needed() && !status.isReadOnly()) {
            if (!(TransactionSynchronizationManager.getResource(obtainEntityManagerFactory())
                    instanceof EntityManagerHolder holder)) {
                throw new IllegalStateException("A transaction committed without its entity manager bound");
            }
            holder.getEntityManager().unwrap(Session.class).doWork(durable::sync);
        }
    }
}
