package org.candour.release;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * Unit names need 3 letters or more (shorter ones would hit ordinary words); person names 2 ("Li", "Ng").
     * Names are matched case-blind in every script ("ÖZTÜRK" is "Öztürk"), in NFC, with any spacing between
     * their words, longest first so that "John Smith" goes whole before "Smith" alone.
     */
    CommentRedactor(List<String> unitNames, List<String> personNames) {
        this.names = java.util.stream.Stream.concat(
                        unitNames.stream().filter(name -> name != null && name.strip().length() >= 3),
                        personNames.stream().filter(name -> name != null && name.strip().length() >= 2))
                .map(name -> Normalizer.normalize(name.strip(), Normalizer.Form.NFC))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(CommentRedactor::namePattern)
                .toList();
    }

    private static Pattern namePattern(String name) {
        String words = Arrays.stream(name.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<!\\p{L})" + words + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String redact(String comment) {
        String text = EMAIL.matcher(Normalizer.normalize(comment, Normalizer.Form.NFC)).replaceAll(MARK);
        text = PHONE.matcher(text).replaceAll(MARK);
        text = COLLAR.matcher(text).replaceAll(MARK);
        for (Pattern name : names) {
            text = name.matcher(text).replaceAll(MARK);
        }
        return text;
    }
}
