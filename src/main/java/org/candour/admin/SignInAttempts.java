package org.candour.admin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Locks a staff account for a while after repeated failed sign-ins (password guessing), and clears the
 * count on success. Unknown usernames change nothing, so the lock reveals nothing about who exists.
 */
@Component
class SignInAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final StaffUserRepository users;
    private final Clock clock;

    SignInAttempts(StaffUserRepository users) {
        this.users = users;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        users.recordFailedSignIn(username, MAX_FAILURES, OffsetDateTime.now(clock).plus(LOCK));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.clearFailedSignIns(event.getAuthentication().getName());
    }
}
