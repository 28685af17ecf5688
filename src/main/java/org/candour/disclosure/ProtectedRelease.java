package org.candour.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * The only figures analytics may ever read. Per catalogue table (same order as the catalogue), per cell (every
 * combination of categories, empty cells included), the cell status and count, and per published cell one entry
 * per item. Three states stay distinct: a suppressed cell or item ("Fewer than k responses"), a band, and a
 * published zero ("No responses").
 *
 * @param exhaustivelyChecked true when the engine's exhaustive search for obtainable sets of 1..k-1 completed on
 *                            every level, so the guarantee holds for every set and not only for the engine's list
 *                            of targets; false when the release was too large for it (see
 *                            {@code SmallSetSearch}) or was not made by the engine
 * @param familiesChecked     true when the exhaustive search completed table family by table family on every level
 *                            (see {@code TableFamilies}): no set of 1..k-1 is obtainable from the tables of any one
 *                            family; implied by {@code exhaustivelyChecked} in what it proves
 */
public record ProtectedRelease(int k, List<TableRelease> tables, boolean exhaustivelyChecked,
        boolean familiesChecked) {

    public ProtectedRelease {
        tables = List.copyOf(tables);
    }

    /** A release whose figures were not exhaustively checked (for example one built outside the engine). */
    public ProtectedRelease(int k, List<TableRelease> tables) {
        this(k, tables, false, false);
    }

    public record TableRelease(Table table, List<CellRelease> cells) {
        public TableRelease {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param categories one category index per table dimension, in the table's dimension order
     * @param count      the respondent count, or -1 when suppressed
     * @param items      one entry per item when published, empty when suppressed
     */
    public record CellRelease(List<Integer> categories, CellStatus status, int count, List<ItemRelease> items) {
        public CellRelease {
            categories = List.copyOf(categories);
            items = List.copyOf(items);
        }
    }

    /**
     * @param optionCounts count per option among those who answered, only when {@link ItemStatus#PUBLISHED}
     * @param band         only when {@link ItemStatus#BANDED}
     */
    public record ItemRelease(ItemStatus status, int[] optionCounts, Band band) {

        public ItemRelease {
            optionCounts = optionCounts == null ? null : optionCounts.clone();
        }

        static ItemRelease published(int[] optionCounts) {
            return new ItemRelease(ItemStatus.PUBLISHED, optionCounts, null);
        }

        static ItemRelease suppressed() {
            return new ItemRelease(ItemStatus.SUPPRESSED, null, null);
        }

        static ItemRelease banded(Band band) {
            return new ItemRelease(ItemStatus.BANDED, null, band);
        }

        @Override
        public int[] optionCounts() {
            return optionCounts == null ? null : optionCounts.clone();
        }

        public int answered() {
            return optionCounts == null ? -1 : Arrays.stream(optionCounts).sum();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ItemRelease item && status == item.status
                    && Arrays.equals(optionCounts, item.optionCounts) && java.util.Objects.equals(band, item.band);
        }

        @Override
        public int hashCode() {
            return status.hashCode() * 31 + Arrays.hashCode(optionCounts);
        }

        @Override
        public String toString() {
            return status + (optionCounts == null ? "" : Arrays.toString(optionCounts)) + (band == null ? "" : band);
        }
    }
}
