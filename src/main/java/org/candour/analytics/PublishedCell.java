package org.candour.analytics;

import java.util.List;
import java.util.Map;

/**
 * One cell of a stored release table as published: its categories (one per dimension of the table), whether it
 * is suppressed, its respondent count (null when suppressed) and the published figures of each item.
 */
record PublishedCell(List<String> categories, boolean suppressed, Integer respondents, Map<String, Item> items) {

    /** status PUBLISHED (counts per option, in the item's option order), SUPPRESSED or BANDED (band code). */
    record Item(String status, String band, List<Integer> optionCounts) {
    }
}
