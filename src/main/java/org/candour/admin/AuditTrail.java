package org.candour.admin;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.candour.db.Tables.ADMIN_AUDIT;
import static org.candour.db.Tables.STAFF_USER;

/**
 * Records staff actions on configuration (who, what, when) in the same transaction as the action, so
 * that a change and its audit entry stand or fall together. Never respondent activity, never secrets.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    AuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, Map<String, String> details) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String username = who == null ? "system" : who.getName();
        dsl.insertInto(ADMIN_AUDIT)
                .set(ADMIN_AUDIT.STAFF_USER_ID, dsl.select(STAFF_USER.ID).from(STAFF_USER)
                        .where(STAFF_USER.USERNAME.eq(username)).asField())
                .set(ADMIN_AUDIT.USERNAME, username)
                .set(ADMIN_AUDIT.ACTION, action)
                .set(ADMIN_AUDIT.SUBJECT, subject)
                .set(ADMIN_AUDIT.DETAILS, JSONB.valueOf(toJson(details)))
                .execute();
    }

    /** The details as a JSON object, keys sorted so that entries read the same way every time. */
    static String toJson(Map<String, String> details) {
        return JSON.writeValueAsString(new java.util.TreeMap<>(details));
    }
}
