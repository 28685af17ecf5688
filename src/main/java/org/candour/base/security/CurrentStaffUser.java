package org.candour.base.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is signed in, for views: name and roles, and a way to sign out. */
@Component
public class CurrentStaffUser {

    private final AuthenticationContext authenticationContext;

    CurrentStaffUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<String> username() {
        return authenticationContext.getPrincipalName();
    }

    public Set<String> roles() {
        return authenticationContext.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** Any granted authority, for example AFFILIATION_ASSOCIATION. */
    public boolean hasAuthority(String authority) {
        return authenticationContext.getGrantedAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
