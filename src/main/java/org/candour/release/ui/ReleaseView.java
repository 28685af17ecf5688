package org.candour.release.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.release.ReleaseException;
import org.candour.release.ReleaseService;
import org.candour.release.ReleaseSummary;
import org.candour.release.ShareProgress;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.candour.wave.WaveSummary;

/**
 * The release ceremony for custodians: each presents their key share (pasted from the file they
 * downloaded at opening); when enough are present, any of them releases the results.
 */
@Route(value = "staff/release", layout = StaffLayout.class)
@RolesAllowed(Role.Names.CUSTODIAN)
class ReleaseView extends VerticalLayout implements HasDynamicTitle {

    private final ReleaseService releases;
    final ComboBox<WaveSummary> wave = new ComboBox<>();
    final TextArea share = new TextArea();
    final Button present = new Button();
    final Button release = new Button();
    final Paragraph progress = new Paragraph();
    final Paragraph outcome = new Paragraph();
    private final Div unreadable = new Div();

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
        add(new H2(getTranslation("release.title")), new Paragraph(getTranslation("release.intro")), wave, share,
                present, progress, release, unreadable, outcome);
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

    private void releaseResults(boolean acceptUnreadable) {
        unreadable.removeAll();
        try {
            ReleaseSummary summary = releases.release(wave.getValue().id(), acceptUnreadable);
            outcome.setText(getTranslation("release.done", summary.respondents(), summary.unreadableBallots()));
            release.setEnabled(false);
        } catch (ReleaseException e) {
            outcome.setText(getTranslation(e.messageKey(), e.count()));
            release.setEnabled(true);
            if ("release.error.unreadable".equals(e.messageKey())) {
                Button anyway = new Button(getTranslation("release.release-anyway", e.count()),
                        click -> releaseResults(true));
                anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
                unreadable.add(anyway);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("release.title") + " – " + getTranslation("app.name");
    }
}
