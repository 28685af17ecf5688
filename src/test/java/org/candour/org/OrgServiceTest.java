package org.candour.org;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.candour.db.Tables.ADMIN_AUDIT;
import static org.candour.db.Tables.CODE_BATCH;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.STAFF_USER;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.Tables.WAVE_UNIT_HEADCOUNT;

/**
 * Edits of single units. Each test runs in a transaction that is rolled back; waves other tests left open
 * are set aside inside it, so that each test starts with no wave running unless it makes one.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class OrgServiceTest {

    @Autowired
    OrgService org;
    @Autowired
    OrgImportService importer;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void noWaveRunning() {
        dsl.update(WAVE).set(WAVE.STATUS, "RELEASED").where(WAVE.STATUS.in("OPEN", "CLOSED")).execute();
    }

    private OrgUnit unit(String code) {
        return org.listUnits().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private OrgUnit add(String parentCode, String code) {
        org.addChild(unit(parentCode), "Unit " + code, code, "");
        return unit(code);
    }

    private static void assertRefused(Runnable action, OrgException.Field field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(OrgException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private boolean audited(String action, String subject) {
        return dsl.fetchExists(ADMIN_AUDIT, ADMIN_AUDIT.ACTION.eq(action), ADMIN_AUDIT.SUBJECT.eq(subject),
                ADMIN_AUDIT.USERNAME.eq("admin"));
    }

    private UUID wave(String name, String status) {
        return dsl.insertInto(WAVE)
                .set(WAVE.NAME, name)
                .set(WAVE.QUESTIONNAIRE_ID, dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).limit(1).<UUID>asField())
                .set(WAVE.STATUS, status)
                .set(WAVE.LOCKED_AT, "DRAFT".equals(status) ? null : OffsetDateTime.now())
                .set(WAVE.PUBLIC_KEY, "DRAFT".equals(status) ? null : new byte[] {1})
                .returning(WAVE.ID).fetchSingle(WAVE.ID);
    }

    @Test
    void aUnitIsAddedRenamedGivenANewCodeAndHeadcountAndEveryChangeIsAudited() {
        OrgUnit added = add("OPS", "ED-1");
        assertThat(added.parentId()).isEqualTo(unit("OPS").id());
        assertThat(audited("org.unit-added", "ED-1")).isTrue();

        org.editUnit(added, "  Renamed unit ", "ED-1X", " 42 ");
        OrgUnit edited = unit("ED-1X");
        assertThat(edited.name()).isEqualTo("Renamed unit");
        assertThat(edited.headcount()).isEqualTo(42);
        assertThat(edited.version()).isEqualTo(added.version() + 1);
        assertThat(audited("org.unit-changed", "ED-1X")).isTrue();

        org.editUnit(edited, "Renamed unit", "ED-1X", "");
        assertThat(unit("ED-1X").headcount()).isNull();
    }

    @Test
    void codesAreUniqueInTheForceAndWellFormedAndNamesAreNotBlank() {
        OrgUnit added = add("OPS", "ED-2");
        assertRefused(() -> org.editUnit(added, "Name", "OPS", ""), OrgException.Field.CODE,
                "org.edit.error.code-taken");
        assertRefused(() -> org.addChild(unit("OPS"), "Name", "ED-2", ""), OrgException.Field.CODE,
                "org.edit.error.code-taken");
        assertRefused(() -> org.editUnit(added, "Name", "bad code!", ""), OrgException.Field.CODE,
                "org.import.error.code");
        assertRefused(() -> org.editUnit(added, "  ", "ED-2", ""), OrgException.Field.NAME, "org.edit.error.name");
        assertThat(unit("ED-2").name()).isEqualTo("Unit ED-2");
    }

    @Test
    void aHeadcountIsAWholeNumberOfZeroOrMore() {
        OrgUnit added = add("OPS", "ED-3");
        for (String bad : new String[] {"-1", "2.5", "ten", "1000001"}) {
            assertRefused(() -> org.editUnit(added, "Name", "ED-3", bad), OrgException.Field.HEADCOUNT,
                    "org.import.error.headcount");
        }
        assertRefused(() -> org.addChild(unit("OPS"), "Name", "ED-3B", "-5"), OrgException.Field.HEADCOUNT,
                "org.import.error.headcount");
        org.editUnit(added, "Name", "ED-3", "0");
        assertThat(unit("ED-3").headcount()).isZero();
    }

    @Test
    void aMoveNeverMakesALoopAndNeverMovesTheForce() {
        OrgUnit a = add("OPS", "MV-A");
        OrgUnit b = add("MV-A", "MV-B");
        assertRefused(() -> org.moveUnit(a, b), OrgException.Field.PARENT, "org.edit.error.cycle");
        assertRefused(() -> org.moveUnit(a, a), OrgException.Field.PARENT, "org.edit.error.cycle");
        assertRefused(() -> org.moveUnit(unit("NMP"), a), null, "org.edit.error.move-force");
        assertRefused(() -> org.moveUnit(a, null), OrgException.Field.PARENT, "org.edit.error.parent-required");

        org.moveUnit(a, unit("CRIME"));
        assertThat(unit("MV-A").parentId()).isEqualTo(unit("CRIME").id());
        assertThat(unit("MV-B").parentId()).isEqualTo(a.id());
        assertThat(audited("org.unit-moved", "MV-A")).isTrue();
    }

    @Test
    void movesAndCodeChangesWaitWhileAWaveIsOpenOrClosedButRenamesHeadcountsAndNewUnitsDoNot() {
        OrgUnit a = add("OPS", "RUN-A");
        wave("Org test wave", "CLOSED");
        assertRefused(() -> org.moveUnit(a, unit("CRIME")), null, "org.edit.error.structure-paused");
        assertRefused(() -> org.editUnit(a, "Unit RUN-A", "RUN-AX", ""), OrgException.Field.CODE,
                "org.edit.error.structure-paused");
        assertThat(org.wavesPausingStructure()).containsExactly("Org test wave");

        org.editUnit(a, "Renamed while closed", "RUN-A", "12");
        add("RUN-A", "RUN-A1");
        assertThat(unit("RUN-A").name()).isEqualTo("Renamed while closed");
        assertThat(unit("RUN-A1").parentId()).isEqualTo(a.id());
    }

    @Test
    void anImportThatWouldMoveAUnitAlsoWaitsForTheRunningWave() {
        wave("Org import wave", "OPEN");
        OrgImportReport report = importer.importUnits("""
                code,name,parent_code,headcount
                OPS-1,Northgate BCU,CRIME,
                OPS-2,Riverside BCU (renamed),OPS,
                """);
        assertThat(report.problems()).extracting(OrgImportProblem::line, OrgImportProblem::messageKey,
                OrgImportProblem::value).containsExactly(
                tuple(2, "org.import.error.moved-while-wave", "Org import wave"));
        assertThat(unit("OPS-1").parentId()).isEqualTo(unit("OPS").id());
    }

    @Test
    void aUnitIsRemovedOnlyWhenNothingIsBelowItAndNothingRefersToIt() {
        OrgUnit parent = add("OPS", "RM-P");
        OrgUnit child = add("RM-P", "RM-C");
        assertRefused(() -> org.removeUnit(parent), null, "org.edit.error.has-children");
        assertRefused(() -> org.removeUnit(unit("NMP")), null, "org.edit.error.remove-force");

        UUID wave = wave("Org removal wave", "DRAFT");
        dsl.insertInto(CODE_BATCH).set(CODE_BATCH.WAVE_ID, wave).set(CODE_BATCH.ORG_UNIT_ID, child.id())
                .set(CODE_BATCH.CODE_COUNT, 5).execute();
        assertThatThrownBy(() -> org.removeUnit(child)).isInstanceOfSatisfying(OrgException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("org.edit.error.in-code-batches");
            assertThat(e.values()).containsExactly("Org removal wave");
        });
        dsl.deleteFrom(CODE_BATCH).where(CODE_BATCH.WAVE_ID.eq(wave)).execute();

        dsl.insertInto(WAVE_UNIT_HEADCOUNT).set(WAVE_UNIT_HEADCOUNT.WAVE_ID, wave)
                .set(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID, child.id()).set(WAVE_UNIT_HEADCOUNT.HEADCOUNT, 7).execute();
        assertRefused(() -> org.removeUnit(child), null, "org.edit.error.in-headcounts");
        dsl.deleteFrom(WAVE_UNIT_HEADCOUNT).where(WAVE_UNIT_HEADCOUNT.WAVE_ID.eq(wave)).execute();

        dsl.update(STAFF_USER).set(STAFF_USER.ORG_SCOPE_ID, child.id())
                .where(STAFF_USER.USERNAME.eq("analyst.association")).execute();
        assertRefused(() -> org.removeUnit(child), null, "org.edit.error.in-scope");
        dsl.update(STAFF_USER).setNull(STAFF_USER.ORG_SCOPE_ID)
                .where(STAFF_USER.USERNAME.eq("analyst.association")).execute();

        org.removeUnit(child);
        assertThat(dsl.fetchExists(ORG_UNIT, ORG_UNIT.CODE.eq("RM-C"))).isFalse();
        assertThat(audited("org.unit-removed", "RM-C")).isTrue();
    }

    @Test
    void anEditFromAStaleCopyIsRefusedAndOverwritesNothing() {
        OrgUnit seen = add("OPS", "ST-1");
        org.editUnit(seen, "Changed elsewhere", "ST-1", "3");
        assertRefused(() -> org.editUnit(seen, "Stale edit", "ST-1", "9"), null, "org.edit.error.changed-elsewhere");
        assertRefused(() -> org.moveUnit(seen, unit("CRIME")), null, "org.edit.error.changed-elsewhere");
        assertRefused(() -> org.removeUnit(seen), null, "org.edit.error.changed-elsewhere");
        OrgUnit now = unit("ST-1");
        assertThat(now.name()).isEqualTo("Changed elsewhere");
        assertThat(now.headcount()).isEqualTo(3);
        assertThat(now.parentId()).isEqualTo(unit("OPS").id());
    }
}
