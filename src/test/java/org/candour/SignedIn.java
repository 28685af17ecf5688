package org.candour;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

/**
 * Runs a piece of test code as a given staff user, then restores the previous security context.
 *
 * <p>Every Spring context of the test run installs its own Vaadin-aware security-context strategy, and
 * method security keeps the one of its own context. With several cached contexts in one JVM, setting
 * only the global holder would leave an older context's services seeing nobody; so the user is set on
 * every strategy the contexts registered.
 */
public final class SignedIn {

    private static final Set<SecurityContextHolderStrategy> STRATEGIES = new CopyOnWriteArraySet<>();

    private SignedIn() {
    }

    public static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        List<SecurityContextHolderStrategy> strategies = new ArrayList<>(STRATEGIES);
        strategies.add(SecurityContextHolder.getContextHolderStrategy());
        List<SecurityContext> previous = strategies.stream().map(SecurityContextHolderStrategy::getContext).toList();
        strategies.forEach(strategy -> strategy.setContext(context));
        try {
            return action.get();
        } finally {
            for (int i = 0; i < strategies.size(); i++) {
                strategies.get(i).setContext(previous.get(i));
            }
        }
    }

    public static void as(String username, String role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

    /** Registers each test context's strategy (a bean in test sources, picked up by component scan). */
    @Component
    static class StrategyRegistration {
        StrategyRegistration(ObjectProvider<SecurityContextHolderStrategy> strategy) {
            strategy.ifAvailable(STRATEGIES::add);
        }
    }
}
