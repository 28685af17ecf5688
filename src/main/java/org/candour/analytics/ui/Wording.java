package org.candour.analytics.ui;

import org.candour.analytics.Breakdown;
import org.candour.analytics.Dimension;
import org.candour.analytics.Measure;
import org.candour.analytics.Share;
import org.candour.analytics.statistics.Band;
import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.ConfidenceInterval;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.JudgedComparison;
import org.candour.analytics.statistics.ProportionComparison;

import java.util.Locale;
import java.util.function.Function;

/**
 * How figures are written on screen and in every export. The three states are always words, never only a colour:
 * "Fewer than 10 responses" (with the wave's k), the band ("90% or more favourable"), "No responses".
 * Negative numbers use the minus sign (U+2212), so no exported cell starts like a spreadsheet formula.
 */
final class Wording {

    private final Translator tr;

    Wording(Translator tr) {
        this.tr = tr;
    }

    String t(String key, Object... parameters) {
        return tr.t(key, parameters);
    }

    /** A value written by {@code value}, or the state in words. */
    <T> String figure(Figure<T> figure, Function<T, String> value) {
        return switch (figure) {
            case Figure.Value<T> v -> value.apply(v.value());
            case Figure.Suppressed<T> s -> t("analytics.state.suppressed", s.k());
            case Figure.Banded<T> b -> band(b.band());
            case Figure.NoResponses<T> n -> t("analytics.state.no-responses");
        };
    }

    String band(Band band) {
        String code = band.label();
        int colon = code.indexOf(':');
        if (colon > 0) {
            return t("analytics.band." + code.substring(0, colon), t("analytics.option." + code.substring(colon + 1)));
        }
        return t("analytics.band." + code);
    }

    /** Why a statistic could not be computed. */
    String reason(Computation.Reason reason) {
        return t("analytics.reason." + reason.name());
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String points(double difference) {
        long rounded = Math.round(difference * 100);
        return rounded > 0 ? "+" + rounded : rounded < 0 ? "\u2212" + Math.abs(rounded) : "0";
    }

    static String score(double score) {
        return String.format(Locale.UK, "%.0f", score);
    }

    static String signedScore(double difference) {
        String value = String.format(Locale.UK, "%.1f", Math.abs(difference));
        return difference > 0.05 ? "+" + value : difference < -0.05 ? "\u2212" + value : "0.0";
    }

    String interval(ConfidenceInterval interval) {
        return t("analytics.interval", percent(interval.lower()), percent(interval.upper()));
    }

    String differenceInterval(ConfidenceInterval interval) {
        return t("analytics.interval", points(interval.lower()), points(interval.upper()));
    }

    String favourable(Figure<Breakdown> figure) {
        return figure(figure, b -> percent(b.favourableShare()));
    }

    String n(Figure<Breakdown> figure) {
        return figure instanceof Figure.Value<Breakdown> v ? String.valueOf(v.value().n()) : "";
    }

    String share(Figure<Share> figure) {
        return figure(figure, s -> t("analytics.share", percent(s.estimate()), s.n()));
    }

    String measure(Measure measure) {
        return measure.isTheme() ? theme(measure.code()) : measure.label();
    }

    String theme(String theme) {
        return t("analytics.theme." + theme);
    }

    String group(Dimension.Category category) {
        if (category == null) {
            return t("analytics.group.all");
        }
        return category.label() == null ? t("analytics.group.not-answered") : category.label();
    }

    /** A change or gap in points with its interval, or why there is none. */
    String comparison(Computation<ProportionComparison> comparison) {
        return switch (comparison) {
            case Computation.Computed<ProportionComparison> c -> t("analytics.gap",
                    points(c.value().difference()), differenceInterval(c.value().interval()));
            case Computation.NotComputable<ProportionComparison> n -> reason(n.reason());
        };
    }

    String judged(Computation<JudgedComparison> judged) {
        return comparison(switch (judged) {
            case Computation.Computed<JudgedComparison> c -> Computation.computed(c.value().comparison());
            case Computation.NotComputable<JudgedComparison> n -> Computation.notComputable(n.reason());
        });
    }

    /** "Significant" (with direction) or "Not significant", empty when there was nothing to test. */
    String significance(Computation<JudgedComparison> judged) {
        if (!(judged instanceof Computation.Computed<JudgedComparison> c)) {
            return "";
        }
        if (!c.value().flagged()) {
            return t("analytics.significance.none");
        }
        return t(c.value().comparison().difference() > 0 ? "analytics.significance.higher" : "analytics.significance.lower");
    }

    static boolean flagged(Computation<JudgedComparison> judged) {
        return judged instanceof Computation.Computed<JudgedComparison> c && c.value().flagged();
    }
}
