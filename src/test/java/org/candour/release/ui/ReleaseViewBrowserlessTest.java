package org.candour.release.ui;

import org.candour.SignedIn;
import org.candour.StaffBrowserlessTest;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.wave.WaveService;
import org.candour.wave.WaveSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseViewBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    WaveService waves;

    @Test
    void aCustodianPresentsTheirShareAndSeesTheProgress() {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(1);
        SignedIn.as("admin", "ADMIN", () -> waves.closeWave(wave.waveId()));
        signInAs("custodian.force");
        ReleaseView view = navigate(ReleaseView.class);
        WaveSummary closed = view.wave.getGenericDataView().getItems()
                .filter(w -> w.id().equals(wave.waveId())).findFirst().orElseThrow();
        test(view.wave).selectItem(closed.name());

        test(view.share).setValue("not a share");
        test(view.present).click();
        assertThat(view.share.isInvalid()).isTrue();
        assertThat(view.share.getErrorMessage()).isEqualTo("That is not a key share. Paste the whole line from your share file.");

        test(view.share).setValue(wave.shares().getFirst());
        test(view.present).click();
        assertThat(view.progress.getText()).isEqualTo("1 of 2 shares presented");
        assertThat(view.release.isEnabled()).isFalse();
    }
}
