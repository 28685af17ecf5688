package org.candour.disclosure;

import java.util.Arrays;

/**
 * The organisation tree of a force: node ids are 0..N-1, node 0 is the force (root) and {@code parent[i] < i}
 * is not required, only that every node reaches the root without a cycle.
 */
public record OrgTree(int[] parent) {

    public OrgTree {
        parent = parent.clone();
        if (parent.length == 0 || parent[0] != -1) {
            throw new IllegalArgumentException("node 0 must be the root (parent -1)");
        }
        for (int node = 1; node < parent.length; node++) {
            int steps = 0;
            for (int at = node; at != 0; at = parent[at]) {
                if (parent[at] < 0 || parent[at] >= parent.length || ++steps > parent.length) {
                    throw new IllegalArgumentException("node " + node + " does not reach the root");
                }
            }
        }
    }

    public int size() {
        return parent.length;
    }

    public int parentOf(int node) {
        return parent[node];
    }

    @Override
    public int[] parent() {
        return parent.clone();
    }

    /** Child ids per node, ascending. */
    public int[][] children() {
        int[] counts = new int[parent.length];
        for (int node = 1; node < parent.length; node++) {
            counts[parent[node]]++;
        }
        int[][] children = new int[parent.length][];
        for (int node = 0; node < parent.length; node++) {
            children[node] = new int[counts[node]];
        }
        int[] fill = new int[parent.length];
        for (int node = 1; node < parent.length; node++) {
            children[parent[node]][fill[parent[node]]++] = node;
        }
        return children;
    }

    public boolean isAncestorOrSelf(int ancestor, int node) {
        for (int at = node; at >= 0; at = parent[at]) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    public int depth(int node) {
        int depth = 0;
        for (int at = node; at != 0; at = parent[at]) {
            depth++;
        }
        return depth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrgTree tree && Arrays.equals(parent, tree.parent);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parent);
    }

    @Override
    public String toString() {
        return "OrgTree" + Arrays.toString(parent);
    }
}
