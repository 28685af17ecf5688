package org.candour.org;

import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.CODE_BATCH;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.STAFF_USER;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.Tables.WAVE_UNIT_HEADCOUNT;
import static org.candour.db.published.Tables.RELEASE_COMMENT;
import static org.candour.db.published.Tables.RELEASE_TABLE;

/** Org units in the database. */
@Repository
class OrgRepository {

    private final DSLContext dsl;

    OrgRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anyExists() {
        return dsl.fetchExists(ORG_UNIT);
    }

    List<OrgUnit> findAll() {
        return selectUnits().orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.NAME).fetch(OrgRepository::toUnit);
    }

    private SelectJoinStep<Record6<UUID, String, String, UUID, Integer, Integer>> selectUnits() {
        return dsl.select(ORG_UNIT.ID, ORG_UNIT.CODE, ORG_UNIT.NAME, ORG_UNIT.PARENT_ID, ORG_UNIT.HEADCOUNT,
                ORG_UNIT.VERSION).from(ORG_UNIT);
    }

    private static OrgUnit toUnit(Record6<UUID, String, String, UUID, Integer, Integer> r) {
        return new OrgUnit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
    }

    /**
     * Every unit, row-locked until the transaction ends: structural changes (add, move, remove) take this
     * first, so that two of them never check the tree against each other's stale picture (two crossing moves
     * would otherwise make a loop).
     */
    List<OrgUnit> lockAll() {
        return selectUnits().orderBy(ORG_UNIT.ID).forUpdate().fetch(OrgRepository::toUnit);
    }

    /** Optimistic locking: changes only the version the editor saw; false if it changed or went meanwhile. */
    boolean updateDetails(UUID id, int expectedVersion, String name, String code, Integer headcount) {
        return dsl.update(ORG_UNIT)
                .set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.CODE, code)
                .set(ORG_UNIT.HEADCOUNT, headcount)
                .set(ORG_UNIT.VERSION, ORG_UNIT.VERSION.plus(1))
                .where(ORG_UNIT.ID.eq(id), ORG_UNIT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Optimistic locking as in updateDetails; the new parent goes last among its children. */
    boolean updateParent(UUID id, int expectedVersion, UUID parentId) {
        return dsl.update(ORG_UNIT)
                .set(ORG_UNIT.PARENT_ID, parentId)
                .set(ORG_UNIT.SORT_ORDER, nextSortOrder(parentId))
                .set(ORG_UNIT.VERSION, ORG_UNIT.VERSION.plus(1))
                .where(ORG_UNIT.ID.eq(id), ORG_UNIT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Optimistic locking as in updateDetails. */
    boolean delete(UUID id, int expectedVersion) {
        return dsl.deleteFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id), ORG_UNIT.VERSION.eq(expectedVersion)).execute() == 1;
    }

    int nextSortOrder(UUID parentId) {
        Integer max = dsl.select(org.jooq.impl.DSL.max(ORG_UNIT.SORT_ORDER)).from(ORG_UNIT)
                .where(ORG_UNIT.PARENT_ID.eq(parentId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    boolean hasChildren(UUID id) {
        return dsl.fetchExists(ORG_UNIT, ORG_UNIT.PARENT_ID.eq(id));
    }

    /**
     * Names of the waves that are OPEN or CLOSED (not yet released). With lock, every wave row is share-locked
     * until the transaction ends, so that no wave can open while a structural change is being checked and made.
     */
    List<String> runningWaves(boolean lock) {
        var query = dsl.select(WAVE.NAME, WAVE.STATUS).from(WAVE).orderBy(WAVE.NAME);
        return (lock ? query.forShare() : query).fetch().stream()
                .filter(r -> "OPEN".equals(r.value2()) || "CLOSED".equals(r.value2()))
                .map(r -> r.value1()).toList();
    }

    /** Names of the waves that fixed a headcount for the unit. */
    List<String> wavesWithHeadcount(UUID id) {
        return dsl.selectDistinct(WAVE.NAME).from(WAVE_UNIT_HEADCOUNT).join(WAVE).on(WAVE.ID.eq(WAVE_UNIT_HEADCOUNT.WAVE_ID))
                .where(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID.eq(id)).orderBy(WAVE.NAME).fetch(WAVE.NAME);
    }

    /** Names of the waves with code batches (and so ballots) for the unit. */
    List<String> wavesWithCodeBatches(UUID id) {
        return dsl.selectDistinct(WAVE.NAME).from(CODE_BATCH).join(WAVE).on(WAVE.ID.eq(CODE_BATCH.WAVE_ID))
                .where(CODE_BATCH.ORG_UNIT_ID.eq(id)).orderBy(WAVE.NAME).fetch(WAVE.NAME);
    }

    /** Names of the released waves whose published tables or comments are about the unit. */
    List<String> releasedWavesAbout(UUID id) {
        return dsl.selectDistinct(WAVE.NAME).from(WAVE)
                .where(WAVE.ID.in(dsl.select(RELEASE_TABLE.WAVE_ID).from(RELEASE_TABLE).where(RELEASE_TABLE.ORG_UNIT_ID.eq(id))
                        .union(dsl.select(RELEASE_COMMENT.WAVE_ID).from(RELEASE_COMMENT)
                                .where(RELEASE_COMMENT.ORG_UNIT_ID.eq(id)))))
                .orderBy(WAVE.NAME).fetch(WAVE.NAME);
    }

    /** Usernames of the staff accounts limited to the unit's subtree. */
    List<String> accountsScopedTo(UUID id) {
        return dsl.select(STAFF_USER.USERNAME).from(STAFF_USER).where(STAFF_USER.ORG_SCOPE_ID.eq(id))
                .orderBy(STAFF_USER.USERNAME).fetch(STAFF_USER.USERNAME);
    }

    Optional<UUID> findIdByCode(String code) {
        return dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.CODE.eq(code)).fetchOptional(ORG_UNIT.ID);
    }

    void update(UUID id, String name, UUID parentId, Integer headcount) {
        dsl.update(ORG_UNIT)
                .set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.PARENT_ID, parentId)
                .set(ORG_UNIT.HEADCOUNT, headcount)
                .set(ORG_UNIT.VERSION, ORG_UNIT.VERSION.plus(1))
                .where(ORG_UNIT.ID.eq(id))
                .execute();
    }

    UUID insert(String code, String name, UUID parentId, Integer headcount, int sortOrder) {
        return dsl.insertInto(ORG_UNIT)
                .set(ORG_UNIT.CODE, code)
                .set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.PARENT_ID, parentId)
                .set(ORG_UNIT.HEADCOUNT, headcount)
                .set(ORG_UNIT.SORT_ORDER, sortOrder)
                .returning(ORG_UNIT.ID)
                .fetchSingle(ORG_UNIT.ID);
    }
}
