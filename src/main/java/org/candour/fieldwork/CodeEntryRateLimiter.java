package org.candour.fieldwork;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed code entries, per client and globally, in memory only: the client key is never stored or
 * logged, and the attempted code is never seen here. Only failures count, and a client without recent
 * failures is never refused, so someone else's guessing cannot block a valid code.
 */
@Component
class CodeEntryRateLimiter {

    static final int FAILURES_PER_CLIENT = 10;
    static final int GLOBAL_FAILURES = 2000;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failuresByClient = new ConcurrentHashMap<>();
    private final Deque<Instant> globalFailures = new ArrayDeque<>();

    CodeEntryRateLimiter() {
        this(Clock.systemUTC());
    }

    CodeEntryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Whether this client may try a code now. */
    boolean allows(String clientKey) {
        Instant now = clock.instant();
        int own = recentFailures(clientKey, now);
        if (own == 0) {
            return true;
        }
        if (own >= FAILURES_PER_CLIENT) {
            return false;
        }
        synchronized (globalFailures) {
            prune(globalFailures, now);
            // Under a global guessing wave, clients that are already failing wait; fresh clients do not.
            return globalFailures.size() < GLOBAL_FAILURES;
        }
    }

    void recordFailure(String clientKey) {
        Instant now = clock.instant();
        Deque<Instant> own = failuresByClient.computeIfAbsent(clientKey, key -> new ArrayDeque<>());
        synchronized (own) {
            prune(own, now);
            own.addLast(now);
        }
        synchronized (globalFailures) {
            prune(globalFailures, now);
            globalFailures.addLast(now);
        }
        if (failuresByClient.size() > 100_000) {
            failuresByClient.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }

    private int recentFailures(String clientKey, Instant now) {
        Deque<Instant> own = failuresByClient.get(clientKey);
        if (own == null) {
            return 0;
        }
        synchronized (own) {
            prune(own, now);
            return own.size();
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }
}
