package org.candour.fieldwork;

import java.text.Normalizer;

/**
 * Cleans free text before it is sealed: removes NUL and other control characters (keeping line breaks and
 * tabs), right-to-left overrides and isolates, and zero-width characters, which could hide or reorder
 * text shown to readers later. HTML is kept as typed; it is always displayed as text.
 */
final class CommentText {

    static final int MAX_LENGTH = 4000;

    private CommentText() {
    }

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String normalised = Normalizer.normalize(typed, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().filter(CommentText::isAllowed).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static boolean isAllowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return false;
        }
        return switch (codePoint) {
            // bidirectional embeddings, overrides and isolates
            case 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                 // zero-width and invisible formatting characters
                 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF -> false;
            default -> Character.getType(codePoint) != Character.UNASSIGNED
                    && Character.getType(codePoint) != Character.PRIVATE_USE
                    && Character.getType(codePoint) != Character.SURROGATE;
        };
    }
}
