package org.candour.fieldwork;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed code entries per browser session, per network address and globally, in memory only: the keys are
 * salted hashes that are never stored or logged, and the attempted code is never seen here. Only failures count.
 * A session is what one person types in: its own typos stop it after a few tries, while colleagues behind the
 * same address (a police network's shared gateway, or the reverse proxy) are stopped only when the address
 * as a whole fails far more often than people mistype. A session without recent failures is never refused for
 * someone else's failures elsewhere.
 */
@Component
class CodeEntryRateLimiter {

    static final int FAILURES_PER_CLIENT = 10;
    /** Failures from one address that stop every session from it: one guesser opening new sessions. */
    static final int FAILURES_PER_ADDRESS = 200;
    static final int GLOBAL_FAILURES = 2000;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failuresBySession = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Deque<Instant> globalFailures = new ArrayDeque<>();
    private volatile Instant lastCleanup = Instant.MIN;

    CodeEntryRateLimiter() {
        this(Clock.systemUTC());
    }

    CodeEntryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Whether this session, from this address, may try a code now. */
    boolean allows(String sessionKey, String addressKey) {
        Instant now = clock.instant();
        int own = recentFailures(failuresBySession, sessionKey, now);
        if (own == 0) {
            return true; // a valid code is never blocked by someone else's failures (anonymity.md)
        }
        if (own >= FAILURES_PER_CLIENT || recentFailures(failuresByAddress, addressKey, now) >= FAILURES_PER_ADDRESS) {
            return false; // after its own failure, a session pays for its address's: a guesser cycling sessions
        }
        synchronized (globalFailures) {
            prune(globalFailures, now);
            // Under a global guessing wave, sessions that are already failing wait; fresh ones do not.
            return globalFailures.size() < GLOBAL_FAILURES;
        }
    }

    void recordFailure(String sessionKey, String addressKey) {
        Instant now = clock.instant();
        record(failuresBySession, sessionKey, now);
        record(failuresByAddress, addressKey, now);
        synchronized (globalFailures) {
            prune(globalFailures, now);
            globalFailures.addLast(now);
        }
        if (failuresBySession.size() + failuresByAddress.size() > 100_000
                && now.isAfter(lastCleanup.plus(CLEANUP_INTERVAL))) {
            lastCleanup = now; // a scan per minute at most, however fast failures arrive
            dropQuiet(failuresBySession, now);
            dropQuiet(failuresByAddress, now);
        }
    }

    private static void record(ConcurrentHashMap<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Forgets keys without a failure in the window. */
    private static void dropQuiet(ConcurrentHashMap<String, Deque<Instant>> failures, Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static int recentFailures(ConcurrentHashMap<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> own = failures.get(key);
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
