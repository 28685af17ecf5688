package org.candour.admin;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for Spring Security's sign-in. */
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
                .authorities(credentials.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList())
                .build();
    }
}
