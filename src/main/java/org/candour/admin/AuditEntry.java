package org.candour.admin;

import java.time.OffsetDateTime;

/** One entry of the audit trail of staff actions. */
public record AuditEntry(OffsetDateTime when, String username, String action, String subject, String details) {
}
