package org.candour.wave.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.wave.WaveException;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.candour.wave.WaveSummary;

import java.util.List;

/** Dual sign-off: the staff association approves a draft wave's anonymity settings before it can open. */
@Route(value = "staff/approvals", layout = StaffLayout.class)
@RolesAllowed({Role.Names.CUSTODIAN, Role.Names.ANALYST})
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final WaveService waves;
    private final VerticalLayout list = new VerticalLayout();

    ApprovalsView(WaveService waves) {
        this.waves = waves;
        list.setPadding(false);
        add(new H2(getTranslation("approvals.title")), new Paragraph(getTranslation("approvals.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<WaveSummary> drafts = waves.listWaves().stream().filter(w -> w.status() == WaveStatus.DRAFT).toList();
        if (drafts.isEmpty()) {
            list.add(new Paragraph(getTranslation("approvals.none")));
        }
        for (WaveSummary wave : drafts) {
            list.add(new Paragraph(getTranslation("approvals.wave", wave.name(), wave.minCellSize(),
                    String.join(", ", wave.custodians()), wave.keyThreshold() == null ? "-" : wave.keyThreshold(),
                    wave.questionnaireName())));
            if (wave.settingsApprovedBy() != null) {
                list.add(new Paragraph(getTranslation("waves.approval.done", wave.settingsApprovedBy())));
                continue;
            }
            Button approve = new Button(getTranslation("approvals.approve"), click -> {
                try {
                    waves.approveSettings(wave.id());
                    Notification.show(getTranslation("approvals.approved"));
                } catch (WaveException e) {
                    Notification.show(getTranslation(e.messageKey()));
                }
                refresh();
            });
            approve.setAriaLabel(getTranslation("approvals.approve") + ": " + wave.name());
            list.add(approve);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title") + " – " + getTranslation("app.name");
    }
}
