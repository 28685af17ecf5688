package org.candour.fieldwork;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_HEADCOUNT;
import static org.candour.db.published.Tables.RELEASE_TABLE;

/**
 * Final participation of a released wave: the published respondent count of each unit's total table (its
 * codes are gone by then; a suppressed total is absent from the map) and the headcounts stored with the release.
 */
@Repository
class PublishedTotalsQuery {

    private final DSLContext dsl;

    PublishedTotalsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<UUID, Integer> respondentsPerUnit(UUID waveId) {
        Map<UUID, Integer> totals = new HashMap<>();
        dsl.select(RELEASE_TABLE.ORG_UNIT_ID, RELEASE_CELL.RESPONDENTS)
                .from(RELEASE_TABLE)
                .join(RELEASE_CELL).on(RELEASE_CELL.WAVE_ID.eq(RELEASE_TABLE.WAVE_ID),
                        RELEASE_CELL.TABLE_NO.eq(RELEASE_TABLE.TABLE_NO))
                .where(RELEASE_TABLE.WAVE_ID.eq(waveId), org.jooq.impl.DSL.cardinality(RELEASE_TABLE.DIMENSIONS).eq(0),
                        RELEASE_CELL.SUPPRESSED.isFalse())
                .forEach(row -> totals.put(row.value1(), row.value2()));
        return totals;
    }

    /** Each node's headcount stored with the release: its subtree's, as the tree stood at release. */
    Map<UUID, Integer> headcountsPerUnit(UUID waveId) {
        return dsl.select(RELEASE_HEADCOUNT.ORG_UNIT_ID, RELEASE_HEADCOUNT.HEADCOUNT).from(RELEASE_HEADCOUNT)
                .where(RELEASE_HEADCOUNT.WAVE_ID.eq(waveId))
                .fetchMap(RELEASE_HEADCOUNT.ORG_UNIT_ID, RELEASE_HEADCOUNT.HEADCOUNT);
    }
}
