package org.candour.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs one demo step as a demo staff account, with the roles that account really has (loaded as at sign-in),
 * so that the services' method security checks it and the audit trail records it as that person. Respondent
 * steps run as an anonymous visitor, like a browser on the public survey.
 */
@Component
class DemoStaff {

    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    DemoStaff(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    <T> T as(String username, Supplier<T> step) {
        UserDetails account = users.loadUserByUsername(username);
        return runWith(UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
                account.getAuthorities()), step);
    }

    void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }

    <T> T asRespondent(Supplier<T> step) {
        return runWith(new AnonymousAuthenticationToken("candour-demo", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), step);
    }

    /** Sets the authentication on the strategy method security uses (and the global one), then restores. */
    private <T> T runWith(Authentication authentication, Supplier<T> step) {
        Set<SecurityContextHolderStrategy> strategies = new LinkedHashSet<>();
        strategy.ifAvailable(strategies::add);
        strategies.add(SecurityContextHolder.getContextHolderStrategy());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        strategies.forEach(each -> each.setContext(context));
        try {
            return step.get();
        } finally {
            strategies.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }
}
