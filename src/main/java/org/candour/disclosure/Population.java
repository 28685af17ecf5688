package org.candour.disclosure;

import java.util.List;

/** The wave respondents with the org tree, profile dimensions and items they refer to. */
public record Population(OrgTree tree, List<Dimension> dimensions, List<Item> items, List<Respondent> respondents) {

    public Population {
        dimensions = List.copyOf(dimensions);
        items = List.copyOf(items);
        respondents = List.copyOf(respondents);
        for (Respondent respondent : respondents) {
            if (respondent.node() < 0 || respondent.node() >= tree.size()) {
                throw new IllegalArgumentException("respondent attached to unknown node " + respondent.node());
            }
            if (respondent.categories().length != dimensions.size()) {
                throw new IllegalArgumentException("respondent needs one category per dimension");
            }
            for (int d = 0; d < dimensions.size(); d++) {
                int category = respondent.category(d);
                if (category < 0 || category >= dimensions.get(d).categoryCount()) {
                    throw new IllegalArgumentException("category out of range for " + dimensions.get(d).name());
                }
            }
            if (respondent.answers().length != items.size()) {
                throw new IllegalArgumentException("respondent needs one answer slot per item");
            }
            for (int j = 0; j < items.size(); j++) {
                int answer = respondent.answer(j);
                if (answer < Respondent.NOT_ANSWERED || answer >= items.get(j).optionCount()) {
                    throw new IllegalArgumentException("answer out of range for item " + items.get(j).code());
                }
            }
        }
    }
}
