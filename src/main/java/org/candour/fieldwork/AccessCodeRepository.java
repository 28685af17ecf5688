package org.candour.fieldwork;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.ACCESS_CODE;
import static org.candour.db.Tables.CODE_BATCH;
import static org.jooq.impl.DSL.count;

/** Code hashes and their batches. Never sees a plain code. */
@Repository
class AccessCodeRepository {

    /** What a code hash tells: its batch's wave and unit, and whether (and by which token) it was spent. */
    record StoredCode(UUID waveId, UUID unitId, byte[] spentToken) {
    }

    private final DSLContext dsl;

    AccessCodeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the wave's row until the transaction ends: batch creation for one wave runs one at a time, so two
     * administrators creating "codes for every unit" at once cannot both see no batch and both create a set.
     */
    void lockWave(UUID waveId) {
        dsl.select(org.candour.db.Tables.WAVE.ID).from(org.candour.db.Tables.WAVE)
                .where(org.candour.db.Tables.WAVE.ID.eq(waveId)).forUpdate().fetch();
    }

    Optional<StoredCode> find(byte[] codeHash) {
        return dsl.select(CODE_BATCH.WAVE_ID, CODE_BATCH.ORG_UNIT_ID, ACCESS_CODE.SPENT_TOKEN)
                .from(ACCESS_CODE).join(CODE_BATCH).on(CODE_BATCH.ID.eq(ACCESS_CODE.BATCH_ID))
                .where(ACCESS_CODE.CODE_HASH.eq(codeHash))
                .fetchOptional(r -> new StoredCode(r.value1(), r.value2(), r.value3()));
    }

    /** The conditional update that spends a code exactly once: 1 if this call spent it, 0 otherwise. */
    int spend(byte[] codeHash, byte[] submissionToken) {
        return dsl.update(ACCESS_CODE)
                .set(ACCESS_CODE.SPENT_TOKEN, submissionToken)
                .where(ACCESS_CODE.CODE_HASH.eq(codeHash), ACCESS_CODE.SPENT_TOKEN.isNull())
                .execute();
    }

    UUID insertBatch(UUID waveId, UUID unitId, int count) {
        return dsl.insertInto(CODE_BATCH)
                .set(CODE_BATCH.WAVE_ID, waveId)
                .set(CODE_BATCH.ORG_UNIT_ID, unitId)
                .set(CODE_BATCH.CODE_COUNT, count)
                .returning(CODE_BATCH.ID)
                .fetchSingle(CODE_BATCH.ID);
    }

    void insertCodes(UUID batchId, Collection<byte[]> hashes) {
        var insert = dsl.insertInto(ACCESS_CODE, ACCESS_CODE.CODE_HASH, ACCESS_CODE.BATCH_ID);
        for (byte[] hash : hashes) {
            insert = insert.values(hash, batchId);
        }
        insert.execute();
    }

    /** Removes a batch and its code hashes; only for a batch that was never exported (nobody has its codes). */
    boolean deleteUnexportedBatch(UUID batchId) {
        boolean unexported = dsl.fetchExists(CODE_BATCH, CODE_BATCH.ID.eq(batchId), CODE_BATCH.EXPORTED.isFalse());
        if (!unexported) {
            return false;
        }
        dsl.deleteFrom(ACCESS_CODE).where(ACCESS_CODE.BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(CODE_BATCH).where(CODE_BATCH.ID.eq(batchId)).execute();
        return true;
    }

    boolean markExported(UUID batchId) {
        return dsl.update(CODE_BATCH).set(CODE_BATCH.EXPORTED, true)
                .where(CODE_BATCH.ID.eq(batchId), CODE_BATCH.EXPORTED.isFalse())
                .execute() == 1;
    }

    List<CodeBatchSummary> batchesById(Collection<UUID> ids) {
        return dsl.select(CODE_BATCH.ID, CODE_BATCH.ORG_UNIT_ID, CODE_BATCH.CODE_COUNT, CODE_BATCH.EXPORTED)
                .from(CODE_BATCH).where(CODE_BATCH.ID.in(ids))
                .fetch(r -> new CodeBatchSummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<CodeBatchSummary> batches(UUID waveId) {
        return dsl.select(CODE_BATCH.ID, CODE_BATCH.ORG_UNIT_ID, CODE_BATCH.CODE_COUNT, CODE_BATCH.EXPORTED)
                .from(CODE_BATCH).where(CODE_BATCH.WAVE_ID.eq(waveId))
                .orderBy(CODE_BATCH.ORG_UNIT_ID)
                .fetch(r -> new CodeBatchSummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Each unit's own headcount as fixed when the wave opened: the denominator of its response rate. */
    Map<UUID, Integer> headcounts(UUID waveId) {
        return dsl.select(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID,
                        org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.HEADCOUNT)
                .from(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT)
                .where(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.WAVE_ID.eq(waveId))
                .fetchMap(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID,
                        org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.HEADCOUNT);
    }

    /** Spent codes per unit: the only participation figure that exists during fieldwork. */
    Map<UUID, Integer> spentPerUnit(UUID waveId) {
        return dsl.select(CODE_BATCH.ORG_UNIT_ID, count())
                .from(ACCESS_CODE).join(CODE_BATCH).on(CODE_BATCH.ID.eq(ACCESS_CODE.BATCH_ID))
                .where(CODE_BATCH.WAVE_ID.eq(waveId), ACCESS_CODE.SPENT_TOKEN.isNotNull())
                .groupBy(CODE_BATCH.ORG_UNIT_ID)
                .fetchMap(CODE_BATCH.ORG_UNIT_ID, count());
    }
}
