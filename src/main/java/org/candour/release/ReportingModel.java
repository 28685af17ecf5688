package org.candour.release;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the catalogue is built from, read once at release: the org tree (root first), the profile
 * dimensions with their reporting (broad) categories, and the closed items with their options.
 */
record ReportingModel(List<Unit> units, List<ProfileDimension> dimensions, List<ClosedItem> items,
                      List<String> textItems) {

    record Unit(UUID id, UUID parentId, String name) {
    }

    /**
     * categories: reporting categories in order (broad ones, "Prefer not to say", then NOT_ANSWERED);
     * toReporting maps every answer code (fine or broad) to its reporting category code.
     */
    record ProfileDimension(String code, List<String> categories, Map<String, String> toReporting) {
    }

    /** kind: AGREEMENT, FREQUENCY or YES_NO; negative: polarity turned round. */
    record ClosedItem(String code, String kind, boolean negative, List<String> optionCodes) {
    }

    static final String NOT_ANSWERED = "NOT_ANSWERED";
}
