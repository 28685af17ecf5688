package org.candour.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the org structure CSV (header: code,name,parent_code,headcount). Quoted fields, commas and
 * doubled quotes inside quotes, CRLF or LF line ends, and a UTF-8 byte-order mark are accepted.
 */
final class OrgCsv {

    static final List<String> HEADER = List.of("code", "name", "parent_code", "headcount");

    private OrgCsv() {
    }

    /** Parses lines; problems (bad numbers, wrong column counts) are added to the list given. */
    static List<OrgImportRow> parse(String text, List<OrgImportProblem> problems) {
        List<OrgImportRow> rows = new ArrayList<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r?\n", -1);
        if (lines.length == 0 || !fields(lines[0]).stream().map(f -> f.trim().toLowerCase()).toList().equals(HEADER)) {
            problems.add(new OrgImportProblem(1, "org.import.error.header", String.join(",", HEADER)));
            return rows;
        }
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(lines[i]);
            if (fields.size() != HEADER.size()) {
                problems.add(new OrgImportProblem(line, "org.import.error.columns", String.valueOf(fields.size())));
                continue;
            }
            Integer headcount;
            String count = fields.get(3).trim();
            try {
                headcount = headcount(count);
            } catch (NumberFormatException e) {
                problems.add(new OrgImportProblem(line, "org.import.error.headcount", count));
                continue;
            }
            String parent = fields.get(2).trim();
            rows.add(new OrgImportRow(line, fields.get(0).trim(), fields.get(1).trim(),
                    parent.isEmpty() ? null : parent, headcount));
        }
        return rows;
    }

    /**
     * A headcount as typed: empty is none (null), otherwise a whole number from 0 to 1,000,000.
     *
     * @throws NumberFormatException for anything else
     */
    static Integer headcount(String text) {
        String count = text == null ? "" : text.trim();
        if (count.isEmpty()) {
            return null;
        }
        int headcount = Integer.parseInt(count);
        if (headcount < 0 || headcount > 1_000_000) {
            throw new NumberFormatException(count);
        }
        return headcount;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
