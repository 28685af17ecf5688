package org.candour.disclosure;

import java.math.BigInteger;

/**
 * A row of exact integers for {@link IntegerElimination}: longs while they fit, BigIntegers once a row operation
 * overflows (fraction-free elimination can grow entries far beyond 64 bits on large forces), and back to longs
 * when dividing by the content makes them fit again. Nothing is ever rounded.
 */
final class ExactRow {

    private static final BigInteger P = BigInteger.valueOf(ModularCertificate.P);

    private long[] small;
    private BigInteger[] big;

    ExactRow(long[] small) {
        this.small = small;
    }

    private ExactRow(long[] small, BigInteger[] big) {
        this.small = small;
        this.big = big;
    }

    ExactRow copy() {
        return new ExactRow(small == null ? null : small.clone(), big == null ? null : big.clone());
    }

    int width() {
        return small != null ? small.length : big.length;
    }

    boolean isZero(int i) {
        return small != null ? small[i] == 0 : big[i].signum() == 0;
    }

    boolean isUnit(int i) {
        return small != null ? Math.abs(small[i]) == 1 : big[i].abs().equals(BigInteger.ONE);
    }

    /** Whether |this[i]| < |other[j]|. */
    boolean smallerThan(int i, ExactRow other, int j) {
        if (small != null && other.small != null) {
            return Math.abs(small[i]) < Math.abs(other.small[j]);
        }
        return get(i).abs().compareTo(other.get(j).abs()) < 0;
    }

    BigInteger get(int i) {
        return small != null ? BigInteger.valueOf(small[i]) : big[i];
    }

    /** The entry modulo {@link ModularCertificate#P}. */
    long residue(int i) {
        return small != null ? ModularCertificate.reduce(small[i]) : big[i].mod(P).longValue();
    }

    int[] nonZeros() {
        int n = 0;
        for (int i = 0; i < width(); i++) {
            if (!isZero(i)) {
                n++;
            }
        }
        int[] nonZeros = new int[n];
        n = 0;
        for (int i = 0; i < width(); i++) {
            if (!isZero(i)) {
                nonZeros[n++] = i;
            }
        }
        return nonZeros;
    }

    /**
     * this := alpha * this - beta * pivot with alpha > 0 and {@code alpha * this[column] = beta * pivot[column]},
     * then divided by the content of the row when alpha is not 1.
     *
     * @return {alpha, beta, content} modulo p, for the elimination log (content 1 when nothing was divided)
     */
    long[] clear(ExactRow pivot, int column, int[] pivotNonZeros) {
        if (small != null && pivot.small != null) {
            long[] before = small.clone();
            try {
                return clearSmall(pivot.small, column, pivotNonZeros);
            } catch (ArithmeticException overflow) {
                small = before;
            }
        }
        return clearBig(pivot, column);
    }

    private long[] clearSmall(long[] p, int column, int[] pivotNonZeros) {
        long[] a = small;
        long f = a[column];
        long g = p[column];
        long d = IntegerElimination.gcd(Math.abs(f), Math.abs(g));
        long alpha = g / d;
        long beta = f / d;
        if (alpha < 0) {
            alpha = -alpha;
            beta = -beta;
        }
        if (alpha == 1) {
            for (int i : pivotNonZeros) {
                a[i] = Math.subtractExact(a[i], Math.multiplyExact(beta, p[i]));
            }
            return new long[] {1, ModularCertificate.reduce(beta), 1};
        }
        long content = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.subtractExact(Math.multiplyExact(alpha, a[i]), Math.multiplyExact(beta, p[i]));
            content = content == 1 ? 1 : IntegerElimination.gcd(content, Math.abs(a[i]));
        }
        if (content > 1) {
            for (int i = 0; i < a.length; i++) {
                a[i] /= content;
            }
        }
        return new long[] {ModularCertificate.reduce(alpha), ModularCertificate.reduce(beta),
            ModularCertificate.reduce(Math.max(content, 1))};
    }

    private long[] clearBig(ExactRow pivot, int column) {
        BigInteger f = get(column);
        BigInteger g = pivot.get(column);
        BigInteger d = f.gcd(g);
        BigInteger alpha = g.divide(d);
        BigInteger beta = f.divide(d);
        if (alpha.signum() < 0) {
            alpha = alpha.negate();
            beta = beta.negate();
        }
        int width = width();
        BigInteger[] result = new BigInteger[width];
        BigInteger content = BigInteger.ZERO;
        for (int i = 0; i < width; i++) {
            result[i] = alpha.multiply(get(i)).subtract(beta.multiply(pivot.get(i)));
            content = content.gcd(result[i]);
        }
        if (alpha.equals(BigInteger.ONE) || content.signum() == 0) {
            content = BigInteger.ONE;
        }
        boolean fits = true;
        for (int i = 0; i < width; i++) {
            result[i] = result[i].divide(content);
            fits &= result[i].bitLength() < 63;
        }
        if (fits) {
            small = new long[width];
            for (int i = 0; i < width; i++) {
                small[i] = result[i].longValue();
            }
            big = null;
        } else {
            small = null;
            big = result;
        }
        return new long[] {alpha.mod(P).longValue(), beta.mod(P).longValue(), content.mod(P).longValue()};
    }
}
