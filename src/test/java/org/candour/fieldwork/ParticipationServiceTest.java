package org.candour.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.STAFF_USER;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Participation during fieldwork: rounded, hidden below k, rolled up the tree, limited to the reader's scope. */
@IntegrationTest
class ParticipationServiceTest {

    @Autowired
    ParticipationService participation;
    @Autowired
    FieldworkService fieldwork;
    @Autowired
    OrgService org;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;

    OpenWaveFixture.OpenWave wave;
    List<OrgUnit> units;
    Set<UUID> unitAndAncestors;

    @BeforeEach
    void twelveAnswersInOneUnit() {
        wave = fixture.openWaveWithCodes(12);
        for (String code : wave.codes()) {
            assertThat(fieldwork.submit(FieldworkServiceTest.answers(code, FieldworkServiceTest.nonce())))
                    .isEqualTo(SubmissionResult.RECORDED);
        }
        units = SignedIn.as("admin", "ADMIN", () -> org.listUnits());
        Map<UUID, UUID> parent = new HashMap<>();
        units.forEach(unit -> parent.put(unit.id(), unit.parentId()));
        unitAndAncestors = new HashSet<>();
        for (UUID unit = wave.unitId(); unit != null; unit = parent.get(unit)) {
            unitAndAncestors.add(unit);
        }
    }

    private Map<UUID, UnitParticipation> byUnit(String username) {
        Map<UUID, UnitParticipation> rows = new HashMap<>();
        SignedIn.as(username, "ANALYST", () -> participation.participation(wave.waveId()))
                .forEach(row -> rows.put(row.unitId(), row));
        return rows;
    }

    @Test
    void eachRowCoversItsSubtreeRoundedToFiveAndHiddenBelowK() {
        Map<UUID, UnitParticipation> rows = byUnit("analyst.association");

        assertThat(rows.keySet()).hasSize(units.size());
        assertThat(unitAndAncestors).hasSizeGreaterThan(1);
        for (UnitParticipation row : rows.values()) {
            if (unitAndAncestors.contains(row.unitId())) {
                assertThat(row.roundedCount()).as(row.unitName()).isEqualTo(10); // 12, rounded to 5
            } else {
                assertThat(row.fewerThanK()).as(row.unitName()).isTrue();
                assertThat(row.roundedCount()).isNull();
            }
        }
        UnitParticipation unit = rows.get(wave.unitId());
        assertThat(unit.responseRatePercent()).isEqualTo(Math.min(100, Math.round(1000f / unit.headcount())));
        UnitParticipation force = rows.get(units.stream().filter(u -> u.parentId() == null).findFirst()
                .orElseThrow().id());
        assertThat(force.headcount()).as("the force's headcount is its units' together")
                .isGreaterThan(unit.headcount());
        assertThat(ParticipationService.roundToFive(13)).isEqualTo(15);
        assertThat(ParticipationService.roundToFive(12)).isEqualTo(10);
        // Never below k rounded up to 5: with k = 7, "5" would mean exactly 7 (5 and 6 say "fewer than 7").
        assertThat(ParticipationService.shownDuringFieldwork(7, 7)).isEqualTo(10);
        assertThat(ParticipationService.shownDuringFieldwork(12, 12)).isEqualTo(15);
        assertThat(ParticipationService.shownDuringFieldwork(12, 10)).isEqualTo(10);
    }

    @Test
    void anAnalystWithAnOrgScopeSeesOnlyThatSubtree() {
        dsl.update(STAFF_USER).set(STAFF_USER.ORG_SCOPE_ID, wave.unitId())
                .where(STAFF_USER.USERNAME.eq("analyst.leadership")).execute();
        try {
            assertThat(byUnit("analyst.leadership").keySet()).contains(wave.unitId())
                    .allSatisfy(unit -> assertThat(unitAndAncestors.contains(unit) && !unit.equals(wave.unitId()))
                            .as("an ancestor of the scope").isFalse())
                    .hasSizeLessThan(units.size());
            assertThat(byUnit("analyst.association")).hasSize(units.size()); // no scope: the whole force
        } finally {
            dsl.update(STAFF_USER).setNull(STAFF_USER.ORG_SCOPE_ID)
                    .where(STAFF_USER.USERNAME.eq("analyst.leadership")).execute();
        }
    }
}
