package org.candour.org;

import java.util.UUID;

/**
 * One unit of the force's structure. parentId is null for the force itself. version is the row version the
 * unit was read at: an edit carries it, so that a change made elsewhere meanwhile is refused, not overwritten.
 */
public record OrgUnit(UUID id, String code, String name, UUID parentId, Integer headcount, int version) {
}
