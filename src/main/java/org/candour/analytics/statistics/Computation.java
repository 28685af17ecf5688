package org.candour.analytics.statistics;

import java.util.Objects;

/**
 * The result of a statistic: either computed, or not computable with the reason. Statistics never guess
 * from a suppressed or banded figure (disclosure.md rule 6), and never turn "no responses" into zero.
 *
 * @param <T> the computed value's type
 */
public sealed interface Computation<T> {

    /** Why a statistic has no value. */
    enum Reason {
        /** An input figure was suppressed ("Fewer than k responses"). */
        SUPPRESSED,
        /** An input figure was only published as a band. */
        BANDED,
        /** An input figure had no responses. */
        NO_RESPONSES,
        /** The inputs were published, but the statistic has no meaningful value for them (e.g. a 0% baseline). */
        UNDEFINED;

        /** The reason a statistic cannot use {@code figure}; a value is not a reason. */
        public static Reason of(Figure<?> figure) {
            return switch (figure.state()) {
                case SUPPRESSED -> SUPPRESSED;
                case BANDED -> BANDED;
                case NO_RESPONSES -> NO_RESPONSES;
                case VALUE -> throw new IllegalArgumentException("A published value is computable");
            };
        }
    }

    static <T> Computation<T> computed(T value) {
        return new Computed<>(value);
    }

    static <T> Computation<T> notComputable(Reason reason) {
        return new NotComputable<>(reason);
    }

    record Computed<T>(T value) implements Computation<T> {
        public Computed {
            Objects.requireNonNull(value, "value");
        }
    }

    record NotComputable<T>(Reason reason) implements Computation<T> {
        public NotComputable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
