package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately weakened engine for tests: rules 1 to 3 only (primary cell, primary item, banding), no secondary
 * suppression at all. The verifier must reject its releases in the attack scenarios.
 */
final class PrimaryOnlyEngine {

    ProtectedRelease protect(Population population, Catalogue catalogue, int k) {
        List<ProtectedRelease.TableRelease> tables = new ArrayList<>();
        for (Table table : catalogue.tables()) {
            List<ProtectedRelease.CellRelease> cells = new ArrayList<>();
            for (List<Integer> categories : combinations(population, table)) {
                List<Respondent> inside = population.respondents().stream()
                        .filter(r -> population.tree().isAncestorOrSelf(table.node(), r.node()))
                        .filter(r -> matches(r, table, categories)).toList();
                int n = inside.size();
                if (n >= 1 && n < k) {
                    cells.add(new ProtectedRelease.CellRelease(categories, CellStatus.SUPPRESSED, -1, List.of()));
                    continue;
                }
                List<ProtectedRelease.ItemRelease> items = new ArrayList<>();
                for (int j = 0; j < population.items().size(); j++) {
                    int[] counts = new int[population.items().get(j).optionCount()];
                    for (Respondent r : inside) {
                        if (r.answer(j) >= 0) {
                            counts[r.answer(j)]++;
                        }
                    }
                    int answered = java.util.Arrays.stream(counts).sum();
                    Band band = answered >= k ? Homogeneity.band(population.items().get(j), counts) : null;
                    if (answered >= 1 && answered < k) {
                        items.add(ProtectedRelease.ItemRelease.suppressed());
                    } else if (band != null) {
                        items.add(ProtectedRelease.ItemRelease.banded(band));
                    } else {
                        items.add(ProtectedRelease.ItemRelease.published(counts));
                    }
                }
                cells.add(new ProtectedRelease.CellRelease(categories, CellStatus.PUBLISHED, n, items));
            }
            tables.add(new ProtectedRelease.TableRelease(table, cells));
        }
        return new ProtectedRelease(k, tables);
    }

    private static boolean matches(Respondent respondent, Table table, List<Integer> categories) {
        for (int i = 0; i < categories.size(); i++) {
            if (respondent.category(table.dimensions().get(i)) != categories.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Category combinations in the table's dimension order, last dimension fastest (as the engine does). */
    static List<List<Integer>> combinations(Population population, Table table) {
        List<List<Integer>> result = new ArrayList<>();
        result.add(List.of());
        for (int d : table.dimensions()) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> prefix : result) {
                for (int c = 0; c < population.dimensions().get(d).categoryCount(); c++) {
                    List<Integer> extended = new ArrayList<>(prefix);
                    extended.add(c);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }
}
