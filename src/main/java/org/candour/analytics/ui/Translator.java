package org.candour.analytics.ui;

/** A view's getTranslation, so that tables and reports are worded like the screen. */
@FunctionalInterface
interface Translator {
    String t(String key, Object... parameters);
}
