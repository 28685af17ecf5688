package org.candour.admin;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.candour.db.Tables.STAFF_USER;
import static org.candour.db.Tables.TRANSPARENCY_LOG;

/**
 * Every analytic view and export staff open (who, which view, which parameters, when), readable by
 * administrators and by analysts and custodians acting for a staff association (analytics.md), so associations
 * can see who looked at what; force leadership does not read it. Never respondent data.
 */
@Service
public class TransparencyLog {

    public record Entry(OffsetDateTime when, String username, String view, String parameters) {
    }

    /** Who may read the log: the rule of {@link #latest}, and of the page and the navigation that show it. */
    public static final String READERS =
            "hasRole('ADMIN') or (hasAnyRole('ANALYST', 'CUSTODIAN') and hasAuthority('AFFILIATION_ASSOCIATION'))";

    private final DSLContext dsl;

    TransparencyLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void record(String view, Map<String, String> parameters) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        dsl.insertInto(TRANSPARENCY_LOG)
                .set(TRANSPARENCY_LOG.STAFF_USER_ID, dsl.select(STAFF_USER.ID).from(STAFF_USER)
                        .where(STAFF_USER.USERNAME.eq(username)).asField())
                .set(TRANSPARENCY_LOG.USERNAME, username)
                .set(TRANSPARENCY_LOG.VIEW_NAME, view)
                .set(TRANSPARENCY_LOG.PARAMETERS, JSONB.valueOf(AuditTrail.toJson(parameters)))
                .execute();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return dsl.select(TRANSPARENCY_LOG.OCCURRED_AT, TRANSPARENCY_LOG.USERNAME, TRANSPARENCY_LOG.VIEW_NAME,
                        TRANSPARENCY_LOG.PARAMETERS)
                .from(TRANSPARENCY_LOG)
                .orderBy(TRANSPARENCY_LOG.OCCURRED_AT.desc())
                .limit(Math.max(1, Math.min(limit, 1000)))
                .fetch(r -> new Entry(r.value1(), r.value2(), r.value3(), r.value4().data()));
    }
}
