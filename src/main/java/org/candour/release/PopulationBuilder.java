package org.candour.release;

import org.candour.disclosure.Catalogue;
import org.candour.disclosure.Dimension;
import org.candour.disclosure.Item;
import org.candour.disclosure.ItemKind;
import org.candour.disclosure.OrgTree;
import org.candour.disclosure.Population;
import org.candour.disclosure.Respondent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns opened ballots into the disclosure library's input: indexes for units, reporting categories and
 * options. Counts only: the library never sees codes, comments or anything else.
 */
final class PopulationBuilder {

    private PopulationBuilder() {
    }

    static Population population(ReportingModel model, List<OpenedBallot> ballots) {
        Map<UUID, Integer> unitIndex = new HashMap<>();
        int[] parent = new int[model.units().size()];
        for (int i = 0; i < model.units().size(); i++) {
            unitIndex.put(model.units().get(i).id(), i);
        }
        for (int i = 0; i < model.units().size(); i++) {
            UUID parentId = model.units().get(i).parentId();
            parent[i] = parentId == null ? -1 : unitIndex.get(parentId);
        }
        List<Dimension> dimensions = model.dimensions().stream()
                .map(d -> new Dimension(d.code(), d.categories())).toList();
        List<Item> items = model.items().stream().map(PopulationBuilder::item).toList();

        List<Respondent> respondents = new ArrayList<>(ballots.size());
        for (OpenedBallot ballot : ballots) {
            int[] categories = new int[dimensions.size()];
            for (int d = 0; d < model.dimensions().size(); d++) {
                ReportingModel.ProfileDimension dimension = model.dimensions().get(d);
                String answer = ballot.content().profile().get(dimension.code());
                String reporting = answer == null ? ReportingModel.NOT_ANSWERED
                        : dimension.toReporting().getOrDefault(answer, ReportingModel.NOT_ANSWERED);
                categories[d] = dimension.categories().indexOf(reporting);
            }
            int[] answers = new int[items.size()];
            for (int i = 0; i < model.items().size(); i++) {
                String option = ballot.content().answers().get(model.items().get(i).code());
                answers[i] = option == null ? -1 : model.items().get(i).optionCodes().indexOf(option);
            }
            respondents.add(new Respondent(unitIndex.get(ballot.unit()), categories, answers));
        }
        return new Population(new OrgTree(parent), dimensions, items, respondents);
    }

    /** The default catalogue of disclosure.md, with ethnicity crossed with the wave's chosen dimensions. */
    static Catalogue catalogue(ReportingModel model, Population population, List<String> crossedWithEthnicity) {
        List<String> codes = model.dimensions().stream().map(ReportingModel.ProfileDimension::code).toList();
        int ethnicity = codes.indexOf("ETHNICITY");
        int[] crossed = crossedWithEthnicity.stream().mapToInt(codes::indexOf).filter(i -> i >= 0).toArray();
        if (ethnicity < 0) {
            return Catalogue.defaultCatalogue(population.tree(), codes.size(), 0);
        }
        return Catalogue.defaultCatalogue(population.tree(), codes.size(), ethnicity, crossed);
    }

    /** Agreement items: "favourable" is agree/strongly agree, turned round for negatively worded items. */
    private static Item item(ReportingModel.ClosedItem item) {
        if ("AGREEMENT".equals(item.kind())) {
            int[] agree = {item.optionCodes().indexOf("A"), item.optionCodes().indexOf("SA")};
            int[] disagree = {item.optionCodes().indexOf("SD"), item.optionCodes().indexOf("D")};
            return item.negative()
                    ? new Item(item.code(), ItemKind.AGREEMENT_5, item.optionCodes().size(), disagree, agree)
                    : new Item(item.code(), ItemKind.AGREEMENT_5, item.optionCodes().size(), agree, disagree);
        }
        return new Item(item.code(), ItemKind.NOMINAL, item.optionCodes().size(), new int[0], new int[0]);
    }
}
