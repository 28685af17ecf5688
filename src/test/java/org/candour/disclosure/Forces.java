package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made forces for the attack scenarios. */
final class Forces {

    static final Dimension ETHNICITY = new Dimension("ethnicity", List.of("White", "Black", "Asian"));
    static final Dimension GENDER = new Dimension("gender", List.of("Man", "Woman"));
    static final Dimension FAITH = new Dimension("faith", List.of("Christian", "Muslim", "None"));

    private final int[] parent;
    private final List<Dimension> dimensions;
    private final List<Item> items;
    private final List<Respondent> respondents = new ArrayList<>();

    Forces(int[] parent, List<Dimension> dimensions, List<Item> items) {
        this.parent = parent;
        this.dimensions = dimensions;
        this.items = items;
    }

    /** Adds {@code count} respondents at a node with these categories and answers. */
    Forces add(int count, int node, int[] categories, int... answers) {
        for (int i = 0; i < count; i++) {
            respondents.add(new Respondent(node, categories, answers));
        }
        return this;
    }

    Population population() {
        return new Population(new OrgTree(parent), dimensions, items, respondents);
    }
}
