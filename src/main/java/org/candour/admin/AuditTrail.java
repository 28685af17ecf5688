package org.candour.admin;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.stream.Collectors;

import static org.candour.db.Tables.ADMIN_AUDIT;
import static org.candour.db.Tables.STAFF_USER;

/**
 * Records staff actions on configuration (who, what, when) in the same transaction as the action, so
 * that a change and its audit entry stand or fall together. Never respondent activity, never secrets.
 */
@Component
public class AuditTrail {

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

    /** A flat JSON object of short strings (escaping quotes, backslashes and control characters). */
    static String toJson(Map<String, String> details) {
        return details.entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ":" + quote(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : String.valueOf(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
