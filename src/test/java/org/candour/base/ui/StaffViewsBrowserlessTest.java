package org.candour.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.candour.IntegrationTest;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, access denied and the staff home, in the real Spring context without a browser. */
@IntegrationTest
@ViewPackages(packages = "org.candour")
@TestMethodOrder(MethodOrderer.Random.class)
class StaffViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> applicationStrategy;

    /**
     * Signs a demo account in once the browserless environment is up (a security annotation on the test
     * method would be applied too early to reach the view); the next navigation sees the user.
     */
    private void signInAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        // Both the global holder (read by view access control) and this application's strategy (read by
        // method security): another test's application context may have replaced the global one.
        SecurityContextHolder.setContext(context);
        applicationStrategy.ifAvailable(strategy -> strategy.setContext(context));
    }

    /** The security context lives on the test thread: never let one test's user leak into the next. */
    @BeforeEach
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        applicationStrategy.ifAvailable(SecurityContextHolderStrategy::clearContext);
    }

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
                .containsExactly("staff", "staff/org", "staff/waves", "staff/participation", "staff/questionnaire", "staff/users", "staff/audit", "staff/account");
    }

    @Test
    void anAnalystDoesNotSeeAdministrationNavigation() {
        signInAs("analyst.association");
        navigate("staff", StaffHomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .containsExactly("staff", "staff/participation", "staff/approvals", "staff/audit", "staff/account");
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
