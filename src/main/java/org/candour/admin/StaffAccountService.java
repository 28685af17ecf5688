package org.candour.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Staff accounts: creating them, listing them, and the one-time creation of the first administrator. */
@Service
public class StaffAccountService {

    /** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,99}$");

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    StaffAccountService(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** Whether the one-time setup screen is still needed (no account exists yet). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean needsFirstAdministrator() {
        return !users.anyExists();
    }

    /**
     * Creates the first administrator of an empty installation. Refused once any account exists, so the
     * setup screen cannot be used to take over a running installation.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public UUID createFirstAdministrator(String username, String displayName, String password) {
        users.lockAccountCreation();
        if (users.anyExists()) {
            throw new StaffAccountException("setup.error.already-done");
        }
        return create(new NewStaffUser(username, displayName, password, Affiliation.FORCE,
                java.util.EnumSet.of(Role.ADMIN)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID createUser(NewStaffUser user) {
        users.lockAccountCreation();
        return create(user);
    }

    /** Disables or re-enables an account (never deleted: the audit trail keeps referring to it). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(StaffUser user, boolean enabled) {
        if (!enabled && user.username().equals(currentUsername())) {
            throw new StaffAccountException("account.error.disable-self");
        }
        if (!users.setEnabled(user.id(), user.version(), enabled)) {
            throw new StaffAccountException("account.error.changed-elsewhere");
        }
        audit.record(enabled ? "account.enabled" : "account.disabled", user.username(), java.util.Map.of());
    }

    /**
     * An administrator limits an analyst to one org unit and everything below it; null gives back the
     * whole force. Refused when someone else changed the account since it was shown.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setOrgScope(StaffUser user, UUID orgScopeId) {
        checkOrgScope(orgScopeId);
        if (!users.setOrgScope(user.id(), user.version(), orgScopeId)) {
            throw new StaffAccountException("account.error.changed-elsewhere");
        }
        audit.record("account.scope-set", user.username(), java.util.Map.of("scope", scopeText(orgScopeId)));
    }

    /**
     * The org unit whose subtree this staff member may see in analytics; empty means the whole force (or
     * no such account). Anyone signed in may read their own scope, administrators anyone's.
     */
    @PreAuthorize("hasRole('ADMIN') or (isAuthenticated() and #username != null"
            + " and #username.equalsIgnoreCase(authentication.name))")
    @Transactional(readOnly = true)
    public Optional<UUID> orgScopeOf(String username) {
        return users.findOrgScope(username);
    }

    /**
     * The org unit whose subtree the signed-in reader may see (results, participation); empty means the whole
     * force, as administrators always read it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UUID> scopeOfSignedInReader() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return admin ? Optional.empty() : users.findOrgScope(who.getName());
    }

    private void checkOrgScope(UUID orgScopeId) {
        if (orgScopeId != null && !users.orgUnitExists(orgScopeId)) {
            throw new StaffAccountException("account.error.scope-unknown");
        }
    }

    private static String scopeText(UUID orgScopeId) {
        return orgScopeId == null ? "force" : orgScopeId.toString();
    }

    /** An administrator sets a new password for someone who forgot theirs (also lifts a lockout). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(StaffUser user, String newPassword) {
        checkPassword(newPassword);
        if (!users.setPasswordHash(user.id(), user.version(), passwordEncoder.encode(newPassword))) {
            throw new StaffAccountException("account.error.changed-elsewhere");
        }
        audit.record("account.password-reset", user.username(), java.util.Map.of());
    }

    /** Any signed-in staff member changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String me = currentUsername();
        String hash = users.passwordHash(me).orElseThrow(() -> new StaffAccountException("account.error.wrong-password"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new StaffAccountException("account.error.wrong-password");
        }
        checkPassword(newPassword);
        users.setPasswordHash(users.findId(me).orElseThrow(), null, passwordEncoder.encode(newPassword));
        audit.record("account.password-changed", me, java.util.Map.of());
    }

    private static String currentUsername() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 256) {
            throw new StaffAccountException("account.error.password-length");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffUser> listUsers() {
        return users.findAll();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(String username) {
        return users.findDisplayName(username);
    }

    /** The account id behind a username, for services that record who holds what (e.g. key shares). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(String username) {
        return users.findId(username);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Affiliation> affiliationOf(String username) {
        return users.findAffiliation(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffUser> listCustodians() {
        return users.findAll().stream().filter(user -> user.enabled() && user.roles().contains(Role.CUSTODIAN)).toList();
    }

    /** Used by start-up tasks (no signed-in user): the checks are the same as for an administrator. */
    UUID createWithoutSignIn(NewStaffUser user) {
        users.lockAccountCreation();
        return create(user);
    }

    boolean anyAccountExists() {
        return users.anyExists();
    }

    private UUID create(NewStaffUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffAccountException("account.error.username-format");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 200) {
            throw new StaffAccountException("account.error.display-name");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD_LENGTH
                || user.password().length() > 256) {
            throw new StaffAccountException("account.error.password-length");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new StaffAccountException("account.error.no-role");
        }
        if (users.usernameTaken(username)) {
            throw new StaffAccountException("account.error.username-taken");
        }
        checkOrgScope(user.orgScopeId());
        NewStaffUser normalised = new NewStaffUser(username, user.displayName().trim(), user.password(),
                user.affiliation() == null ? Affiliation.FORCE : user.affiliation(), user.roles(), user.orgScopeId());
        UUID id = users.insert(normalised, passwordEncoder.encode(user.password()));
        audit.record("account.created", username, java.util.Map.of("roles", user.roles().toString(),
                "affiliation", normalised.affiliation().name(), "scope", scopeText(user.orgScopeId())));
        return id;
    }
}
