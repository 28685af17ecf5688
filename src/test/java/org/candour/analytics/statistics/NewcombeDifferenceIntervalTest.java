package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.candour.analytics.statistics.FourDecimals.assertInterval;

import org.junit.jupiter.api.Test;

class NewcombeDifferenceIntervalTest {

    // Newcombe RG (1998) "Interval estimation for the difference between independent proportions: comparison
    // of eleven methods", Statistics in Medicine 17:873–890, worked examples (Table II), method 10
    // (hybrid score interval without continuity correction).

    @Test
    void newcombe1998Example_56of70_minus_48of80() {
        assertInterval(NewcombeDifferenceInterval.of(56, 70, 48, 80), "0.0524", "0.3339");
    }

    @Test
    void newcombe1998Example_9of10_minus_3of10() {
        assertInterval(NewcombeDifferenceInterval.of(9, 10, 3, 10), "0.1705", "0.8090");
    }

    @Test
    void newcombe1998Example_6of7_minus_2of7() {
        // Method 10 gives 0.0582 to 0.8062: from the Wilson limits 0.4869–0.9743 (6/7) and 0.0822–0.6411 (2/7),
        // 0.5714 ∓ √(0.3702² + 0.3554²) and 0.5714 + √(0.1172² + 0.2035²). A pair sometimes quoted for this
        // example, 0.0342 to 0.8423, is not method 10 (0.8423 is the continuity-corrected method 11's upper limit).
        assertInterval(NewcombeDifferenceInterval.of(6, 7, 2, 7), "0.0582", "0.8062");
    }

    @Test
    void newcombe1998Example_5of56_minus_0of29() {
        assertInterval(NewcombeDifferenceInterval.of(5, 56, 0, 29), "-0.0381", "0.1926");
    }

    @Test
    void newcombe1998Example_0of10_minus_0of20() {
        assertInterval(NewcombeDifferenceInterval.of(0, 10, 0, 20), "-0.1611", "0.2775");
    }

    @Test
    void newcombe1998Example_10of10_minus_0of20() {
        ConfidenceInterval interval = NewcombeDifferenceInterval.of(10, 10, 0, 20);
        assertInterval(interval, "0.6791", "1.0000");
        assertThat(interval.upper()).isEqualTo(1.0);
    }

    @Test
    void swappingTheGroupsMirrorsTheInterval() {
        ConfidenceInterval forward = NewcombeDifferenceInterval.of(56, 70, 48, 80);
        ConfidenceInterval backward = NewcombeDifferenceInterval.of(48, 80, 56, 70);
        assertThat(backward.lower()).isEqualTo(-forward.upper());
        assertThat(backward.upper()).isEqualTo(-forward.lower());
    }

    @Test
    void finitePopulationCorrectionPerGroupUsesThatGroupsCorrectedWilsonInterval() {
        // By construction (Newcombe's method 10 only needs each group's interval): a group that is a census
        // contributes no width, so the interval is the other group's Wilson interval shifted by δ.
        ProportionSample census = ProportionSample.ofHeadcount(48, 80, 80);
        ProportionSample sample = ProportionSample.of(56, 70);
        ConfidenceInterval interval = NewcombeDifferenceInterval.of(sample, census);
        ConfidenceInterval wilson = WilsonInterval.of(sample);
        double shift = 48.0 / 80;
        assertThat(interval.lower()).isCloseTo(wilson.lower() - shift, within(1e-12));
        assertThat(interval.upper()).isCloseTo(wilson.upper() - shift, within(1e-12));
    }
}
