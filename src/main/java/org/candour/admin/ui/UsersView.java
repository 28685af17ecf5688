package org.candour.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Affiliation;
import org.candour.admin.NewStaffUser;
import org.candour.admin.Role;
import org.candour.admin.StaffAccountException;
import org.candour.admin.StaffAccountService;
import org.candour.admin.StaffUser;
import org.candour.base.ui.StaffLayout;

import java.util.EnumSet;
import java.util.stream.Collectors;

/** Staff accounts: list, create, disable or enable, and reset a forgotten password. */
@Route(value = "staff/users", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final StaffAccountService accounts;
    final Grid<StaffUser> grid = new Grid<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final RadioButtonGroup<Affiliation> affiliation = new RadioButtonGroup<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button create = new Button();
    final PasswordField newPassword = new PasswordField();

    UsersView(StaffAccountService accounts) {
        this.accounts = accounts;
        grid.addColumn(StaffUser::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.column.name"));
        grid.addColumn(user -> getTranslation("affiliation." + user.affiliation()))
                .setHeader(getTranslation("users.column.affiliation"));
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.column.roles"));
        grid.addColumn(user -> getTranslation(user.enabled() ? "users.yes" : "users.no"))
                .setHeader(getTranslation("users.column.enabled"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        newPassword.setLabel(getTranslation("users.reset.password"));
        newPassword.setHelperText(getTranslation("setup.password.help", StaffAccountService.MIN_PASSWORD_LENGTH));

        add(new H2(getTranslation("users.title")), grid, newPassword, createForm());
        refresh();
    }

    private HorizontalLayout actions(StaffUser user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                click -> run(() -> accounts.setEnabled(user, !user.enabled()), "users.saved"));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("users.reset"), click -> run(
                () -> accounts.resetPassword(user, newPassword.getValue()), "users.reset.done"));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel(getTranslation("users.reset.for", user.username()));
        return new HorizontalLayout(toggle, reset);
    }

    private FormLayout createForm() {
        username.setLabel(getTranslation("setup.username"));
        username.setHelperText(getTranslation("setup.username.help"));
        displayName.setLabel(getTranslation("setup.display-name"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.password.help", StaffAccountService.MIN_PASSWORD_LENGTH));
        affiliation.setLabel(getTranslation("users.column.affiliation"));
        affiliation.setItems(Affiliation.values());
        affiliation.setItemLabelGenerator(value -> getTranslation("affiliation." + value));
        affiliation.setValue(Affiliation.FORCE);
        roles.setLabel(getTranslation("users.column.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createUser());
        FormLayout form = new FormLayout(new H3(getTranslation("users.create.heading")), username, displayName,
                password, affiliation, roles, create);
        form.setColspan(form.getComponentAt(0), 2);
        return form;
    }

    private void createUser() {
        for (var field : java.util.List.of(username, displayName)) {
            field.setInvalid(false);
        }
        password.setInvalid(false);
        roles.setInvalid(false);
        try {
            accounts.createUser(new NewStaffUser(username.getValue(), displayName.getValue(), password.getValue(),
                    affiliation.getValue(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(roles.getValue())));
            username.clear();
            displayName.clear();
            password.clear();
            roles.clear();
            Notification.show(getTranslation("users.saved"));
            refresh();
        } catch (StaffAccountException e) {
            String message = getTranslation(e.messageKey());
            if (e.messageKey().contains("username")) {
                username.setErrorMessage(message);
                username.setInvalid(true);
            } else if (e.messageKey().contains("display-name")) {
                displayName.setErrorMessage(message);
                displayName.setInvalid(true);
            } else if (e.messageKey().contains("password")) {
                password.setErrorMessage(message);
                password.setInvalid(true);
            } else {
                roles.setErrorMessage(message);
                roles.setInvalid(true);
            }
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            newPassword.clear();
            Notification.show(getTranslation(doneKey));
        } catch (StaffAccountException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.listUsers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.name");
    }
}
