package app.stride.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each account's role and enabled flag, read from the database once and then kept until an admin
 * changes the account: {@link StandingFilter} asks on every request, so a request costs a map
 * look-up, not a query. One app instance owns the database (embedded H2), so a change made here is
 * every change there is.
 */
@Component
class Standings {

    private final AppUserRepository users;
    private final Map<Long, Standing> known = new ConcurrentHashMap<>();
    /** Bumped before an entry is dropped, so a load that raced a change is not kept. */
    private final AtomicLong changes = new AtomicLong();

    Standings(AppUserRepository users) {
        this.users = users;
    }

    /** The account's standing now; empty if it no longer exists. */
    Optional<Standing> of(long accountId) {
        Standing cached = known.get(accountId);
        if (cached != null) {
            return Optional.of(cached);
        }
        long seen = changes.get();
        Optional<Standing> loaded = users.standingOf(accountId);
        // kept only if no change was committed while it loaded: it might have read the old row
        loaded.ifPresent(standing -> known.compute(accountId, (id, old) -> changes.get() == seen ? standing : old));
        return loaded;
    }

    /** After the change committed: a load before then could still see the old row. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged changed) {
        changes.incrementAndGet();
        known.remove(changed.id());
    }
}
