package org.candour.wave.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import org.candour.SignedIn;
import org.candour.StaffBrowserlessTest;
import org.candour.wave.UnitHeadcount;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.candour.wave.WaveSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of the wave setup wizard, the review page, and the lock after opening. */
class WaveSetupViewBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    WaveService waves;

    private UUID draft() {
        return SignedIn.as("admin", "ADMIN", () -> waves.createWave("Wizard " + UUID.randomUUID(), 10, null));
    }

    private WaveSummary summary(UUID wave) {
        return SignedIn.as("admin", "ADMIN", () -> waves.wave(wave)).orElseThrow();
    }

    private WaveSetupView openStep(UUID wave, WaveSetupView.Step step) {
        signInAs("admin");
        navigate("staff/waves/setup/" + wave, WaveSetupView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("staff/waves/setup/" + wave,
                com.vaadin.flow.router.QueryParameters.of("step", step.name()));
        return current();
    }

    private WaveSetupView current() {
        return (WaveSetupView) getCurrentView();
    }

    @Test
    void aNewWaveStartsWithQuestionnaireAndDatesAndBadInputIsExplainedNextToTheField() {
        signInAs("admin");
        WaveSetupView view = navigate(WaveSetupView.class);
        assertThat(view.step).isEqualTo(WaveSetupView.Step.BASICS);
        assertThat(view.questionnaire.getValue()).isNotNull();
        test(view.next).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).startsWith("Enter a name");

        String name = "Wizard new " + UUID.randomUUID();
        test(view.name).setValue(name);
        view.opensOn.setValue(LocalDate.of(2027, 3, 1));
        view.closesOn.setValue(LocalDate.of(2027, 2, 1));
        test(view.next).click();
        assertThat(view.closesOn.isInvalid()).isTrue();
        assertThat(view.closesOn.getErrorMessage()).startsWith("The closing date must not be before");

        view.closesOn.setValue(LocalDate.of(2027, 3, 29));
        test(view.next).click();
        assertThat(current().step).isEqualTo(WaveSetupView.Step.K);
        WaveSummary created = current().wave;
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.closesOn()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(created.status()).isEqualTo(WaveStatus.DRAFT);
    }

    @Test
    void theKStepRefusesKBelowFiveNextToTheFieldAndSavesAValidK() {
        UUID wave = draft();
        WaveSetupView view = openStep(wave, WaveSetupView.Step.K);
        assertThat(view.k.getValue()).isEqualTo(10);
        view.k.setValue(4);
        test(view.next).click();
        assertThat(view.k.isInvalid()).isTrue();
        assertThat(view.k.getErrorMessage()).isEqualTo("The minimum group size cannot be below 5.");
        assertThat(view.step).isEqualTo(WaveSetupView.Step.K);

        test(view.k).setValue(12);
        test(view.next).click();
        assertThat(current().step).isEqualTo(WaveSetupView.Step.BREAKDOWNS);
        assertThat(summary(wave).minCellSize()).isEqualTo(12);
    }

    @Test
    void aChangeMadeElsewhereMeanwhileIsExplainedAndShownNotOverwritten() {
        UUID wave = draft();
        WaveSetupView view = openStep(wave, WaveSetupView.Step.K);
        SignedIn.as("admin", "ADMIN", () -> waves.setMinCellSize(wave, summary(wave).version(), 20));
        test(view.k).setValue(15);
        test(view.next).click();
        assertThat(view.k.isInvalid()).isTrue();
        assertThat(view.k.getErrorMessage()).startsWith("Someone else changed this wave");
        assertThat(view.k.getValue()).as("the other change is shown").isEqualTo(20);
        assertThat(summary(wave).minCellSize()).isEqualTo(20);
    }

    @Test
    void theBreakdownsStepSavesTheChosenCrossTables() {
        UUID wave = draft();
        WaveSetupView view = openStep(wave, WaveSetupView.Step.BREAKDOWNS);
        assertThat(view.breakdowns.getValue()).containsExactlyInAnyOrder("RANK", "GENDER", "SERVICE");
        view.breakdowns.setValue(Set.of("FAITH", "RANK"));
        test(view.next).click();
        assertThat(current().step).isEqualTo(WaveSetupView.Step.CUSTODIANS);
        assertThat(SignedIn.as("admin", "ADMIN", () -> waves.crossTables(wave))).containsExactly("RANK", "FAITH");
    }

    @Test
    void theCustodiansStepNeedsTwoCustodiansAndAValidThreshold() {
        UUID wave = draft();
        WaveSetupView view = openStep(wave, WaveSetupView.Step.CUSTODIANS);
        view.custodians.setValue(Set.of("custodian.force"));
        test(view.next).click();
        assertThat(view.custodians.isInvalid()).isTrue();
        assertThat(view.custodians.getErrorMessage()).isEqualTo("Choose between 2 and 10 custodians.");

        view.custodians.setValue(Set.of("custodian.force", "custodian.association"));
        view.threshold.setValue(3);
        test(view.next).click();
        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.getErrorMessage()).startsWith("The number of shares needed");

        view.threshold.setValue(2);
        test(view.next).click();
        assertThat(current().step).isEqualTo(WaveSetupView.Step.CODES);
        assertThat(summary(wave).custodians()).containsExactly("custodian.association", "custodian.force");
        assertThat(summary(wave).keyThreshold()).isEqualTo(2);
    }

    @Test
    void theCodesStepEditsAUnitsHeadcountForTheWaveAndCreatesCodesForEveryUnit() {
        UUID wave = draft();
        WaveSetupView view = openStep(wave, WaveSetupView.Step.CODES);
        UnitHeadcount unit = view.headcounts.getGenericDataView().getItems()
                .filter(row -> row.orgHeadcount() != null && row.parentId() != null).findFirst().orElseThrow();
        IntegerField field = view.headcountField(unit); // the editor the grid renders in the unit's row
        assertThat(field.getAriaLabel()).contains("Headcount of " + unit.unitName() + " for this wave");
        field.setValue(unit.orgHeadcount() + 5);
        UnitHeadcount saved = SignedIn.as("admin", "ADMIN", () -> waves.headcounts(wave)).stream()
                .filter(row -> row.unitId().equals(unit.unitId())).findFirst().orElseThrow();
        assertThat(saved.headcount()).isEqualTo(unit.orgHeadcount() + 5);

        test(view.codes.margin).setValue(0);
        test(view.codes.createAll).click();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Download all codes (a folder per unit)");
        assertThat(view.codes.list.getGenericDataView().getItems())
                .anySatisfy(batch -> {
                    assertThat(batch.unitId()).isEqualTo(unit.unitId());
                    assertThat(batch.codeCount()).isEqualTo(unit.orgHeadcount() + 5);
                });
        long batches = view.codes.list.getGenericDataView().getItems().count();

        // A second click hands nobody a second code: it says why and creates nothing, and the first click's link,
        // the only copy of its codes until downloaded, stays.
        test(view.codes.createAll).click();
        test(view.codes.createAll).click();
        assertThat(textOf("codes-all-refused")).contains("already has codes");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .filteredOn(p -> p.getId().filter("codes-all-refused"::equals).isPresent()).hasSize(1);
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Download all codes (a folder per unit)");
        assertThat(view.codes.list.getGenericDataView().getItems().count()).isEqualTo(batches);
    }

    @Test
    void theReviewShowsEverythingAndTheSignOffStateAndOpensOnlyOnceApproved() {
        UUID wave = draft();
        SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force", "custodian.association"), 2));
        WaveSetupView view = openStep(wave, WaveSetupView.Step.REVIEW);
        assertThat(textOf("review-k")).contains("fewer than 10 people");
        assertThat(textOf("review-breakdowns")).contains("Rank or grade", "Gender", "Length of service");
        assertThat(textOf("review-custodians")).contains("custodian.association, custodian.force", "2 of 2");
        assertThat(textOf("review-codes")).contains("code batches");
        assertThat(textOf("wizard-approval")).startsWith("Awaiting approval");
        assertThat(view.open.isEnabled()).isFalse();

        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        view = openStep(wave, WaveSetupView.Step.REVIEW);
        assertThat(textOf("wizard-approval")).isEqualTo("Anonymity settings approved by custodian.association.");
        assertThat(view.open.isEnabled()).isTrue();
        test(view.open).click();
        assertThat(summary(wave).status()).isEqualTo(WaveStatus.OPEN);
        assertThat(textOf("wizard-locked")).startsWith("This wave is open");
        assertThat(view.next.isVisible()).isFalse();
        assertThat(view.open.isAttached()).isFalse();
    }

    @Test
    void afterOpeningEveryStepShowsOnlyTheLockedReview() {
        UUID wave = draft();
        SignedIn.as("admin", "ADMIN", () -> waves.setCustodians(wave,
                List.of("custodian.force", "custodian.association"), 2));
        SignedIn.as("custodian.association", "CUSTODIAN", () -> waves.approveSettings(wave));
        SignedIn.as("admin", "ADMIN", () -> waves.openWave(wave));
        WaveSetupView view = openStep(wave, WaveSetupView.Step.K);
        assertThat(view.step).isEqualTo(WaveSetupView.Step.REVIEW);
        assertThat(textOf("wizard-locked")).contains("locked");
        assertThat(view.k.isAttached()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).all())
                .extracting(com.vaadin.flow.component.button.Button::getText).doesNotContain("Change");
    }

    private String textOf(String id) {
        return $(com.vaadin.flow.component.html.Paragraph.class).id(id).getText();
    }
}
