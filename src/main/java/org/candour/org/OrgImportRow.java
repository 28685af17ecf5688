package org.candour.org;

/** One data line of an org structure CSV: unit code, name, parent code (empty for the force), headcount. */
record OrgImportRow(int line, String code, String name, String parentCode, Integer headcount) {
}
