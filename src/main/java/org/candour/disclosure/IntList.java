package org.candour.disclosure;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/** A growable list of ints: scratch space of the small-set search's hot path, without boxing. */
final class IntList {

    private int[] values = new int[16];
    private int size;

    static IntList[] array(int length) {
        IntList[] lists = new IntList[length];
        for (int i = 0; i < length; i++) {
            lists[i] = new IntList();
        }
        return lists;
    }

    IntList clear() {
        size = 0;
        return this;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int get(int i) {
        return values[i];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
        }
        values[size++] = value;
    }

    IntList addAll(int[] more) {
        for (int value : more) {
            add(value);
        }
        return this;
    }

    IntList addAll(IntList more) {
        for (int i = 0; i < more.size; i++) {
            add(more.values[i]);
        }
        return this;
    }

    /** Sorted ascending without repeats, in place. */
    IntList sortedDistinct() {
        Arrays.sort(values, 0, size);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        size = n;
        return this;
    }

    /** Sorted by {@code key} ascending, equal keys keeping their order, in place. */
    void sortStablyBy(IntUnaryOperator key) {
        long[] keyed = new long[size];
        for (int i = 0; i < size; i++) {
            keyed[i] = (long) key.applyAsInt(values[i]) << 32 | i;
        }
        Arrays.sort(keyed);
        int[] sorted = new int[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = values[(int) keyed[i]];
        }
        System.arraycopy(sorted, 0, values, 0, size);
    }
}
