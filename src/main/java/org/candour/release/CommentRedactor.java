package org.candour.release;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what could identify someone from a comment before it is published (rule 8): e-mail addresses,
 * phone numbers, collar and warrant numbers, org unit names and a configurable list of names.
 */
final class CommentRedactor {

    static final String MARK = "[removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\w)(\\+?\\d[\\d ()-]{7,}\\d)(?!\\w)");
    /** Collar numbers ("PC 1234", "DS4521") and warrant or staff numbers (4 or more digits). */
    private static final Pattern COLLAR = Pattern.compile(
            "(?i)\\b(?:PC|PS|DC|DS|DI|DCI|PCSO|Sgt|Insp)\\.?\\s?\\d{2,6}\\b|\\b\\d{4,}\\b");

    private final List<Pattern> names;

    CommentRedactor(List<String> unitNames, List<String> personNames) {
        this.names = java.util.stream.Stream.concat(unitNames.stream(), personNames.stream())
                .filter(name -> name != null && name.strip().length() >= 3)
                .map(name -> Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(name.strip()) + "(?!\\p{L})"))
                .toList();
    }

    String redact(String comment) {
        String text = EMAIL.matcher(comment).replaceAll(MARK);
        text = PHONE.matcher(text).replaceAll(MARK);
        text = COLLAR.matcher(text).replaceAll(MARK);
        for (Pattern name : names) {
            text = name.matcher(text).replaceAll(MARK);
        }
        return text;
    }
}
