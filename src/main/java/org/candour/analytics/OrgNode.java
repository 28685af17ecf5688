package org.candour.analytics;

import java.util.UUID;

/** An org unit the reader may see, with its depth below the top of the reader's scope (for indenting). */
public record OrgNode(UUID id, String name, int depth) {
}
