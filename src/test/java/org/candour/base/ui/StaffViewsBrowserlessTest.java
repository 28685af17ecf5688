package org.candour.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.candour.StaffBrowserlessTest;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, access denied and the staff home, in the real Spring context without a browser. */
@TestMethodOrder(MethodOrderer.Random.class)
class StaffViewsBrowserlessTest extends StaffBrowserlessTest {

    @Test
    void anonymousVisitorsOfStaffPagesAreSentToSignIn() {
        navigate("staff", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    void aFailedSignInShowsTheTranslatedError() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Check your username and password and try again.");
    }

    @Test
    void anAdministratorSeesTheHomePageAndAdministrationNavigation() {
        signInAs("admin");
        navigate("staff", StaffHomeView.class);
        assertThat($(H2.class).id("staff-home-welcome").getText()).isEqualTo("Welcome, Alex Administrator");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .containsExactly("staff", "staff/org", "staff/waves", "staff/participation", "staff/analytics", "staff/analytics/compare", "staff/analytics/trends", "staff/analytics/heatmap", "staff/analytics/experiences", "staff/analytics/comments", "staff/questionnaire", "staff/users", "staff/audit", "staff/transparency", "staff/account");
    }

    @Test
    void anAnalystDoesNotSeeAdministrationNavigation() {
        signInAs("analyst.association");
        navigate("staff", StaffHomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .containsExactly("staff", "staff/participation", "staff/analytics", "staff/analytics/compare", "staff/analytics/trends", "staff/analytics/heatmap", "staff/analytics/experiences", "staff/analytics/comments", "staff/approvals", "staff/audit", "staff/transparency",
                        "staff/account");
    }

    @Test
    void anAnalystOpeningTheAccountsPageIsToldAccessIsDenied() {
        signInAs("analyst.association");
        navigate("staff/users", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(((AccessDeniedView) getCurrentView()).getElement().getTextRecursively())
                .contains("Your account does not have access to this page.");
    }
}
