package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.stride.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-request standing cache: what it may keep, and for how long. */
class StandingsTest {

    private static final Standing TEACHER = new Standing(Role.TEACHER, true);
    private static final Standing STUDENT = new Standing(Role.STUDENT, true);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final AppUserRepository users = mock(AppUserRepository.class);
    private final Standings standings = new Standings(users, clock);

    @Test
    void aChangeMadeElsewhereIsSeenWithinSeconds() {
        when(users.standingOf(7)).thenReturn(Optional.of(TEACHER));
        assertThat(standings.of(7)).contains(TEACHER);
        // another instance, or SQL, demotes the account: no event reaches this instance
        when(users.standingOf(7)).thenReturn(Optional.of(STUDENT));
        clock.advance(Duration.ofSeconds(1));
        assertThat(standings.of(7)).as("cached for a moment").contains(TEACHER);
        clock.advance(Duration.ofSeconds(4));
        assertThat(standings.of(7)).contains(STUDENT);
        verify(users, times(2)).standingOf(7);
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() {
        when(users.standingOf(7)).thenReturn(Optional.of(TEACHER));
        assertThat(standings.of(7)).contains(TEACHER);
        when(users.standingOf(7)).thenReturn(Optional.of(STUDENT));
        standings.on(new AccountChanged(7));
        assertThat(standings.of(7)).contains(STUDENT);
    }

    @Test
    void aLoadThatRacedAChangeIsNotKept() throws Exception {
        CountDownLatch inLookup = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        when(users.standingOf(7)).thenAnswer(call -> {
            inLookup.countDown();
            assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
            return Optional.of(TEACHER); // read before the demotion committed
        }).thenReturn(Optional.of(STUDENT));

        CompletableFuture<Optional<Standing>> racing = CompletableFuture.supplyAsync(() -> standings.of(7));
        assertThat(inLookup.await(10, TimeUnit.SECONDS)).isTrue();
        standings.on(new AccountChanged(7)); // the demotion commits while the lookup is under way
        changed.countDown();
        assertThat(racing.get(10, TimeUnit.SECONDS)).contains(TEACHER);

        assertThat(standings.of(7)).as("the stale value was not cached").contains(STUDENT);
        verify(users, times(2)).standingOf(7);
    }
}
