package org.candour.org;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.ORG_UNIT;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class OrgImportServiceTest {

    @Autowired
    OrgImportService importer;
    @Autowired
    DSLContext dsl;

    private int units() {
        return dsl.fetchCount(ORG_UNIT);
    }

    @Test
    void aCleanFileAddsAndUpdatesUnitsUnderTheExistingForce() {
        int before = units();
        String csv = """
                code,name,parent_code,headcount
                "IMP-1","Imported, BCU",NMP,120
                IMP-1-A,Imported team A,IMP-1,40
                OPS,Operations Command (renamed),NMP,
                """;
        OrgImportReport report = importer.importUnits(csv);
        assertThat(report.problems()).isEmpty();
        assertThat(report.newUnits()).isEqualTo(2);
        assertThat(report.changedUnits()).isEqualTo(1);
        assertThat(units()).isEqualTo(before + 2);
        assertThat(dsl.select(ORG_UNIT.NAME).from(ORG_UNIT).where(ORG_UNIT.CODE.eq("IMP-1")).fetchSingle(ORG_UNIT.NAME))
                .isEqualTo("Imported, BCU");
        var parent = ORG_UNIT.as("parent");
        assertThat(dsl.select(parent.CODE).from(ORG_UNIT).join(parent).on(parent.ID.eq(ORG_UNIT.PARENT_ID))
                .where(ORG_UNIT.CODE.eq("IMP-1-A")).fetchSingle(parent.CODE)).isEqualTo("IMP-1");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsWritten() {
        int before = units();
        String csv = """
                code,name,parent_code,headcount
                BAD-1,Unit one,NO-SUCH-PARENT,10
                BAD-2,Unit two,NMP,ten
                BAD-3,Unit three,NMP,-4
                BAD-4,Unit four,NMP,1
                BAD-4,Unit four again,NMP,1
                bad code!,Unit five,NMP,1
                BAD-6,Unit six,NMP
                """;
        OrgImportReport report = importer.importUnits(csv);
        assertThat(report.problems()).extracting(OrgImportProblem::line, OrgImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "org.import.error.unknown-parent"),
                org.assertj.core.groups.Tuple.tuple(3, "org.import.error.headcount"),
                org.assertj.core.groups.Tuple.tuple(4, "org.import.error.headcount"),
                org.assertj.core.groups.Tuple.tuple(6, "org.import.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(7, "org.import.error.code"),
                org.assertj.core.groups.Tuple.tuple(8, "org.import.error.columns"));
        assertThat(units()).isEqualTo(before);
        assertThat(dsl.fetchExists(ORG_UNIT, ORG_UNIT.CODE.eq("BAD-4"))).isFalse();
    }

    @Test
    void cyclesAndASecondForceAreRefused() {
        int before = units();
        OrgImportReport cycle = importer.importUnits("""
                code,name,parent_code,headcount
                LOOP-A,Loop A,LOOP-B,1
                LOOP-B,Loop B,LOOP-A,1
                """);
        assertThat(cycle.problems()).extracting(OrgImportProblem::messageKey)
                .containsExactly("org.import.error.cycle", "org.import.error.cycle");
        OrgImportReport secondForce = importer.importUnits("""
                code,name,parent_code,headcount
                OTHER,Another force,,100
                """);
        assertThat(secondForce.problems()).extracting(OrgImportProblem::messageKey)
                .containsExactly("org.import.error.roots");
        assertThat(importer.importUnits("name,code\nx,y").problems()).extracting(OrgImportProblem::messageKey)
                .containsExactly("org.import.error.header");
        assertThat(units()).isEqualTo(before);
    }
}
