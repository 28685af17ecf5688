package org.candour.analytics;

import java.util.List;

/** A profile dimension and its reporting (broad) categories in display order, "not answered" last. */
public record Dimension(String code, String question, List<Category> categories) {

    /** A reporting category; label is null for {@link #NOT_ANSWERED}, which views translate. */
    public record Category(String code, String label) {
    }

    /** The category of respondents who skipped the profile question (as stored by the release). */
    public static final String NOT_ANSWERED = "NOT_ANSWERED";
}
