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
}
