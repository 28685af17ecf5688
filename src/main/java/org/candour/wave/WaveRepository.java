package org.candour.wave;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.STAFF_USER;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.Tables.WAVE_CUSTODIAN;
import static org.candour.db.Tables.WAVE_UNIT_HEADCOUNT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** Waves and their custodians in the database. */
@Repository
class WaveRepository {

    private final DSLContext dsl;

    WaveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    UUID insert(String name, int minCellSize, LocalDate opensOn, LocalDate closesOn, String questionnaireCode) {
        var condition = questionnaireCode == null ? QUESTIONNAIRE.IS_DEFAULT : QUESTIONNAIRE.CODE.eq(questionnaireCode);
        UUID questionnaire = dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).where(condition)
                .fetchOptional(QUESTIONNAIRE.ID)
                .orElseThrow(() -> new WaveException("wave.error.no-questionnaire"));
        return dsl.insertInto(WAVE)
                .set(WAVE.NAME, name)
                .set(WAVE.QUESTIONNAIRE_ID, questionnaire)
                .set(WAVE.MIN_CELL_SIZE, minCellSize)
                .set(WAVE.OPENS_ON, opensOn)
                .set(WAVE.CLOSES_ON, closesOn)
                .returning(WAVE.ID)
                .fetchSingle(WAVE.ID);
    }

    private List<WaveSummary> summaries(UUID waveId) {
        var custodians = multiset(select(STAFF_USER.USERNAME).from(WAVE_CUSTODIAN)
                .join(STAFF_USER).on(STAFF_USER.ID.eq(WAVE_CUSTODIAN.STAFF_USER_ID))
                .where(WAVE_CUSTODIAN.WAVE_ID.eq(WAVE.ID))
                .orderBy(STAFF_USER.USERNAME)).convertFrom(r -> r.map(row -> row.value1()));
        return dsl.select(WAVE.ID, WAVE.NAME, WAVE.STATUS, WAVE.MIN_CELL_SIZE, WAVE.CLOSES_ON, WAVE.KEY_THRESHOLD,
                        WAVE.SHARES_OUTSTANDING, custodians, WAVE.SETTINGS_APPROVED_BY, WAVE.OPENS_ON,
                        QUESTIONNAIRE.CODE, QUESTIONNAIRE.NAME, WAVE.VERSION)
                .from(WAVE).join(QUESTIONNAIRE).on(QUESTIONNAIRE.ID.eq(WAVE.QUESTIONNAIRE_ID))
                .where(waveId == null ? org.jooq.impl.DSL.noCondition() : WAVE.ID.eq(waveId))
                .orderBy(WAVE.NAME)
                .fetch(r -> new WaveSummary(r.value1(), r.value2(), WaveStatus.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12(), r.value13()));
    }

    List<WaveSummary> findAll() {
        return summaries(null);
    }

    Optional<WaveSummary> findSummary(UUID waveId) {
        return summaries(waveId).stream().findFirst();
    }

    int version(UUID waveId) {
        return dsl.select(WAVE.VERSION).from(WAVE).where(WAVE.ID.eq(waveId)).fetchSingle(WAVE.VERSION);
    }

    void updateBasics(UUID waveId, String name, String questionnaireCode, LocalDate opensOn,
                         LocalDate closesOn) {
        UUID questionnaire = dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE)
                .where(QUESTIONNAIRE.CODE.eq(questionnaireCode)).fetchOptional(QUESTIONNAIRE.ID)
                .orElseThrow(() -> new WaveException("wave.error.no-questionnaire"));
        // The questionnaire decides which profile questions and comment boxes there are, so the association
        // approved the settings for this one: another needs its approval again. Name and dates do not.
        dsl.update(WAVE).setNull(WAVE.SETTINGS_APPROVED_BY)
                .where(WAVE.ID.eq(waveId)).and(WAVE.QUESTIONNAIRE_ID.ne(questionnaire)).execute();
        dsl.update(WAVE).set(WAVE.NAME, name).set(WAVE.QUESTIONNAIRE_ID, questionnaire)
                .set(WAVE.OPENS_ON, opensOn).set(WAVE.CLOSES_ON, closesOn)
                .set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId)).execute();
    }

    /** k is an anonymity setting: a change clears the association's approval. */
    void setMinCellSize(UUID waveId, int minCellSize) {
        dsl.update(WAVE).set(WAVE.MIN_CELL_SIZE, minCellSize).setNull(WAVE.SETTINGS_APPROVED_BY)
                .set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId)).execute();
    }

    /** Every org unit with its own headcount and the wave's, if one was set for this wave. */
    List<UnitHeadcount> headcounts(UUID waveId) {
        return dsl.select(ORG_UNIT.ID, ORG_UNIT.CODE, ORG_UNIT.NAME, ORG_UNIT.PARENT_ID, ORG_UNIT.HEADCOUNT,
                        WAVE_UNIT_HEADCOUNT.HEADCOUNT)
                .from(ORG_UNIT).leftJoin(WAVE_UNIT_HEADCOUNT)
                .on(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID.eq(ORG_UNIT.ID), WAVE_UNIT_HEADCOUNT.WAVE_ID.eq(waveId))
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.NAME)
                .fetch(r -> new UnitHeadcount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** A headcount for this wave only; null goes back to the org unit's own. */
    void setHeadcount(UUID waveId, UUID unitId, Integer headcount) {
        if (headcount == null) {
            dsl.deleteFrom(WAVE_UNIT_HEADCOUNT)
                    .where(WAVE_UNIT_HEADCOUNT.WAVE_ID.eq(waveId), WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID.eq(unitId)).execute();
            return;
        }
        dsl.insertInto(WAVE_UNIT_HEADCOUNT)
                .set(WAVE_UNIT_HEADCOUNT.WAVE_ID, waveId)
                .set(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID, unitId)
                .set(WAVE_UNIT_HEADCOUNT.HEADCOUNT, headcount)
                .onConflict(WAVE_UNIT_HEADCOUNT.WAVE_ID, WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID)
                .doUpdate().set(WAVE_UNIT_HEADCOUNT.HEADCOUNT, headcount)
                .execute();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** The profile dimensions crossed with ethnicity in the catalogue (in wave.settings, locked at opening). */
    java.util.Optional<List<String>> crossTables(UUID waveId) {
        org.jooq.JSONB settings = dsl.select(WAVE.SETTINGS).from(WAVE).where(WAVE.ID.eq(waveId)).fetchOne(WAVE.SETTINGS);
        if (settings == null) {
            return java.util.Optional.empty();
        }
        var node = JSON.readTree(settings.data()).get("crossTables");
        if (node == null || !node.isArray()) {
            return java.util.Optional.empty();
        }
        List<String> dimensions = new java.util.ArrayList<>();
        node.forEach(value -> dimensions.add(value.asString()));
        return java.util.Optional.of(dimensions);
    }

    void setCrossTables(UUID waveId, List<String> dimensions) {
        String json = JSON.writeValueAsString(java.util.Map.of("crossTables", dimensions));
        dsl.update(WAVE).set(WAVE.SETTINGS, org.jooq.JSONB.valueOf(json)).setNull(WAVE.SETTINGS_APPROVED_BY)
                .set(WAVE.VERSION, WAVE.VERSION.plus(1)).where(WAVE.ID.eq(waveId)).execute();
    }

    String settingsApprovedBy(UUID waveId) {
        return dsl.select(WAVE.SETTINGS_APPROVED_BY).from(WAVE).where(WAVE.ID.eq(waveId))
                .fetchOne(WAVE.SETTINGS_APPROVED_BY);
    }

    void setSettingsApprovedBy(UUID waveId, String username) {
        dsl.update(WAVE).set(WAVE.SETTINGS_APPROVED_BY, username).set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId)).execute();
    }

    /**
     * For status changes: an exclusive transaction-level advisory lock on the wave (waits for submissions
     * in flight) plus the row lock.
     */
    Optional<FieldworkWave> findForUpdate(UUID waveId) {
        dsl.select(org.jooq.impl.DSL.field("pg_advisory_xact_lock({0})", Object.class, lockKey(waveId))).fetch();
        return dsl.selectFrom(WAVE).where(WAVE.ID.eq(waveId)).forUpdate().fetchOptional()
                .map(WaveRepository::toFieldworkWave);
    }

    /**
     * For submissions: a shared advisory lock, so that many submissions run side by side while no status
     * change can slip in between the check and the commit. Unlike a row share lock it writes nothing.
     */
    Optional<FieldworkWave> findForShare(UUID waveId) {
        dsl.select(org.jooq.impl.DSL.field("pg_advisory_xact_lock_shared({0})", Object.class, lockKey(waveId))).fetch();
        return dsl.selectFrom(WAVE).where(WAVE.ID.eq(waveId)).fetchOptional().map(WaveRepository::toFieldworkWave);
    }

    private static org.jooq.Field<Long> lockKey(UUID waveId) {
        return org.jooq.impl.DSL.val(waveId.getMostSignificantBits() ^ waveId.getLeastSignificantBits());
    }

    Optional<FieldworkWave> find(UUID waveId) {
        return dsl.selectFrom(WAVE).where(WAVE.ID.eq(waveId)).fetchOptional().map(WaveRepository::toFieldworkWave);
    }

    List<FieldworkWave> findOpenWaves() {
        return dsl.selectFrom(WAVE).where(WAVE.STATUS.eq(WaveStatus.OPEN.name())).orderBy(WAVE.NAME)
                .fetch(WaveRepository::toFieldworkWave);
    }

    void replaceCustodians(UUID waveId, List<UUID> custodianIds, int threshold) {
        dsl.deleteFrom(WAVE_CUSTODIAN).where(WAVE_CUSTODIAN.WAVE_ID.eq(waveId)).execute();
        for (UUID custodian : custodianIds) {
            dsl.insertInto(WAVE_CUSTODIAN)
                    .set(WAVE_CUSTODIAN.WAVE_ID, waveId)
                    .set(WAVE_CUSTODIAN.STAFF_USER_ID, custodian)
                    .execute();
        }
        dsl.update(WAVE).set(WAVE.KEY_THRESHOLD, threshold).setNull(WAVE.SETTINGS_APPROVED_BY)
                .set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId)).execute();
    }

    List<UUID> custodianIds(UUID waveId) {
        return dsl.select(WAVE_CUSTODIAN.STAFF_USER_ID).from(WAVE_CUSTODIAN)
                .where(WAVE_CUSTODIAN.WAVE_ID.eq(waveId))
                .orderBy(WAVE_CUSTODIAN.STAFF_USER_ID)
                .fetch(WAVE_CUSTODIAN.STAFF_USER_ID);
    }

    Integer threshold(UUID waveId) {
        return dsl.select(WAVE.KEY_THRESHOLD).from(WAVE).where(WAVE.ID.eq(waveId)).fetchSingle(WAVE.KEY_THRESHOLD);
    }

    void markOpened(UUID waveId, byte[] publicKey, List<UUID> custodiansInShareOrder) {
        dsl.update(WAVE)
                .set(WAVE.STATUS, WaveStatus.OPEN.name())
                .set(WAVE.PUBLIC_KEY, publicKey)
                .set(WAVE.LOCKED_AT, OffsetDateTime.now())
                .set(WAVE.SHARES_OUTSTANDING, custodiansInShareOrder.size())
                .set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId))
                .execute();
        // The headcounts at opening are the wave's denominators for response rates: those the administrator
        // set for this wave stay, every other unit gets its org headcount of today.
        dsl.insertInto(WAVE_UNIT_HEADCOUNT, WAVE_UNIT_HEADCOUNT.WAVE_ID, WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID,
                        WAVE_UNIT_HEADCOUNT.HEADCOUNT)
                .select(dsl.select(org.jooq.impl.DSL.val(waveId), ORG_UNIT.ID, ORG_UNIT.HEADCOUNT)
                        .from(ORG_UNIT)
                        .where(ORG_UNIT.HEADCOUNT.isNotNull()))
                .onConflictDoNothing()
                .execute();
        numberShares(waveId, custodiansInShareOrder);
    }

    /** Custodian i holds share i + 1, not yet collected. */
    private void numberShares(UUID waveId, List<UUID> custodiansInShareOrder) {
        for (int i = 0; i < custodiansInShareOrder.size(); i++) {
            dsl.update(WAVE_CUSTODIAN)
                    .set(WAVE_CUSTODIAN.SHARE_INDEX, i + 1)
                    .set(WAVE_CUSTODIAN.SHARE_COLLECTED, false)
                    .where(WAVE_CUSTODIAN.WAVE_ID.eq(waveId), WAVE_CUSTODIAN.STAFF_USER_ID.eq(custodiansInShareOrder.get(i)))
                    .execute();
        }
    }

    /** A new key for a wave whose shares were lost before collection: every custodian collects again. */
    void replaceKey(UUID waveId, byte[] publicKey, List<UUID> custodiansInShareOrder) {
        dsl.update(WAVE)
                .set(WAVE.PUBLIC_KEY, publicKey)
                .set(WAVE.SHARES_OUTSTANDING, custodiansInShareOrder.size())
                .set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId))
                .execute();
        numberShares(waveId, custodiansInShareOrder);
    }

    boolean hasBallots(UUID waveId) {
        return dsl.fetchExists(org.candour.db.Tables.BALLOT, org.candour.db.Tables.BALLOT.WAVE_ID.eq(waveId));
    }

    /** Returns true when this call marked the share collected (and false if it already was). */
    boolean markShareCollected(UUID waveId, UUID custodianId) {
        int changed = dsl.update(WAVE_CUSTODIAN).set(WAVE_CUSTODIAN.SHARE_COLLECTED, true)
                .where(WAVE_CUSTODIAN.WAVE_ID.eq(waveId), WAVE_CUSTODIAN.STAFF_USER_ID.eq(custodianId),
                        WAVE_CUSTODIAN.SHARE_COLLECTED.isFalse())
                .execute();
        if (changed == 1) {
            dsl.update(WAVE).set(WAVE.SHARES_OUTSTANDING, WAVE.SHARES_OUTSTANDING.minus(1))
                    .where(WAVE.ID.eq(waveId)).execute();
        }
        return changed == 1;
    }

    List<UUID> wavesWithUncollectedShare(UUID custodianId) {
        return dsl.select(WAVE_CUSTODIAN.WAVE_ID).from(WAVE_CUSTODIAN)
                .join(WAVE).on(WAVE.ID.eq(WAVE_CUSTODIAN.WAVE_ID))
                .where(WAVE_CUSTODIAN.STAFF_USER_ID.eq(custodianId), WAVE_CUSTODIAN.SHARE_COLLECTED.isFalse(),
                        WAVE.STATUS.eq(WaveStatus.OPEN.name()))
                .fetch(WAVE_CUSTODIAN.WAVE_ID);
    }

    void setStatus(UUID waveId, WaveStatus status) {
        dsl.update(WAVE).set(WAVE.STATUS, status.name()).set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(waveId)).execute();
    }

    private static FieldworkWave toFieldworkWave(org.candour.db.tables.records.WaveRecord wave) {
        return new FieldworkWave(wave.getId(), WaveStatus.valueOf(wave.getStatus()), wave.getMinCellSize(),
                wave.getOpensOn(), wave.getClosesOn(), wave.getSharesOutstanding(), wave.getQuestionnaireId(),
                wave.getPublicKey());
    }
}
