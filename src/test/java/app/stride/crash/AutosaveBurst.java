package app.stride.crash;

import app.stride.protocol.VaadinClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class autosaving as fast as it can, one thread per student, each with its own tab, until the
 * server is killed under it: at a chosen moment, or the moment one student's hand-in is
 * acknowledged. Each save types a random whole number into a random field; the student's
 * {@link SaveLedger} records what was acknowledged and what was in flight when the server died.
 */
public final class AutosaveBurst {

    /** A student at work: their attempt page and its ledger. */
    public record Typist(String name, AttemptPage page, SaveLedger ledger) {
    }

    /** What a burst did; errors are what went wrong other than the kill itself. */
    public record Result(int acknowledged, Duration killedAfter, Optional<String> handInStatus, List<String> errors) {
    }

    /** Bounds on each student's loop, should the kill never come. */
    private static final int MAX_SAVES = 5_000;
    private static final Duration MAX_BURST = Duration.ofSeconds(30);
    private static final String SAVED = "Saved.";
    private static final int LARGEST_ANSWER = 4000;
    /**
     * A student whose server outlives the kill (another node of a cluster) saves this many more
     * times, showing the kill did not touch them, then stops instead of typing to the end of the burst.
     */
    private static final int SAVES_AFTER_KILL = 3;

    private final ChildApp app;
    private final Random random;

    public AutosaveBurst(ChildApp app, Random random) {
        this.app = app;
        this.random = random;
    }

    /** Everybody saves; the server is killed {@code killAfter} after they started. */
    public Result killAfter(List<Typist> typists, Duration killAfter) {
        return run(typists, -1, 0, killAfter);
    }

    /**
     * Everybody saves; typist {@code handingIn} hands in after {@code savesFirst} saves of their
     * own, and the server is killed the moment that hand-in is acknowledged.
     */
    public Result killRightAfterHandIn(List<Typist> typists, int handingIn, int savesFirst) {
        return run(typists, handingIn, savesFirst, MAX_BURST);
    }

    private Result run(List<Typist> typists, int handingIn, int savesFirst, Duration killAfter) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<String> handedIn = new CompletableFuture<>();
        ExecutorService threads = Executors.newFixedThreadPool(typists.size());
        Duration killedAfter;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < typists.size(); i++) {
                Typist typist = typists.get(i);
                Random own = new Random(random.nextLong());
                int handInAfter = i == handingIn ? savesFirst : -1;
                running.add(threads.submit(() -> type(typist, own, go, killed, handInAfter, handedIn, errors)));
            }
            long start = System.nanoTime();
            go.countDown();
            awaitKillMoment(handingIn >= 0, handedIn, killAfter, errors);
            killed.set(true);
            killedAfter = Duration.ofNanos(System.nanoTime() - start);
            app.kill();
            for (Future<?> typing : running) {
                typing.get(MAX_BURST.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a student's thread did not end after the kill", e);
        } finally {
            threads.shutdownNow();
        }
        int acknowledged = typists.stream().mapToInt(t -> t.ledger().acknowledgements()).sum();
        Optional<String> status = handedIn.isDone() && !handedIn.isCompletedExceptionally()
                ? Optional.of(handedIn.join()) : Optional.empty();
        return new Result(acknowledged, killedAfter, status, List.copyOf(errors));
    }

    private static void awaitKillMoment(boolean onHandIn, CompletableFuture<String> handedIn, Duration killAfter,
                                        List<String> errors) throws InterruptedException {
        if (!onHandIn) {
            Thread.sleep(killAfter.toMillis()); // the random moment of the crash, not a wait for anything
            return;
        }
        try {
            handedIn.get(MAX_BURST.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            errors.add("no acknowledged hand-in to kill after: " + e);
        }
    }

    private static void type(Typist typist, Random random, CountDownLatch go, AtomicBoolean killed, int handInAfter,
                             CompletableFuture<String> handedIn, List<String> errors) {
        try {
            go.await();
            List<String> parts = typist.ledger().parts();
            long end = System.nanoTime() + MAX_BURST.toNanos();
            int afterKill = 0;
            for (int saves = 0; saves < MAX_SAVES && System.nanoTime() < end; saves++) {
                if (killed.get() && afterKill++ == SAVES_AFTER_KILL) {
                    return;
                }
                if (saves == handInAfter) {
                    handIn(typist, killed, handedIn, errors);
                    return;
                }
                String part = parts.get(random.nextInt(parts.size()));
                String value = newAnswer(random, typist.ledger().acknowledged(part));
                typist.ledger().sending(part, value);
                try {
                    typist.page().type(part, value);
                } catch (VaadinClientException e) {
                    if (!killed.get()) {
                        errors.add(typist.name() + ": save of " + part + " failed before the kill: " + e.getMessage());
                    }
                    return; // the server is gone: this tab is done
                }
                String status = typist.page().status();
                if (!SAVED.equals(status)) {
                    errors.add(typist.name() + ": after saving " + part + " the status says \"" + status + "\"");
                    return;
                }
                typist.ledger().acknowledge(part, value);
            }
            if (!killed.get()) {
                errors.add(typist.name() + ": stopped typing before the kill came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            errors.add(typist.name() + ": " + e);
        } finally {
            if (handInAfter >= 0) { // no-op after a hand-in; else the main thread must not wait in vain
                handedIn.completeExceptionally(new IllegalStateException(typist.name() + " did not hand in"));
            }
        }
    }

    private static void handIn(Typist typist, AtomicBoolean killed, CompletableFuture<String> handedIn,
                               List<String> errors) {
        try {
            String status = typist.page().handIn();
            if (!status.startsWith("Handed in")) {
                errors.add(typist.name() + ": after handing in the status says \"" + status + "\"");
            }
            handedIn.complete(status);
        } catch (VaadinClientException e) {
            errors.add(typist.name() + ": hand-in failed" + (killed.get() ? " (after the kill)" : "") + ": "
                    + e.getMessage());
        }
    }

    /** A whole number, as a student's count answer, and never the one the field already holds (no change, no save). */
    private static String newAnswer(Random random, String current) {
        String value;
        do {
            value = String.valueOf(1 + random.nextInt(LARGEST_ANSWER));
        } while (value.equals(current));
        return value;
    }
}
