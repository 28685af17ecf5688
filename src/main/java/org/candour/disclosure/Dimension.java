package org.candour.disclosure;

import java.util.List;

/**
 * A profile dimension (ethnicity, faith, ...). "Prefer not to say" and "Not answered" are ordinary categories:
 * every respondent has exactly one category per dimension, which is what makes a table's cells add up to its total.
 */
public record Dimension(String name, List<String> categories) {

    public Dimension {
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("dimension " + name + " has no categories");
        }
    }

    public int categoryCount() {
        return categories.size();
    }
}
