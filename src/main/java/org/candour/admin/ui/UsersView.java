package org.candour.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
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
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Staff accounts: list, create, disable or enable, reset a forgotten password, and limit an analyst to one
 * org unit (its scope; empty means the whole force).
 */
@Route(value = "staff/users", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final StaffAccountService accounts;
    private final Map<UUID, OrgUnit> units;
    final Grid<StaffUser> grid = new Grid<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final RadioButtonGroup<Affiliation> affiliation = new RadioButtonGroup<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button create = new Button();
    final PasswordField newPassword = new PasswordField();
    final ComboBox<OrgUnit> scope = new ComboBox<>();

    UsersView(StaffAccountService accounts, OrgService org) {
        this.accounts = accounts;
        this.units = org.unitsById();
        grid.addColumn(StaffUser::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.column.name"));
        grid.addColumn(user -> getTranslation("affiliation." + user.affiliation()))
                .setHeader(getTranslation("users.column.affiliation"));
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.column.roles"));
        grid.addColumn(this::scopeName).setHeader(getTranslation("users.column.scope"));
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
        Button changeScope = new Button(getTranslation("users.scope.change"), click -> scopeDialog(user).open());
        changeScope.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        changeScope.setAriaLabel(getTranslation("users.scope.change-for", user.username()));
        return new HorizontalLayout(toggle, reset, changeScope);
    }

    private String scopeName(StaffUser user) {
        OrgUnit unit = user.orgScopeId() == null ? null : units.get(user.orgScopeId());
        return unit == null ? getTranslation("users.scope.force") : unit.name();
    }

    private void configureScopeField(ComboBox<OrgUnit> field) {
        field.setLabel(getTranslation("users.column.scope"));
        field.setHelperText(getTranslation("users.scope.help"));
        field.setItems(units.values().stream().sorted(java.util.Comparator.comparing(OrgUnit::name)).toList());
        field.setItemLabelGenerator(OrgUnit::name);
        field.setPlaceholder(getTranslation("users.scope.force"));
        field.setClearButtonVisible(true);
    }

    /** Changes one account's scope; a concurrent change of the account is explained, not overwritten. */
    Dialog scopeDialog(StaffUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.scope.change-for", user.username()));
        ComboBox<OrgUnit> field = new ComboBox<>();
        field.setId("user-scope-edit");
        configureScopeField(field);
        field.setValue(user.orgScopeId() == null ? null : units.get(user.orgScopeId()));
        Button save = new Button(getTranslation("users.scope.save"), click -> {
            try {
                accounts.setOrgScope(user, field.getValue() == null ? null : field.getValue().id());
                Notification.show(getTranslation("users.saved"));
                dialog.close();
                refresh();
            } catch (StaffAccountException e) {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
                refresh();
            }
        });
        save.setId("user-scope-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button(getTranslation("users.scope.cancel"), click -> dialog.close()), save);
        return dialog;
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
        configureScopeField(scope);
        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createUser());
        FormLayout form = new FormLayout(new H3(getTranslation("users.create.heading")), username, displayName,
                password, affiliation, roles, scope, create);
        form.setColspan(form.getComponentAt(0), 2);
        return form;
    }

    private void createUser() {
        for (var field : java.util.List.of(username, displayName)) {
            field.setInvalid(false);
        }
        password.setInvalid(false);
        roles.setInvalid(false);
        scope.setInvalid(false);
        try {
            accounts.createUser(new NewStaffUser(username.getValue(), displayName.getValue(), password.getValue(),
                    affiliation.getValue(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(roles.getValue()), scope.getValue() == null ? null : scope.getValue().id()));
            username.clear();
            displayName.clear();
            password.clear();
            roles.clear();
            scope.clear();
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
            } else if (e.messageKey().contains("scope")) {
                scope.setErrorMessage(message);
                scope.setInvalid(true);
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
