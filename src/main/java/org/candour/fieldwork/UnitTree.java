package org.candour.fieldwork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.candour.org.OrgUnit;

/** The org tree as it stands, for figures that a unit reports for itself and everything below it. */
final class UnitTree {

    private final List<OrgUnit> units;
    private final Map<UUID, List<UUID>> children = new HashMap<>();

    UnitTree(List<OrgUnit> units) {
        this.units = units;
        for (OrgUnit unit : units) {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit.id());
            }
        }
    }

    /** The unit and every unit below it. */
    Set<UUID> subtree(UUID root) {
        Set<UUID> found = new HashSet<>();
        Deque<UUID> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            UUID unit = pending.pop();
            if (found.add(unit)) {
                pending.addAll(children.getOrDefault(unit, List.of()));
            }
        }
        return found;
    }

    /** Per unit, the sum of {@code own} over its subtree; absent where no unit of the subtree has a value. */
    Map<UUID, Integer> subtreeSums(Map<UUID, Integer> own) {
        Map<UUID, Integer> sums = new HashMap<>();
        for (OrgUnit unit : units) {
            Integer sum = null;
            for (UUID member : subtree(unit.id())) {
                Integer value = own.get(member);
                if (value != null) {
                    sum = (sum == null ? 0 : sum) + value;
                }
            }
            if (sum != null) {
                sums.put(unit.id(), sum);
            }
        }
        return sums;
    }
}
