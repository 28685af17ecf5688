package org.candour.admin;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.db.Tables.STAFF_USER;

@IntegrationTest
class StaffAccountServiceTest {

    @Autowired
    StaffAccountService accounts;
    @Autowired
    StaffUserDetailsService userDetails;
    @Autowired
    DSLContext dsl;

    @Test
    void demoAccountsExistOnTheEmbeddedDatabase() {
        assertThat(accounts.needsFirstAdministrator()).isFalse();
        assertThat(userDetails.loadUserByUsername("admin").getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_ADMIN", "AFFILIATION_FORCE");
        // The affiliation is an authority too: the transparency log's readers rule asks for it.
        assertThat(userDetails.loadUserByUsername("analyst.association").getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_ANALYST", "AFFILIATION_ASSOCIATION");
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER)
                .where(STAFF_USER.USERNAME.eq("admin")).fetchSingle(STAFF_USER.PASSWORD_HASH);
        assertThat(hash).startsWith("{argon2}").doesNotContain(StaffBootstrap.DEMO_PASSWORD);
    }

    @Test
    void theSetupScreenCannotCreateAnAdministratorOnceAccountsExist() {
        int before = dsl.fetchCount(STAFF_USER);
        assertThatThrownBy(() -> accounts.createFirstAdministrator("intruder", "Intruder", "long-enough-password"))
                .isInstanceOf(StaffAccountException.class)
                .extracting(e -> ((StaffAccountException) e).messageKey()).isEqualTo("setup.error.already-done");
        assertThat(dsl.fetchCount(STAFF_USER)).isEqualTo(before);
    }

    @Test
    void listingAccountsNeedsSignIn() {
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void listingAccountsNeedsTheAdministratorRole() {
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorCreatesAnAccountThatCanSignIn() {
        accounts.createUser(new NewStaffUser("  New.Analyst ", "New Analyst", "a-sufficiently-long-password",
                Affiliation.ASSOCIATION, EnumSet.of(Role.ANALYST)));
        assertThat(accounts.listUsers()).anySatisfy(user -> {
            assertThat(user.username()).isEqualTo("new.analyst");
            assertThat(user.affiliation()).isEqualTo(Affiliation.ASSOCIATION);
            assertThat(user.roles()).containsExactly(Role.ANALYST);
        });
        assertThat(userDetails.loadUserByUsername("NEW.ANALYST").getUsername()).isEqualTo("new.analyst");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void badAccountRequestsAreRefusedWithAReasonAndWriteNothing() {
        int before = dsl.fetchCount(STAFF_USER);
        assertRefused(new NewStaffUser("x", "Name", "a-sufficiently-long-password", Affiliation.FORCE,
                EnumSet.of(Role.ADMIN)), "account.error.username-format");
        assertRefused(new NewStaffUser("bad name!", "Name", "a-sufficiently-long-password", Affiliation.FORCE,
                EnumSet.of(Role.ADMIN)), "account.error.username-format");
        assertRefused(new NewStaffUser("shortpass", "Name", "short", Affiliation.FORCE,
                EnumSet.of(Role.ADMIN)), "account.error.password-length");
        assertRefused(new NewStaffUser("noroles", "Name", "a-sufficiently-long-password", Affiliation.FORCE,
                EnumSet.noneOf(Role.class)), "account.error.no-role");
        assertRefused(new NewStaffUser("ADMIN", "Name", "a-sufficiently-long-password", Affiliation.FORCE,
                EnumSet.of(Role.ADMIN)), "account.error.username-taken");
        assertRefused(new NewStaffUser("blankname", " ", "a-sufficiently-long-password", Affiliation.FORCE,
                EnumSet.of(Role.ADMIN)), "account.error.display-name");
        assertThat(dsl.fetchCount(STAFF_USER)).isEqualTo(before);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    AuditQuery auditQuery;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void repeatedFailedSignInsLockTheAccountAndASuccessClearsTheCount() {
        accounts.createUser(new NewStaffUser("lock.me", "Lock Me", "a-sufficiently-long-password",
                Affiliation.FORCE, EnumSet.of(Role.ANALYST)));
        var attempt = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .unauthenticated("lock.me", "wrong");
        var failure = new org.springframework.security.authentication.BadCredentialsException("bad");
        for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
            events.publishEvent(new org.springframework.security.authentication.event
                    .AuthenticationFailureBadCredentialsEvent(attempt, failure));
        }
        assertThat(userDetails.loadUserByUsername("lock.me").isAccountNonLocked()).isTrue();
        events.publishEvent(new org.springframework.security.authentication.event
                .AuthenticationFailureBadCredentialsEvent(attempt, failure));
        assertThat(userDetails.loadUserByUsername("lock.me").isAccountNonLocked()).isFalse();

        events.publishEvent(new org.springframework.security.authentication.event.AuthenticationSuccessEvent(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .authenticated("lock.me", null, java.util.List.of())));
        assertThat(userDetails.loadUserByUsername("lock.me").isAccountNonLocked()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void creatingAnAccountIsInTheAuditTrailWithoutThePassword() {
        accounts.createUser(new NewStaffUser("audited.user", "Audited", "a-sufficiently-long-password",
                Affiliation.ASSOCIATION, EnumSet.of(Role.CUSTODIAN)));
        assertThat(auditQuery.latest(50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.created");
            assertThat(entry.subject()).isEqualTo("audited.user");
            assertThat(entry.username()).isEqualTo("admin");
            assertThat(entry.details()).contains("CUSTODIAN").doesNotContain("a-sufficiently-long-password");
        });
    }

    private StaffUser account(String username) {
        return accounts.listUsers().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aDisabledAccountCannotSignInAndAStaleEditIsDetected() {
        accounts.createUser(new NewStaffUser("leaver", "Leaver", "a-sufficiently-long-password",
                Affiliation.FORCE, EnumSet.of(Role.ANALYST)));
        StaffUser seenByTwoAdmins = account("leaver");
        accounts.setEnabled(seenByTwoAdmins, false);
        assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isFalse();
        // A second administrator still looking at the old version is told, not silently overwritten.
        assertThatThrownBy(() -> accounts.setEnabled(seenByTwoAdmins, true))
                .isInstanceOfSatisfying(StaffAccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.changed-elsewhere"));
        assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isFalse();
        accounts.setEnabled(account("leaver"), true);
        assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isTrue();
        assertThatThrownBy(() -> accounts.setEnabled(account("admin"), false))
                .isInstanceOfSatisfying(StaffAccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.disable-self"));
    }

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorResetsAPasswordAndTheUserChangesItAgain() {
        accounts.createUser(new NewStaffUser("forgetful", "Forgetful", "the-first-password-123",
                Affiliation.FORCE, EnumSet.of(Role.ANALYST)));
        accounts.resetPassword(account("forgetful"), "a-temporary-password-456");
        assertThat(passwordEncoder.matches("a-temporary-password-456",
                userDetails.loadUserByUsername("forgetful").getPassword())).isTrue();

        org.candour.SignedIn.as("forgetful", "ANALYST", () -> {
            assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "my-own-new-password-789"))
                    .isInstanceOfSatisfying(StaffAccountException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.wrong-password"));
            assertThatThrownBy(() -> accounts.changeOwnPassword("a-temporary-password-456", "short"))
                    .isInstanceOfSatisfying(StaffAccountException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.password-length"));
            accounts.changeOwnPassword("a-temporary-password-456", "my-own-new-password-789");
        });
        assertThat(passwordEncoder.matches("my-own-new-password-789",
                userDetails.loadUserByUsername("forgetful").getPassword())).isTrue();
    }

    @Test
    void aNewStaffUserNeverPrintsItsPassword() {
        NewStaffUser user = new NewStaffUser("someone", "Someone", "secret-password-value", Affiliation.FORCE,
                EnumSet.of(Role.ADMIN));
        assertThat(user.toString()).doesNotContain("secret-password-value");
    }

    @Autowired
    org.candour.org.OrgService orgUnits;

    @Test
    void anAdministratorSetsAnAnalystsScopeWhichTheAnalystCanReadButNotOthers() {
        java.util.UUID unit = org.candour.SignedIn.as("admin", "ADMIN", () -> orgUnits.listUnits().getLast().id());
        org.candour.SignedIn.as("admin", "ADMIN", () -> {
            accounts.createUser(new NewStaffUser("unit.analyst", "Unit Analyst", "a-sufficiently-long-password",
                    Affiliation.FORCE, EnumSet.of(Role.ANALYST), unit));
            assertThat(accounts.orgScopeOf("unit.analyst")).contains(unit);
            assertThat(accounts.listUsers()).filteredOn(u -> u.username().equals("unit.analyst"))
                    .singleElement().extracting(StaffUser::orgScopeId).isEqualTo(unit);
            // An unknown unit is refused and nothing is created.
            assertRefused(new NewStaffUser("scoped.nowhere", "Nowhere", "a-sufficiently-long-password",
                    Affiliation.FORCE, EnumSet.of(Role.ANALYST), java.util.UUID.randomUUID()),
                    "account.error.scope-unknown");
        });
        // The analyst reads their own scope; reading someone else's is refused.
        assertThat(org.candour.SignedIn.as("unit.analyst", "ANALYST", () -> accounts.orgScopeOf("unit.analyst")))
                .contains(unit);
        assertThat(org.candour.SignedIn.as("analyst.association", "ANALYST",
                () -> accounts.orgScopeOf("analyst.association"))).isEmpty();
        assertThatThrownBy(() -> org.candour.SignedIn.as("analyst.association", "ANALYST",
                () -> accounts.orgScopeOf("unit.analyst"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.orgScopeOf("unit.analyst"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        // Widening to the whole force is audited; a stale copy of the account is refused, not overwritten.
        org.candour.SignedIn.as("admin", "ADMIN", () -> {
            StaffUser seen = accounts.listUsers().stream().filter(u -> u.username().equals("unit.analyst"))
                    .findFirst().orElseThrow();
            accounts.setOrgScope(seen, null);
            assertThat(accounts.orgScopeOf("unit.analyst")).isEmpty();
            assertThatThrownBy(() -> accounts.setOrgScope(seen, unit)).isInstanceOfSatisfying(
                    StaffAccountException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("account.error.changed-elsewhere"));
            assertThat(accounts.orgScopeOf("unit.analyst")).isEmpty();
            assertThat(auditQuery.latest(20)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("account.scope-set");
                assertThat(entry.subject()).isEqualTo("unit.analyst");
                assertThat(entry.details()).contains("force");
            });
        });
    }

    private void assertRefused(NewStaffUser user, String expectedKey) {
        assertThatThrownBy(() -> accounts.createUser(user))
                .isInstanceOf(StaffAccountException.class)
                .extracting(e -> ((StaffAccountException) e).messageKey()).isEqualTo(expectedKey);
    }
}
