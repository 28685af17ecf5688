package org.candour.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The closed list of tables that may ever be published, fixed before the wave opens. */
public record Catalogue(List<Table> tables) {

    public Catalogue {
        tables = List.copyOf(tables);
        Set<List<Object>> seen = new HashSet<>();
        for (Table table : tables) {
            List<Integer> sorted = table.dimensions().stream().sorted().toList();
            if (!seen.add(List.of(table.node(), sorted))) {
                throw new IllegalArgumentException("table listed twice: " + table);
            }
        }
    }

    /**
     * The default catalogue of disclosure.md: every node x total, every node x each single dimension, and the
     * force node and its direct children x (ethnicity x each of {@code crossedWithEthnicity}), e.g. rank, gender
     * and length of service.
     */
    public static Catalogue defaultCatalogue(OrgTree tree, int dimensionCount, int ethnicityDimension,
            int... crossedWithEthnicity) {
        List<Table> tables = new ArrayList<>();
        int[][] children = tree.children();
        for (int node = 0; node < tree.size(); node++) {
            tables.add(Table.total(node));
            for (int d = 0; d < dimensionCount; d++) {
                tables.add(Table.of(node, d));
            }
            if (node == 0 || tree.parentOf(node) == 0) {
                for (int partner : crossedWithEthnicity) {
                    tables.add(Table.cross(node, ethnicityDimension, partner));
                }
            }
        }
        if (children.length == 0) {
            throw new IllegalStateException("empty tree");
        }
        return new Catalogue(tables);
    }
}
