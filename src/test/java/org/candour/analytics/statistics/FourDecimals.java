package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Published worked examples give 4 decimals: a result must round to exactly the published figure. */
final class FourDecimals {

    private FourDecimals() {
    }

    static void assertRoundsTo(double actual, String published) {
        BigDecimal rounded = BigDecimal.valueOf(actual).setScale(4, RoundingMode.HALF_UP);
        assertThat(rounded).as("%s rounded to 4 decimals", actual).isEqualByComparingTo(published);
    }

    static void assertInterval(ConfidenceInterval interval, String lower, String upper) {
        assertRoundsTo(interval.lower(), lower);
        assertRoundsTo(interval.upper(), upper);
    }
}
