package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact eliminations divide rows by this gcd: a wrong one would change every exact answer. */
class IntegerGcdTest {

    @Test
    void agreesWithBigIntegerOnEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200_000; trial++) {
            long common = 1L << random.nextInt(20);
            long x = (random.nextLong() >>> random.nextInt(1, 63)) / common * common;
            long y = (random.nextLong() >>> random.nextInt(1, 63)) / common * common;
            long expected = BigInteger.valueOf(x).gcd(BigInteger.valueOf(y)).longValueExact();
            assertThat(IntegerElimination.gcd(x, y)).as("gcd(%d, %d)", x, y).isEqualTo(expected);
        }
    }

    @Test
    void edgeCases() {
        assertThat(IntegerElimination.gcd(0, 0)).isZero();
        assertThat(IntegerElimination.gcd(0, 12)).isEqualTo(12);
        assertThat(IntegerElimination.gcd(12, 0)).isEqualTo(12);
        assertThat(IntegerElimination.gcd(1, Long.MAX_VALUE)).isEqualTo(1);
        assertThat(IntegerElimination.gcd(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(IntegerElimination.gcd(1L << 62, 1L << 40)).isEqualTo(1L << 40);
        assertThat(IntegerElimination.gcd(Long.MIN_VALUE, 6)).isEqualTo(2);
    }
}
