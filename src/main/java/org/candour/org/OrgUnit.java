package org.candour.org;

import java.util.UUID;

/** One unit of the force's structure. parentId is null for the force itself. */
public record OrgUnit(UUID id, String code, String name, UUID parentId, Integer headcount) {
}
