package app.stride.account;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a minute, on one node, the throttles' rows that hold nothing any more are deleted: the
 * tables stay as big as what is being waited out or remembered, however many addresses come by.
 */
@Component
class ThrottleTidyUp {

    private final DatabaseThrottleStore store;
    private final LoginThrottle logins;
    private final Clock clock;

    ThrottleTidyUp(DatabaseThrottleStore store, LoginThrottle logins, Clock clock) {
        this.store = store;
        this.logins = logins;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "throttle-tidy-up", lockAtMostFor = "PT5M")
    public void scheduledTidyUp() {
        tidyUp();
    }

    /** Returns how many rows went. */
    int tidyUp() {
        Instant now = clock.instant();
        return store.tidy(logins.forgetFailuresBefore(now), logins.forgetSuccessesBefore(now), now);
    }
}
