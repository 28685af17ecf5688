package org.candour.disclosure;

import java.util.List;

/** A catalogue table: an org node and zero, one or two profile dimensions (indexes into the population's list). */
public record Table(int node, List<Integer> dimensions) {

    public Table {
        dimensions = List.copyOf(dimensions);
        if (dimensions.size() > 2) {
            throw new IllegalArgumentException("a table has at most two dimensions");
        }
        if (dimensions.size() == 2 && dimensions.get(0).equals(dimensions.get(1))) {
            throw new IllegalArgumentException("a cross-table needs two different dimensions");
        }
    }

    public static Table total(int node) {
        return new Table(node, List.of());
    }

    public static Table of(int node, int dimension) {
        return new Table(node, List.of(dimension));
    }

    public static Table cross(int node, int first, int second) {
        return new Table(node, List.of(first, second));
    }
}
