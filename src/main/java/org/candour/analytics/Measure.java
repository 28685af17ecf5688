package org.candour.analytics;

/**
 * What a view shows: a theme index (code = theme, e.g. FAIRNESS) or one agreement item (code = item code).
 * label is the item's wording; for a theme it is null and views translate the theme code.
 */
public record Measure(Kind kind, String code, String label) {

    public enum Kind { THEME, ITEM }

    public static Measure theme(String theme) {
        return new Measure(Kind.THEME, theme, null);
    }

    public boolean isTheme() {
        return kind == Kind.THEME;
    }
}
