package org.candour.wave;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle rules: dual sign-off before opening, settings locked once open. */
@IntegrationTest
class WaveServiceTest {

    @Autowired
    WaveService waves;

    private UUID draft() {
        return SignedIn.as("admin", "ADMIN", () -> {
            UUID id = waves.createWave("Rules " + UUID.randomUUID(), 10, null);
            waves.setCustodians(id, List.of("custodian.force", "custodian.association"), 2);
            return id;
        });
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(WaveException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aWaveOpensOnlyAfterTheAssociationApprovesItsAnonymitySettings() {
        UUID wave = draft();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave)), "wave.error.not-approved");
        // Someone acting for the force cannot approve in the association's place.
        assertRefused(() -> SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.approveSettings(wave)),
                "wave.error.approval-needs-association");
        SignedIn.as("analyst.association", "ANALYST", () -> waves.approveSettings(wave));

        // A change after approval needs approval again.
        SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force", "custodian.association"), 2));
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave)), "wave.error.not-approved");
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        assertThat(SignedIn.as("admin", "ADMIN", () -> waves.listWaves()).stream()
                .filter(w -> w.id().equals(wave)).findFirst().orElseThrow().status()).isEqualTo(WaveStatus.OPEN);
    }

    @Test
    void theCatalogueBreakdownsAreChosenBeforeOpeningAndNeedApprovalAgain() {
        UUID wave = draft();
        assertThat(SignedIn.as("admin", "ADMIN", () -> waves.crossTables(wave))).containsExactly("RANK", "GENDER", "SERVICE");
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.setCrossTables(wave, List.of("RANK", "FAITH")));
        assertThat(SignedIn.as("admin", "ADMIN", () -> waves.crossTables(wave))).containsExactly("RANK", "FAITH");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave)), "wave.error.not-approved");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCrossTables(wave, List.of("UNIT"))),
                "wave.error.cross-tables");
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCrossTables(wave, List.of("RANK"))),
                "wave.error.locked");
    }

    @Autowired
    PendingShareVault vault;

    @Test
    void sharesLostBeforeCollectionAreReplacedByANewKey() {
        UUID wave = draft();
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        String oldShare = SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.collectMyShare(wave)).orElseThrow();
        vault.discardWave(wave); // what a restart does to shares not yet collected

        assertThat(SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.collectMyShare(wave))).isEmpty();
        SignedIn.as("admin", "ADMIN", () -> waves.rekeyWave(wave));
        String newShare = SignedIn.as("custodian.force", "CUSTODIAN", () -> waves.collectMyShare(wave)).orElseThrow();
        assertThat(SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.collectMyShare(wave))).isPresent();
        assertThat(newShare).isNotEqualTo(oldShare);
        // Everything collected now: a further re-key is refused.
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.rekeyWave(wave)), "wave.error.rekey-not-allowed");
    }

    @Test
    void settingsAreLockedOnceTheWaveIsOpen() {
        UUID wave = draft();
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force", "custodian.association"), 2)), "wave.error.locked");
        assertRefused(() -> SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave)),
                "wave.error.locked");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave)), "wave.error.not-draft");
    }

    @Test
    void kBelowFiveAndBadCustodianChoicesAreRefused() {
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.createWave("Too small", 4, null)),
                "wave.error.k-too-small");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.createWave("Dates", 10,
                java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 2, 1), null)), "wave.error.dates");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.createWave("Unknown questionnaire", 10,
                null, null, "NO_SUCH_QUESTIONNAIRE")), "wave.error.no-questionnaire");
        UUID wave = draft();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force"), 2)), "wave.error.custodian-count");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force", "custodian.association"), 3)), "wave.error.threshold");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force", "nobody.at.all"), 2)), "wave.error.unknown-custodian");
    }

    private WaveSummary summary(UUID wave) {
        return SignedIn.as("admin", "ADMIN", () -> waves.wave(wave)).orElseThrow();
    }

    @Test
    void headcountsPerWaveDefaultToTheOrgUnitsAreEditableWhileDraftAndFixedAtOpening() {
        UUID wave = draft();
        List<UnitHeadcount> before = SignedIn.as("admin", "ADMIN", () -> waves.headcounts(wave));
        UnitHeadcount team = before.stream().filter(unit -> unit.orgHeadcount() != null && unit.parentId() != null)
                .findFirst().orElseThrow();
        UnitHeadcount other = before.stream().filter(unit -> unit.orgHeadcount() != null && unit != team)
                .findFirst().orElseThrow();
        assertThat(team.headcount()).isEqualTo(team.orgHeadcount());
        assertThat(team.isOverridden()).isFalse();

        int changed = team.orgHeadcount() + 7;
        SignedIn.as("admin", "ADMIN", () -> waves.setHeadcount(wave, team.unitId(), team.orgHeadcount(), changed));
        UnitHeadcount after = headcountOf(wave, team.unitId());
        assertThat(after.headcount()).isEqualTo(changed);
        assertThat(after.isOverridden()).isTrue();
        // Someone editing from the old figure is told, not silently overwritten; bad numbers are refused.
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setHeadcount(wave, team.unitId(),
                team.orgHeadcount(), 3)), "wave.error.headcount-changed-elsewhere");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setHeadcount(wave, team.unitId(),
                changed, -1)), "wave.error.headcount");
        assertThat(headcountOf(wave, team.unitId()).headcount()).isEqualTo(changed);

        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        // Fixed at opening: the wave's own figure for the edited unit, the org unit's for the others.
        assertThat(headcountOf(wave, team.unitId()).waveHeadcount()).isEqualTo(changed);
        assertThat(headcountOf(wave, other.unitId()).waveHeadcount()).isEqualTo(other.orgHeadcount());
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setHeadcount(wave, team.unitId(),
                changed, changed + 1)), "wave.error.headcounts-locked");
        assertThat(headcountOf(wave, team.unitId()).headcount()).isEqualTo(changed);
    }

    private UnitHeadcount headcountOf(UUID wave, UUID unit) {
        return SignedIn.as("admin", "ADMIN", () -> waves.headcounts(wave)).stream()
                .filter(row -> row.unitId().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void kAndBasicsChangeWhileDraftAStaleEditIsRefusedAndANewKNeedsApprovalAgain() {
        UUID wave = draft();
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        int seen = summary(wave).version();
        SignedIn.as("admin", "ADMIN", () -> waves.updateBasics(wave, seen, "Renamed wave", "POLICE_RACE_FAITH_FAIRNESS",
                java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2027, 2, 1)));
        WaveSummary renamed = summary(wave);
        assertThat(renamed.name()).isEqualTo("Renamed wave");
        assertThat(renamed.opensOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
        assertThat(renamed.settingsApprovedBy()).as("dates are not an anonymity setting").isNotNull();

        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setMinCellSize(wave, seen, 12)),
                "wave.error.changed-elsewhere");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setMinCellSize(wave, renamed.version(), 4)),
                "wave.error.k-too-small");
        SignedIn.as("admin", "ADMIN", () -> waves.setMinCellSize(wave, renamed.version(), 12));
        assertThat(summary(wave).minCellSize()).isEqualTo(12);
        assertThat(summary(wave).settingsApprovedBy()).isNull();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave, renamed.version(),
                List.of("custodian.force", "custodian.association"), 2)), "wave.error.changed-elsewhere");

        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        int open = summary(wave).version();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.setMinCellSize(wave, open, 15)),
                "wave.error.locked");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.updateBasics(wave, open, "Again",
                "POLICE_RACE_FAITH_FAIRNESS", null, null)), "wave.error.locked");
    }

    @Autowired
    org.jooq.DSLContext dsl;

    @Test
    void anotherQuestionnaireNeedsTheAssociationsApprovalAgain() {
        String other = "OTHER_" + UUID.randomUUID().toString().substring(0, 8);
        dsl.insertInto(org.candour.db.Tables.QUESTIONNAIRE).set(org.candour.db.Tables.QUESTIONNAIRE.CODE, other)
                .set(org.candour.db.Tables.QUESTIONNAIRE.NAME, "Another questionnaire").execute();
        UUID wave = draft();
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.updateBasics(wave, summary(wave).version(), "Same questionnaire",
                "POLICE_RACE_FAITH_FAIRNESS", null, null));
        assertThat(summary(wave).settingsApprovedBy()).as("the same questionnaire keeps the approval").isNotNull();

        SignedIn.as("admin", "ADMIN", () -> waves.updateBasics(wave, summary(wave).version(), "Switched", other,
                null, null));
        assertThat(summary(wave).questionnaireCode()).isEqualTo(other);
        assertThat(summary(wave).settingsApprovedBy()).isNull();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave)), "wave.error.not-approved");
    }
}
