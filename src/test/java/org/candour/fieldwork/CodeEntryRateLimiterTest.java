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
    void aClientIsStoppedAfterTenFailuresAndMayTryAgainLater() {
        MovableClock clock = new MovableClock();
        CodeEntryRateLimiter limiter = new CodeEntryRateLimiter(clock);
        for (int i = 0; i < CodeEntryRateLimiter.FAILURES_PER_CLIENT; i++) {
            assertThat(limiter.allows("guesser")).isTrue();
            limiter.recordFailure("guesser");
        }
        assertThat(limiter.allows("guesser")).isFalse();
        clock.now = clock.now.plus(CodeEntryRateLimiter.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(limiter.allows("guesser")).isTrue();
    }

    @Test
    void someoneElsesGuessingNeverBlocksAFreshClient() {
        CodeEntryRateLimiter limiter = new CodeEntryRateLimiter(new MovableClock());
        for (int i = 0; i < CodeEntryRateLimiter.GLOBAL_FAILURES + 10; i++) {
            limiter.recordFailure("guesser-" + (i % 500));
        }
        assertThat(limiter.allows("officer-with-a-valid-code")).isTrue();
        limiter.recordFailure("typo-once");
        // Under a global wave of failures, a client that is itself failing waits.
        assertThat(limiter.allows("typo-once")).isFalse();
    }
}
