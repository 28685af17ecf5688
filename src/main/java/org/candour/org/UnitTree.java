package org.candour.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** An org tree by unit id, for figures that a unit reports for itself and everything below it. */
public final class UnitTree {

    private final Map<UUID, UUID> parentOf = new HashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();

    private UnitTree() {
    }

    /** The tree of {@code units}, each with its id and its parent's (null at the top). */
    public static <T> UnitTree of(Collection<T> units, Function<T, UUID> id, Function<T, UUID> parentId) {
        UnitTree tree = new UnitTree();
        for (T unit : units) {
            UUID parent = parentId.apply(unit);
            tree.parentOf.put(id.apply(unit), parent);
            if (parent != null) {
                tree.children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id.apply(unit));
            }
        }
        return tree;
    }

    /** The unit and every unit below it. */
    public Set<UUID> subtree(UUID root) {
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

    /**
     * Per unit, the sum of {@code own} over its subtree; absent where no unit of the subtree has a value. Each
     * value is added to its unit and every unit above it.
     */
    public Map<UUID, Integer> subtreeSums(Map<UUID, Integer> own) {
        Map<UUID, Integer> sums = new HashMap<>();
        own.forEach((unit, value) -> {
            if (parentOf.containsKey(unit)) {
                for (UUID at = unit; at != null; at = parentOf.get(at)) {
                    sums.merge(at, value, Integer::sum);
                }
            }
        });
        return sums;
    }
}
