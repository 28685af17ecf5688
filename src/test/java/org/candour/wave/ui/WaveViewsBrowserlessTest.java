package org.candour.wave.ui;

import com.vaadin.flow.component.html.Anchor;
import org.candour.StaffBrowserlessTest;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.wave.WaveSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class WaveViewsBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    OpenWaveFixture fixture;

    @Test
    void anAdministratorSeesWavesWithTheirStatusAndCustodians() {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(1);
        signInAs("admin");
        WavesView view = navigate(WavesView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(WaveSummary::id)).contains(wave.waveId());
    }

    @Test
    void aCustodianSeesADownloadForEachShareWaitingForThem() {
        OpenWaveFixture.OpenWave wave = fixture.openWave(1, false);
        signInAs("custodian.force");
        navigate(KeySharesView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .anyMatch(text -> text.startsWith("Download my key share for Test wave"));
    }
}
