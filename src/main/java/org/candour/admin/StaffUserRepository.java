package org.candour.admin;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.candour.db.Tables.STAFF_USER;
import static org.candour.db.Tables.STAFF_USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** Staff accounts in the database. */
@Repository
class StaffUserRepository {

    private final DSLContext dsl;

    StaffUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anyExists() {
        return dsl.fetchExists(STAFF_USER);
    }

    boolean usernameTaken(String username) {
        return dsl.fetchExists(STAFF_USER, STAFF_USER.USERNAME.equalIgnoreCase(username));
    }

    /** Serialises account creation so that two first-administrator requests cannot both succeed. */
    void lockAccountCreation() {
        dsl.execute("select pg_advisory_xact_lock(hashtext('candour.staff_user.create'))");
    }

    UUID insert(NewStaffUser user, String passwordHash) {
        UUID id = dsl.insertInto(STAFF_USER)
                .set(STAFF_USER.USERNAME, user.username())
                .set(STAFF_USER.DISPLAY_NAME, user.displayName())
                .set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.AFFILIATION, user.affiliation().name())
                .set(STAFF_USER.ORG_SCOPE_ID, user.orgScopeId())
                .returning(STAFF_USER.ID)
                .fetchSingle(STAFF_USER.ID);
        for (Role role : user.roles()) {
            dsl.insertInto(STAFF_USER_ROLE)
                    .set(STAFF_USER_ROLE.USER_ID, id)
                    .set(STAFF_USER_ROLE.ROLE, role.name())
                    .execute();
        }
        return id;
    }

    Optional<StaffCredentials> findCredentials(String username) {
        return dsl.select(STAFF_USER.USERNAME, STAFF_USER.PASSWORD_HASH, STAFF_USER.ENABLED, rolesOf(),
                        STAFF_USER.LOCKED_UNTIL, STAFF_USER.AFFILIATION)
                .from(STAFF_USER)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(record -> new StaffCredentials(record.value1(), record.value2(), record.value3(),
                        roles(record.value4()), record.value5(), Affiliation.valueOf(record.value6())));
    }

    List<StaffUser> findAll() {
        return dsl.select(STAFF_USER.ID, STAFF_USER.USERNAME, STAFF_USER.DISPLAY_NAME, STAFF_USER.AFFILIATION,
                        rolesOf(), STAFF_USER.ENABLED, STAFF_USER.VERSION, STAFF_USER.ORG_SCOPE_ID)
                .from(STAFF_USER)
                .orderBy(STAFF_USER.USERNAME)
                .fetch(record -> new StaffUser(record.value1(), record.value2(), record.value3(),
                        Affiliation.valueOf(record.value4()), roles(record.value5()), record.value6(), record.value7(),
                        record.value8()));
    }

    /** Optimistic locking: changes only the version the editor saw; false if someone changed it meanwhile. */
    boolean setEnabled(UUID id, int expectedVersion, boolean enabled) {
        return updateSeenVersion(id, expectedVersion, STAFF_USER.ENABLED, enabled);
    }

    /** Optimistic locking as for {@link #setEnabled}; null scope means the whole force. */
    boolean setOrgScope(UUID id, int expectedVersion, UUID orgScopeId) {
        return updateSeenVersion(id, expectedVersion, STAFF_USER.ORG_SCOPE_ID, orgScopeId);
    }

    private <T> boolean updateSeenVersion(UUID id, int expectedVersion, org.jooq.TableField<?, T> field, T value) {
        return dsl.update(STAFF_USER)
                .set(field, value)
                .set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
                .where(STAFF_USER.ID.eq(id), STAFF_USER.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    Optional<UUID> findOrgScope(String username) {
        return dsl.select(STAFF_USER.ORG_SCOPE_ID).from(STAFF_USER)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(STAFF_USER.ORG_SCOPE_ID);
    }

    boolean orgUnitExists(UUID orgUnitId) {
        return dsl.fetchExists(org.candour.db.Tables.ORG_UNIT, org.candour.db.Tables.ORG_UNIT.ID.eq(orgUnitId));
    }

    boolean setPasswordHash(UUID id, Integer expectedVersion, String hash) {
        var update = dsl.update(STAFF_USER)
                .set(STAFF_USER.PASSWORD_HASH, hash)
                .set(STAFF_USER.FAILED_SIGN_INS, 0)
                .setNull(STAFF_USER.LOCKED_UNTIL)
                .set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1));
        return (expectedVersion == null
                ? update.where(STAFF_USER.ID.eq(id))
                : update.where(STAFF_USER.ID.eq(id), STAFF_USER.VERSION.eq(expectedVersion))).execute() == 1;
    }

    Optional<String> passwordHash(String username) {
        return dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username)).fetchOptional(STAFF_USER.PASSWORD_HASH);
    }

    /** Counts a failed sign-in; at the limit the account is locked until the given time. */
    void recordFailedSignIn(String username, int maxFailures, java.time.OffsetDateTime lockUntil) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.FAILED_SIGN_INS, STAFF_USER.FAILED_SIGN_INS.plus(1))
                .set(STAFF_USER.LOCKED_UNTIL, org.jooq.impl.DSL.when(
                        STAFF_USER.FAILED_SIGN_INS.plus(1).ge(maxFailures), lockUntil)
                        .otherwise(STAFF_USER.LOCKED_UNTIL))
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .execute();
    }

    void clearFailedSignIns(String username) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.FAILED_SIGN_INS, 0)
                .setNull(STAFF_USER.LOCKED_UNTIL)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .execute();
    }

    Optional<Affiliation> findAffiliation(String username) {
        return dsl.select(STAFF_USER.AFFILIATION).from(STAFF_USER)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(record -> Affiliation.valueOf(record.value1()));
    }

    Optional<UUID> findId(String username) {
        return dsl.select(STAFF_USER.ID).from(STAFF_USER)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(STAFF_USER.ID);
    }

    Optional<String> findDisplayName(String username) {
        return dsl.select(STAFF_USER.DISPLAY_NAME)
                .from(STAFF_USER)
                .where(STAFF_USER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(STAFF_USER.DISPLAY_NAME);
    }

    private static org.jooq.Field<org.jooq.Result<org.jooq.Record1<String>>> rolesOf() {
        return multiset(select(STAFF_USER_ROLE.ROLE).from(STAFF_USER_ROLE)
                .where(STAFF_USER_ROLE.USER_ID.eq(STAFF_USER.ID))).as("roles");
    }

    private static Set<Role> roles(org.jooq.Result<? extends org.jooq.Record1<String>> rows) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Record row : rows) {
            roles.add(Role.valueOf(row.get(0, String.class)));
        }
        return roles;
    }
}
