package app.stride.base;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a transaction of its own, and again from the start when it lost to a
 * concurrent writer: an optimistic-lock (version) conflict, a lock wait that timed out or a
 * deadlock, or two first inserts of the same key. The work reads everything afresh each time, so the second run
 * decides on what the winner committed (an attempt already handed in is not handed in twice).
 * Inside a transaction that is already running the work runs once: the outermost caller retries.
 */
@Component
public class Retrying {

    private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);
    static final int ATTEMPTS = 5;

    private final TransactionTemplate transactions;

    public Retrying(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int run = 1; ; run++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (run == ATTEMPTS || !(e instanceof ConcurrencyFailureException || isDuplicateKey(e))) {
                    throw e;
                }
                LOG.debug("Lost to a concurrent writer (run {}), trying again: {}", run, e.getMessage());
                pause(run);
            }
        }
    }

    /**
     * Two first inserts of one key; SQL state 23505 on H2 and PostgreSQL alike (through JPA,
     * Spring reports it as any integrity violation). A missing value or a too long one is no race
     * and is not tried again.
     */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short random wait, longer each run, so that two writers that collided do not collide again. */
    private static void pause(int run) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1 + 4L * run));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between two tries", e);
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
