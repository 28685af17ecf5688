package org.candour.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.base.ui.StaffLayout;

import java.time.format.DateTimeFormatter;

/**
 * Who looked at which results, when: for administrators, and analysts and custodians acting for a staff
 * association ({@link TransparencyLog#READERS}). The roles let a reader in; the log's own rule, which also asks for
 * the association, decides, and anyone it refuses (force leadership, a force custodian) is told access is denied.
 */
@Route(value = "staff/transparency", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.CUSTODIAN})
class TransparencyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<TransparencyLog.Entry> grid = new Grid<>();
    private final TransparencyLog log;

    TransparencyView(TransparencyLog log) {
        this.log = log;
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        grid.addColumn(entry -> entry.when().format(format)).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TransparencyLog.Entry::username).setHeader(getTranslation("audit.column.who"));
        grid.addColumn(entry -> getTranslation("transparency.view." + entry.view()))
                .setHeader(getTranslation("transparency.column.view"));
        grid.addColumn(TransparencyLog.Entry::parameters).setHeader(getTranslation("audit.column.details")).setFlexGrow(2);
        add(new H2(getTranslation("transparency.title")), new Paragraph(getTranslation("transparency.intro")), grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            grid.setItems(log.latest(500));
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transparency.title") + " – " + getTranslation("app.name");
    }
}
