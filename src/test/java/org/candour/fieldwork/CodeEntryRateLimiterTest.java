package org.candour.fieldwork;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CodeEntryRateLimiterTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionIsStoppedAfterTenFailuresAndMayTryAgainLater() {
        MovableClock clock = new MovableClock();
        CodeEntryRateLimiter limiter = new CodeEntryRateLimiter(clock);
        for (int i = 0; i < CodeEntryRateLimiter.FAILURES_PER_CLIENT; i++) {
            assertThat(limiter.allows("guesser", "address")).isTrue();
            limiter.recordFailure("guesser", "address");
        }
        assertThat(limiter.allows("guesser", "address")).isFalse();
        clock.now = clock.now.plus(CodeEntryRateLimiter.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(limiter.allows("guesser", "address")).isTrue();
    }

    @Test
    void someoneElsesGuessingNeverBlocksAFreshSession() {
        CodeEntryRateLimiter limiter = new CodeEntryRateLimiter(new MovableClock());
        for (int i = 0; i < CodeEntryRateLimiter.GLOBAL_FAILURES + 10; i++) {
            limiter.recordFailure("guesser-" + (i % 500), "address-" + (i % 500));
        }
        assertThat(limiter.allows("officer-with-a-valid-code", "elsewhere")).isTrue();
        limiter.recordFailure("typo-once", "elsewhere");
        // Under a global wave of failures, a session that is itself failing waits.
        assertThat(limiter.allows("typo-once", "elsewhere")).isFalse();
    }

    @Test
    void colleaguesBehindOneGatewayAreNotStoppedByOnePersonsTyposButAGuesserCyclingSessionsIs() {
        CodeEntryRateLimiter limiter = new CodeEntryRateLimiter(new MovableClock());
        for (int i = 0; i < CodeEntryRateLimiter.FAILURES_PER_CLIENT; i++) {
            limiter.recordFailure("clumsy-officer", "force-gateway");
        }
        assertThat(limiter.allows("clumsy-officer", "force-gateway")).isFalse();
        assertThat(limiter.allows("colleague", "force-gateway")).isTrue();

        for (int i = 0; i < CodeEntryRateLimiter.FAILURES_PER_ADDRESS; i++) {
            limiter.recordFailure("guesser-session-" + i, "guesser-address");
        }
        // A new session still gets its first try (a valid code is never blocked by others' failures), but once
        // it fails itself, it pays for its address.
        assertThat(limiter.allows("yet-another-session", "guesser-address")).isTrue();
        limiter.recordFailure("yet-another-session", "guesser-address");
        assertThat(limiter.allows("yet-another-session", "guesser-address")).isFalse();
        assertThat(limiter.allows("colleague", "force-gateway")).isTrue();
    }
}
