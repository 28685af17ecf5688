package org.candour.release.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.release.ReleaseException;
import org.candour.release.ReleaseProgress;
import org.candour.release.ReleaseService;
import org.candour.release.ReleaseSummary;
import org.candour.release.ShareProgress;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.candour.wave.WaveSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The release ceremony for custodians: each presents their key share (pasted from the file they
 * downloaded at opening); when enough are present, any of them releases the results.
 */
@Route(value = "staff/release", layout = StaffLayout.class)
@RolesAllowed(Role.Names.CUSTODIAN)
class ReleaseView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseView.class);
    private static final int POLL_MILLIS = 500;

    private final ReleaseService releases;
    final ComboBox<WaveSummary> wave = new ComboBox<>();
    final TextArea share = new TextArea();
    final Button present = new Button();
    final Button release = new Button();
    final Paragraph progress = new Paragraph();
    final Paragraph outcome = new Paragraph();
    private final Div unreadable = new Div();
    final Paragraph stage = new Paragraph();
    final ProgressBar bar = new ProgressBar();

    ReleaseView(ReleaseService releases, WaveService waves) {
        this.releases = releases;
        wave.setLabel(getTranslation("release.wave"));
        wave.setItems(waves.listWaves().stream().filter(w -> w.status() == WaveStatus.CLOSED).toList());
        wave.setItemLabelGenerator(WaveSummary::name);
        wave.addValueChangeListener(change -> showProgress());
        share.setLabel(getTranslation("release.share"));
        share.setHelperText(getTranslation("release.share.help"));
        share.setWidthFull();
        present.setText(getTranslation("release.present"));
        present.addClickListener(click -> presentShare());
        release.setText(getTranslation("release.release"));
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.setEnabled(false);
        release.setDisableOnClick(true);
        release.addClickListener(click -> releaseResults(false));
        progress.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("role", "status");
        stage.getElement().setAttribute("role", "status");
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("release.progress-bar"));
        add(new H2(getTranslation("release.title")), new Paragraph(getTranslation("release.intro")), wave, share,
                present, progress, release, stage, bar, unreadable, outcome);
    }

    private void presentShare() {
        if (wave.getValue() == null) {
            wave.setErrorMessage(getTranslation("release.choose-wave"));
            wave.setInvalid(true);
            return;
        }
        try {
            releases.presentShare(wave.getValue().id(), share.getValue());
            share.clear();
            share.setInvalid(false);
            showProgress();
        } catch (ReleaseException e) {
            share.setErrorMessage(getTranslation(e.messageKey()));
            share.setInvalid(true);
        }
    }

    private void showProgress() {
        if (wave.getValue() == null) {
            return;
        }
        ShareProgress shares = releases.progress(wave.getValue().id());
        progress.setText(getTranslation("release.progress", shares.presented(), shares.needed()));
        release.setEnabled(shares.complete());
    }

    /**
     * Runs the release on a background thread (it can take a minute for a large wave) and shows its progress;
     * the page polls while it runs. The signed-in custodian's security context goes with it.
     */
    private void releaseResults(boolean acceptUnreadable) {
        unreadable.removeAll();
        outcome.setText("");
        UI ui = UI.getCurrent();
        UUID waveId = wave.getValue().id();
        stage.setText(getTranslation("release.stage.STARTING"));
        bar.setIndeterminate(true);
        bar.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        Runnable job = () -> {
            try {
                ReleaseSummary summary = releases.release(waveId, acceptUnreadable,
                        (step, done, total) -> ui.access(() -> showStage(step, done, total)));
                ui.access(() -> finished(summary));
            } catch (ReleaseException e) {
                ui.access(() -> failed(e.messageKey(), e.count()));
            } catch (RuntimeException e) {
                LOG.error("release failed unexpectedly", e);
                ui.access(() -> failed("release.error.unexpected", 0));
            } finally {
                ui.access(() -> {
                    bar.setVisible(false);
                    ui.setPollInterval(-1);
                });
            }
        };
        Thread.ofVirtual().name("release").start(
                new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
    }

    private void showStage(ReleaseProgress.Stage step, int done, int total) {
        stage.setText(getTranslation("release.stage." + step.name(), done, total));
        bar.setIndeterminate(total <= 1);
        if (total > 1) {
            bar.setValue((double) done / total);
        }
    }

    private void finished(ReleaseSummary summary) {
        stage.setText("");
        outcome.setText(getTranslation("release.done", summary.respondents(), summary.unreadableBallots()) + " "
                + getTranslation(summary.exhaustivelyChecked() ? "release.proof.exhaustive"
                        : summary.familiesChecked() ? "release.proof.families" : "release.proof.listed")
                + " " + (summary.independentlyVerified() ? getTranslation("release.proof.verified")
                        : getTranslation("release.proof.not-verified", ReleaseService.VERIFIER_LIMIT)));
        release.setEnabled(false);
    }

    private void failed(String messageKey, int count) {
        stage.setText("");
        outcome.setText(getTranslation(messageKey, count));
        release.setEnabled(true);
        if ("release.error.unreadable".equals(messageKey)) {
            Button anyway = new Button(getTranslation("release.release-anyway", count),
                    click -> releaseResults(true));
            anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
            unreadable.add(anyway);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("release.title") + " – " + getTranslation("app.name");
    }
}
