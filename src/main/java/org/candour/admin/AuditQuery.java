package org.candour.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.candour.db.Tables.ADMIN_AUDIT;

/** Reads the audit trail: administrators and analysts (associations included) may read it. */
@Service
public class AuditQuery {

    private final DSLContext dsl;

    AuditQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'CUSTODIAN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return dsl.select(ADMIN_AUDIT.OCCURRED_AT, ADMIN_AUDIT.USERNAME, ADMIN_AUDIT.ACTION, ADMIN_AUDIT.SUBJECT,
                        ADMIN_AUDIT.DETAILS)
                .from(ADMIN_AUDIT)
                .orderBy(ADMIN_AUDIT.OCCURRED_AT.desc())
                .limit(Math.max(1, Math.min(limit, 1000)))
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().data()));
    }
}
