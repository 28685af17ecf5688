package org.candour.org;

/** A problem found in an import file: the line (1-based, header is line 1), a message key and a value. */
public record OrgImportProblem(int line, String messageKey, String value) {
}
