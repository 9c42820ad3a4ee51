package app.stride.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An H2 file database has its commits synced, shared between the commits that finish during a sync. */
class DurableCommitsTest {

    @Test
    void anH2FileDatabaseIsSyncedAfterEveryCommitAndAnInMemoryOneIsNot(@TempDir Path dir) throws Exception {
        DriverManagerDataSource file = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        DurableCommits onFile = DurableCommits.of(file);
        assertThat(onFile.needed()).isTrue();
        try (var connection = file.getConnection()) {
            onFile.sync(connection);
        }
        assertThat(DurableCommits.of(new DriverManagerDataSource("jdbc:h2:mem:durable-test", "sa", "")).needed())
                .isFalse();
    }

    @Test
    void aCommitIsCoveredOnlyByASyncThatStartedAfterItAndTheCommitsWaitingMeanwhileShareOne() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger syncs = new AtomicInteger();
        DurableCommits durable = new DurableCommits(true, connection -> {
            if (syncs.incrementAndGet() == 1) {
                firstRunning.countDown();
                await(releaseFirst);
            }
        });
        ExecutorService commits = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = commits.submit(() -> durable.sync(null));
            assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
            // three commits end while the first sync runs: it started before them and covers none of them
            List<Future<?>> later = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                later.add(commits.submit(() -> durable.sync(null)));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (durable.asked() < 4 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(durable.asked()).isEqualTo(4);
            assertThat(later).as("not covered by the sync that is still running").noneMatch(Future::isDone);

            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> commit : later) {
                commit.get(10, TimeUnit.SECONDS);
            }
            assertThat(syncs.get()).as("the three shared the second sync").isEqualTo(2);
        } finally {
            commits.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
