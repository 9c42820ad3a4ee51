package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each account's role and enabled flag, read from the database and kept for a few seconds:
 * {@link StandingFilter} asks on every request, so a request mostly costs a map look-up, not a
 * query. A change an admin makes here drops the entry at once ({@link AccountChanged}); a change
 * made where no event reaches (another instance, SQL by hand) is seen within {@link #KEEP}.
 */
@Component
class Standings {

    static final Duration KEEP = Duration.ofSeconds(5);

    private final AppUserRepository users;
    private final Clock clock;
    private final Map<Long, Kept> known = new ConcurrentHashMap<>();
    /** Bumped before an entry is dropped, so a load that raced a change is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Kept(Standing standing, Instant until) {
    }

    Standings(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** The account's standing now; empty if it no longer exists. */
    Optional<Standing> of(long accountId) {
        Instant now = clock.instant();
        Kept cached = known.get(accountId);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.standing());
        }
        long seen = changes.get();
        Optional<Standing> loaded = users.standingOf(accountId);
        if (loaded.isEmpty()) {
            known.remove(accountId);
        }
        // kept only if no change was committed while it loaded: it might have read the old row
        loaded.ifPresent(standing -> known.compute(accountId,
                (id, old) -> changes.get() == seen ? new Kept(standing, now.plus(KEEP)) : null));
        return loaded;
    }

    /** After the change committed: a load before then could still see the old row. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged changed) {
        changes.incrementAndGet();
        known.remove(changed.id());
    }
}
