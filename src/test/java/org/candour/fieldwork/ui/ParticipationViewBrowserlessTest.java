package org.candour.fieldwork.ui;

import org.candour.SignedIn;
import org.candour.StaffBrowserlessTest;
import org.candour.admin.TransparencyLog;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.fieldwork.UnitParticipation;
import org.candour.wave.WaveSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationViewBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    TransparencyLog transparency;

    @Test
    void anAnalystSeesParticipationAndTheViewingIsInTheTransparencyLog() {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(1);
        signInAs("analyst.association");
        ParticipationView view = navigate(ParticipationView.class);
        var combo = $(com.vaadin.flow.component.combobox.ComboBox.class).first();
        @SuppressWarnings("unchecked")
        var waves = (com.vaadin.flow.component.combobox.ComboBox<WaveSummary>) combo;
        WaveSummary summary = waves.getGenericDataView().getItems().filter(w -> w.id().equals(wave.waveId()))
                .findFirst().orElseThrow();
        waves.setValue(summary);

        assertThat(view.grid.getGenericDataView().getItems()).allSatisfy(row -> {
            assertThat(row.fewerThanK()).isTrue();
            assertThat(row.roundedCount()).isNull();
        });
        assertThat(SignedIn.as("admin", "ADMIN", () -> transparency.latest(20))).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("analyst.association");
            assertThat(entry.view()).isEqualTo("participation");
            assertThat(entry.parameters()).contains(summary.name());
        });
    }
}
