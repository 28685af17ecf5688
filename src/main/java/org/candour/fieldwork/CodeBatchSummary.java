package org.candour.fieldwork;

import java.util.UUID;

/** A code batch as administrators see it: never the codes themselves. */
public record CodeBatchSummary(UUID id, UUID unitId, int codeCount, boolean exported) {
}
