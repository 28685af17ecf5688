package org.candour.analytics.statistics;

import java.util.Objects;
import java.util.function.Function;

/**
 * One published figure. It is in exactly one of four states, and analytics must never confuse them:
 * a value; suppressed ("Fewer than k responses"); banded (for example "90% or more favourable"); or no responses.
 * A sealed type so that every {@code switch} over a figure has to handle all four. Wording is the views' job
 * (through translation keys); a figure carries only what the wording needs: k, or the band.
 *
 * @param <T> what the value is, for example {@link AgreementCounts} or {@link AgreementSummary}
 */
public sealed interface Figure<T> {

    /** The state alone, for storage and for code that only needs to know which of the four it is. */
    enum State { VALUE, SUPPRESSED, BANDED, NO_RESPONSES }

    State state();

    /**
     * Applies {@code mapping} to a value; the three other states pass through unchanged, so a suppressed
     * item's derived percentage is still suppressed with the same k.
     */
    default <R> Figure<R> map(Function<? super T, ? extends R> mapping) {
        return switch (this) {
            case Value<T> v -> new Value<>(mapping.apply(v.value()));
            case Suppressed<T> s -> new Suppressed<>(s.k());
            case Banded<T> b -> new Banded<>(b.band());
            case NoResponses<T> n -> new NoResponses<>();
        };
    }

    static <T> Figure<T> value(T value) {
        return new Value<>(value);
    }

    static <T> Figure<T> suppressed(int k) {
        return new Suppressed<>(k);
    }

    static <T> Figure<T> banded(Band band) {
        return new Banded<>(band);
    }

    static <T> Figure<T> noResponses() {
        return new NoResponses<>();
    }

    /** A figure that was published exactly. */
    record Value<T>(T value) implements Figure<T> {
        public Value {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public State state() {
            return State.VALUE;
        }
    }

    /** Withheld because fewer than k respondents stand behind it; k is shown to the reader. */
    record Suppressed<T>(int k) implements Figure<T> {
        public Suppressed {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, was " + k);
            }
        }

        @Override
        public State state() {
            return State.SUPPRESSED;
        }
    }

    /** Published only as a band, because (nearly) everyone answered on one side. */
    record Banded<T>(Band band) implements Figure<T> {
        public Banded {
            Objects.requireNonNull(band, "band");
        }

        @Override
        public State state() {
            return State.BANDED;
        }
    }

    /** Nobody answered: not the same as suppressed (there is nothing to protect) and not zero. */
    record NoResponses<T>() implements Figure<T> {
        @Override
        public State state() {
            return State.NO_RESPONSES;
        }
    }
}
