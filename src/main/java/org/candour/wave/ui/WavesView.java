package org.candour.wave.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.fieldwork.CodeBatchService;
import org.candour.org.OrgService;
import org.candour.wave.WaveException;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.candour.wave.WaveSummary;

/**
 * The waves: a new one is set up in the step-by-step wizard ({@link WaveSetupView}); a selected draft
 * continues there. During fieldwork this screen re-keys, issues further codes and closes the wave.
 */
@Route(value = "staff/waves", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class WavesView extends VerticalLayout implements HasDynamicTitle {

    private final WaveService waves;
    private final CodeBatchService batches;
    private final OrgService org;
    final Grid<WaveSummary> grid = new Grid<>();
    final Div details = new Div();

    WavesView(WaveService waves, CodeBatchService batches, OrgService org) {
        this.waves = waves;
        this.batches = batches;
        this.org = org;
        grid.addColumn(WaveSummary::name).setHeader(getTranslation("waves.column.name"));
        grid.addColumn(wave -> getTranslation("waves.status." + wave.status())).setHeader(getTranslation("waves.column.status"));
        grid.addColumn(WaveSummary::minCellSize).setHeader(getTranslation("waves.column.k"));
        grid.addColumn(WaveSummary::closesOn).setHeader(getTranslation("waves.column.closes"));
        grid.addColumn(wave -> String.join(", ", wave.custodians())).setHeader(getTranslation("waves.column.custodians"));
        grid.addColumn(WaveSummary::sharesOutstanding).setHeader(getTranslation("waves.column.shares"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> showDetails(change.getValue()));
        Button newWave = new Button(getTranslation("wizard.new"),
                click -> UI.getCurrent().navigate(WaveSetupView.class));
        newWave.setId("wave-new");
        newWave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("waves.title")), newWave, grid, details);
        refresh();
    }

    private void refresh() {
        grid.setItems(waves.listWaves());
    }

    private void showDetails(WaveSummary wave) {
        details.removeAll();
        if (wave == null) {
            return;
        }
        details.add(new H3(getTranslation("waves.selected.heading", wave.name())));
        if (wave.isDraft()) {
            details.add(new Paragraph(wave.settingsApprovedBy() == null ? getTranslation("waves.approval.pending")
                    : getTranslation("waves.approval.done", wave.settingsApprovedBy())));
        } else {
            details.add(new Paragraph(getTranslation("waves.locked")));
        }
        Button setup = new Button(getTranslation(wave.isDraft() ? "wizard.continue" : "wizard.view-settings"),
                click -> UI.getCurrent().navigate(WaveSetupView.class,
                        new RouteParameters("waveId", wave.id().toString())));
        setup.setId("wave-setup");
        details.add(setup);
        if (wave.status() == WaveStatus.OPEN && wave.sharesOutstanding() > 0) {
            details.add(new Paragraph(getTranslation("waves.rekey.explain")));
            details.add(new Button(getTranslation("waves.rekey"), click -> act(() -> waves.rekeyWave(wave.id()),
                    "waves.rekey.done")));
        }
        if (wave.status() == WaveStatus.OPEN) {
            Button close = new Button(getTranslation("waves.close"), click -> act(() -> waves.closeWave(wave.id()),
                    "waves.close.done"));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            details.add(close, new H3(getTranslation("waves.batch.heading")), new CodeBatchPanel(wave, batches, org));
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey));
        } catch (WaveException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        refresh();
        details.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waves.title") + " – " + getTranslation("app.name");
    }
}
