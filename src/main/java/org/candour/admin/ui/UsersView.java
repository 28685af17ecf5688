package org.candour.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.StaffAccountService;
import org.candour.admin.StaffUser;
import org.candour.base.ui.StaffLayout;

import java.util.stream.Collectors;

/** Lists staff accounts with their roles. Editing comes with the administration issue. */
@Route(value = "staff/users", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StaffUser> grid = new Grid<>();

    UsersView(StaffAccountService accounts) {
        grid.addColumn(StaffUser::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.column.name"));
        grid.addColumn(user -> getTranslation("affiliation." + user.affiliation()))
                .setHeader(getTranslation("users.column.affiliation"));
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.column.roles"));
        grid.addColumn(user -> getTranslation(user.enabled() ? "users.yes" : "users.no"))
                .setHeader(getTranslation("users.column.enabled"));
        grid.setItems(accounts.listUsers());
        add(new H2(getTranslation("users.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.name");
    }
}
