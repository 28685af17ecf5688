package org.candour.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.AuditEntry;
import org.candour.admin.AuditQuery;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;

import java.time.format.DateTimeFormatter;

/**
 * The audit trail of staff actions (who did what, when), readable by every staff role so that the
 * associations can see that the rules protecting anonymity were not changed behind their back.
 */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.CUSTODIAN})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditQuery audit) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        grid.addColumn(entry -> entry.when().format(format)).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action()))
                .setHeader(getTranslation("audit.column.what"));
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.column.subject"));
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(2);
        grid.setItems(audit.latest(500));
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
