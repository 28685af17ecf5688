package org.candour.analytics;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_COMMENT;
import static org.candour.db.published.Tables.RELEASE_ITEM;
import static org.candour.db.published.Tables.RELEASE_HEADCOUNT;
import static org.candour.db.published.Tables.RELEASE_TABLE;

/**
 * Reads the protected release (schema published) and nothing else, and the database enforces that: every read runs
 * as the role {@code candour_reader} (changeset 0009), which may read the published schema only, so a query that
 * strayed to the ballot box or the archive would be refused by PostgreSQL, not just avoided by this code.
 */
@Repository
@Transactional(readOnly = true) // SET LOCAL needs one: outside a transaction it would not take effect
class PublishedQuery {

    static final String READER_ROLE = "candour_reader";

    private final DSLContext dsl;

    PublishedQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs {@code query} as the reader role, inside the caller's transaction (SET LOCAL: a failed query aborts the
     * transaction, and its rollback drops the role too). The role is reset afterwards, because the callers read
     * the organisation tree from the main schema in the same transaction.
     */
    <T> T asReader(Supplier<T> query) {
        dsl.execute("set local role " + READER_ROLE);
        T result;
        try {
            result = query.get();
        } catch (org.springframework.dao.DataAccessException refused) {
            throw refused; // the database aborted the transaction; its rollback ends the role
        } catch (RuntimeException other) {
            dsl.execute("reset role"); // the transaction goes on, so the main schema must be readable again
            throw other;
        }
        dsl.execute("reset role");
        return result;
    }

    /** The node's headcount for the wave as the release stored it (the tree as it stood then); empty if none. */
    java.util.OptionalInt headcount(UUID waveId, UUID nodeId) {
        return asReader(() -> dsl.select(RELEASE_HEADCOUNT.HEADCOUNT).from(RELEASE_HEADCOUNT)
                .where(RELEASE_HEADCOUNT.WAVE_ID.eq(waveId), RELEASE_HEADCOUNT.ORG_UNIT_ID.eq(nodeId))
                .fetchOptional(RELEASE_HEADCOUNT.HEADCOUNT)
                .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()));
    }

    /**
     * The cells of one catalogue table of a wave: the node broken down by the given dimensions (none: the
     * node's total). Empty when the catalogue has no such table.
     */
    List<PublishedCell> cells(UUID waveId, UUID nodeId, List<String> dimensions) {
        Map<Integer, List<String>> categories = new LinkedHashMap<>();
        Map<Integer, Boolean> suppressed = new LinkedHashMap<>();
        Map<Integer, Integer> respondents = new LinkedHashMap<>();
        Map<Integer, Map<String, PublishedCell.Item>> items = new LinkedHashMap<>();
        asReader(() -> dsl
                .select(RELEASE_CELL.CELL_NO, RELEASE_CELL.CATEGORIES, RELEASE_CELL.SUPPRESSED, RELEASE_CELL.RESPONDENTS,
                        RELEASE_ITEM.ITEM_CODE, RELEASE_ITEM.STATUS, RELEASE_ITEM.BAND, RELEASE_ITEM.OPTION_COUNTS)
                .from(RELEASE_TABLE)
                .join(RELEASE_CELL).on(RELEASE_CELL.WAVE_ID.eq(RELEASE_TABLE.WAVE_ID),
                        RELEASE_CELL.TABLE_NO.eq(RELEASE_TABLE.TABLE_NO))
                .leftJoin(RELEASE_ITEM).on(RELEASE_ITEM.WAVE_ID.eq(RELEASE_CELL.WAVE_ID),
                        RELEASE_ITEM.TABLE_NO.eq(RELEASE_CELL.TABLE_NO), RELEASE_ITEM.CELL_NO.eq(RELEASE_CELL.CELL_NO))
                .where(RELEASE_TABLE.WAVE_ID.eq(waveId), RELEASE_TABLE.ORG_UNIT_ID.eq(nodeId),
                        RELEASE_TABLE.DIMENSIONS.eq(dimensions.toArray(String[]::new)))
                .orderBy(RELEASE_CELL.CELL_NO)
                .fetch()).forEach(r -> {
                    int cell = r.value1();
                    categories.putIfAbsent(cell, List.of(r.value2()));
                    suppressed.putIfAbsent(cell, r.value3());
                    respondents.putIfAbsent(cell, r.value4());
                    Map<String, PublishedCell.Item> cellItems = items.computeIfAbsent(cell, c -> new LinkedHashMap<>());
                    if (r.value5() != null) {
                        cellItems.put(r.value5(), new PublishedCell.Item(r.value6(), r.value7(),
                                r.value8() == null ? null : List.copyOf(Arrays.asList(r.value8()))));
                    }
                });
        List<PublishedCell> cells = new ArrayList<>();
        for (Integer cell : categories.keySet()) {
            cells.add(new PublishedCell(categories.get(cell), suppressed.get(cell), respondents.get(cell),
                    items.get(cell)));
        }
        return cells;
    }

    /** Released comments of one node and question, in their stored (shuffled) order. */
    List<String> comments(UUID waveId, UUID nodeId, String itemCode) {
        return asReader(() -> dsl.select(RELEASE_COMMENT.TEXT).from(RELEASE_COMMENT)
                .where(RELEASE_COMMENT.WAVE_ID.eq(waveId), RELEASE_COMMENT.ORG_UNIT_ID.eq(nodeId),
                        RELEASE_COMMENT.ITEM_CODE.eq(itemCode))
                .orderBy(RELEASE_COMMENT.POSITION)
                .fetch(RELEASE_COMMENT.TEXT));
    }
}
