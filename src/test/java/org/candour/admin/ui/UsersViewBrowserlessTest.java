package org.candour.admin.ui;

import org.candour.StaffBrowserlessTest;
import org.candour.admin.Role;
import org.candour.admin.StaffUser;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UsersViewBrowserlessTest extends StaffBrowserlessTest {

    @Test
    void anAdministratorCreatesAnAccountAndBadInputIsExplainedNextToTheField() {
        signInAs("admin");
        UsersView view = navigate(UsersView.class);

        test(view.username).setValue("x");
        test(view.displayName).setValue("Someone");
        test(view.password).setValue("a-sufficiently-long-password");
        view.roles.setValue(Set.of(Role.ANALYST));
        test(view.create).click();
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).startsWith("Use 2 to 100 lower-case letters");

        test(view.username).setValue("new.from.view");
        test(view.create).click();
        assertThat(view.grid.getGenericDataView().getItems().map(StaffUser::username)).contains("new.from.view");
    }

    @Test
    void anAdministratorGivesAnAnalystAScopeWhenCreatingAndChangesItLater() {
        signInAs("admin");
        UsersView view = navigate(UsersView.class);
        org.candour.org.OrgUnit unit = view.scope.getListDataView().getItems().findFirst().orElseThrow();
        test(view.username).setValue("scoped.from.view");
        test(view.displayName).setValue("Scoped");
        test(view.password).setValue("a-sufficiently-long-password");
        view.roles.setValue(Set.of(Role.ANALYST));
        view.scope.setValue(unit);
        test(view.create).click();
        StaffUser created = view.grid.getGenericDataView().getItems()
                .filter(user -> user.username().equals("scoped.from.view")).findFirst().orElseThrow();
        assertThat(created.orgScopeId()).isEqualTo(unit.id());

        var dialog = view.scopeDialog(created);
        dialog.open();
        @SuppressWarnings("unchecked")
        var field = (com.vaadin.flow.component.combobox.ComboBox<org.candour.org.OrgUnit>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("user-scope-edit");
        assertThat(field.getValue()).isEqualTo(unit);
        field.clear();
        test($(com.vaadin.flow.component.button.Button.class).id("user-scope-save")).click();
        assertThat(view.grid.getGenericDataView().getItems()
                .filter(user -> user.username().equals("scoped.from.view")).findFirst().orElseThrow().orgScopeId())
                .isNull();

        // A second save from the now stale account is explained next to the field.
        var stale = view.scopeDialog(created);
        stale.open();
        test($(com.vaadin.flow.component.button.Button.class).id("user-scope-save")).click();
        assertThat(stale.isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        var staleField = (com.vaadin.flow.component.combobox.ComboBox<org.candour.org.OrgUnit>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("user-scope-edit");
        assertThat(staleField.isInvalid()).isTrue();
        assertThat(staleField.getErrorMessage()).startsWith("Someone else changed this account");
    }
}
