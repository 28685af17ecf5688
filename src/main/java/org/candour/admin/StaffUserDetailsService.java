package org.candour.admin;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts for Spring Security's sign-in: a ROLE_ authority per role, and one for the affiliation
 * (AFFILIATION_FORCE or AFFILIATION_ASSOCIATION; an account's affiliation is fixed when it is created).
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;

    StaffUserDetailsService(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffCredentials credentials = users.findCredentials(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown staff user"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .disabled(!credentials.enabled())
                .accountLocked(credentials.isLocked(java.time.OffsetDateTime.now()))
                .authorities(java.util.stream.Stream.concat(
                        credentials.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())),
                        java.util.stream.Stream.of(new SimpleGrantedAuthority(credentials.affiliation().authority())))
                        .toList())
                .build();
    }
}
