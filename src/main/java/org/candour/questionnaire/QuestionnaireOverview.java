package org.candour.questionnaire;

import java.util.List;

/**
 * A questionnaire as a reader sees it: sections in order, each with its items in order. version changes
 * with every structural change (for optimistic locking); editable is false once a wave beyond draft uses it.
 */
public record QuestionnaireOverview(String code, String name, List<Section> sections, int version,
                                    boolean editable) {

    public int itemCount() {
        return sections.stream().mapToInt(section -> section.items().size()).sum();
    }

    public record Section(int position, String title, List<Item> items) {
    }

    /** One item: its stable code and wording version identify it across waves. */
    public record Item(String code, int wordingVersion, String theme, String kind, String polarity,
                       String wording, List<String> options) {
    }
}
