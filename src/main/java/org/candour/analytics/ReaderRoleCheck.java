package org.candour.analytics;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, in the log, when analytics will not be able to read releases: the reader role is missing or
 * not granted to the application's database user (changeset 0009 creates it only where the user may create
 * roles). Fieldwork does not need the role, so Candour still starts.
 */
@Component
class ReaderRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(ReaderRoleCheck.class);

    private final DSLContext dsl;

    ReaderRoleCheck(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        if (!granted(PublishedQuery.READER_ROLE)) {
            log.error("Analytics cannot read releases: the database role {} is missing or not granted to the "
                    + "application's database user. Ask a DBA to run the role block of "
                    + "db/changelog/0009-release.sql (see README, Operating).", PublishedQuery.READER_ROLE);
        }
    }

    /** Whether {@code role} exists and the application's user may take it. */
    boolean granted(String role) {
        return Boolean.TRUE.equals(dsl.resultQuery(
                "select coalesce((select pg_has_role(current_user, oid, 'MEMBER') from pg_roles where rolname = ?),"
                        + " false)", role).fetchOne(0, Boolean.class));
    }
}
