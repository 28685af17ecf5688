package org.candour;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Base for browserless tests of staff views: signs a demo account in for the next navigation. */
@IntegrationTest
@ViewPackages(packages = "org.candour")
public abstract class StaffBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> applicationStrategy;

    protected void signInAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        applicationStrategy.ifAvailable(strategy -> strategy.setContext(context));
    }

    @BeforeEach
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        applicationStrategy.ifAvailable(SecurityContextHolderStrategy::clearContext);
    }
}
