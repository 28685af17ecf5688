package org.candour.org;

import org.candour.admin.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Imports the org structure from CSV. Every row is checked first (format, duplicates, unknown parents,
 * cycles, a single force at the top); the file is written only when it is clean, in one transaction.
 * Units are matched by code: new codes are added, existing ones updated; units not in the file stay.
 */
@Service
public class OrgImportService {

    /** What a unit code may look like (the database checks the same, without the length). */
    static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$");

    private final OrgRepository units;
    private final AuditTrail audit;

    OrgImportService(OrgRepository units, AuditTrail audit) {
        this.units = units;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OrgImportReport check(String csv) {
        return plan(csv, false).report();
    }

    /** Writes the file if it is clean; otherwise writes nothing and returns the problems. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrgImportReport importUnits(String csv) {
        Plan plan = plan(csv, true);
        if (!plan.report().isClean()) {
            return plan.report();
        }
        Map<String, UUID> ids = new HashMap<>();
        units.findAll().forEach(unit -> ids.put(unit.code(), unit.id()));
        // Parents first: repeat over the rows until every one is placed (the tree was checked acyclic).
        List<OrgImportRow> pending = new ArrayList<>(plan.rows());
        int order = 0;
        while (!pending.isEmpty()) {
            List<OrgImportRow> next = new ArrayList<>();
            for (OrgImportRow row : pending) {
                if (row.parentCode() != null && !ids.containsKey(row.parentCode())) {
                    next.add(row);
                    continue;
                }
                UUID parent = row.parentCode() == null ? null : ids.get(row.parentCode());
                if (ids.containsKey(row.code())) {
                    units.update(ids.get(row.code()), row.name(), parent, row.headcount());
                } else {
                    ids.put(row.code(), units.insert(row.code(), row.name(), parent, row.headcount(), order++));
                }
            }
            pending = next;
        }
        audit.record("org.imported", "units", Map.of("rows", String.valueOf(plan.rows().size()),
                "new", String.valueOf(plan.report().newUnits()), "changed", String.valueOf(plan.report().changedUnits())));
        return plan.report();
    }

    private record Plan(List<OrgImportRow> rows, OrgImportReport report) {
    }

    /** lock: share-lock the waves and lock the units (as OrgService does) while the file is written. */
    private Plan plan(String csv, boolean lock) {
        List<OrgImportProblem> problems = new ArrayList<>();
        // Moving units waits while a wave is open or closed but not released (see OrgService).
        String running = String.join(", ", units.runningWaves(lock));
        List<OrgImportRow> rows = OrgCsv.parse(csv == null ? "" : csv, problems);
        Map<String, OrgUnit> existing = new HashMap<>();
        // Locked for the write, as OrgService does, so that a unit added meanwhile is seen rather than duplicated.
        (lock ? units.lockAll() : units.findAll()).forEach(unit -> existing.put(unit.code(), unit));
        Map<UUID, String> codeOfId = new HashMap<>();
        existing.values().forEach(unit -> codeOfId.put(unit.id(), unit.code()));

        Map<String, String> parentOf = new HashMap<>();
        existing.values().forEach(unit -> parentOf.put(unit.code(),
                unit.parentId() == null ? null : codeOfId.get(unit.parentId())));
        Set<String> seen = new HashSet<>();
        int newUnits = 0;
        int changed = 0;
        for (OrgImportRow row : rows) {
            if (!CODE.matcher(row.code()).matches()) {
                problems.add(new OrgImportProblem(row.line(), "org.import.error.code", row.code()));
                continue;
            }
            if (!seen.add(row.code())) {
                problems.add(new OrgImportProblem(row.line(), "org.import.error.duplicate", row.code()));
                continue;
            }
            if (row.name().isEmpty() || row.name().length() > 200) {
                problems.add(new OrgImportProblem(row.line(), "org.import.error.name", row.code()));
            }
            if (row.code().equals(row.parentCode())) {
                problems.add(new OrgImportProblem(row.line(), "org.import.error.own-parent", row.code()));
            }
            String parentBefore = parentOf.put(row.code(), row.parentCode());
            if (existing.containsKey(row.code()) && !running.isEmpty()
                    && !java.util.Objects.equals(parentBefore, row.parentCode())) {
                problems.add(new OrgImportProblem(row.line(), "org.import.error.moved-while-wave", running));
            }
            if (existing.containsKey(row.code())) {
                changed++;
            } else {
                newUnits++;
            }
        }
        for (OrgImportRow row : rows) {
            if (row.parentCode() != null && !parentOf.containsKey(row.parentCode())) {
                problems.add(new OrgImportProblem(row.line(), "org.import.error.unknown-parent", row.parentCode()));
            }
        }
        long roots = parentOf.values().stream().filter(java.util.Objects::isNull).count();
        if (problems.isEmpty() && roots != 1) {
            problems.add(new OrgImportProblem(0, "org.import.error.roots", String.valueOf(roots)));
        }
        if (problems.isEmpty()) {
            for (OrgImportRow row : rows) {
                if (inCycle(row.code(), parentOf)) {
                    problems.add(new OrgImportProblem(row.line(), "org.import.error.cycle", row.code()));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(OrgImportProblem::line));
        return new Plan(rows, new OrgImportReport(rows.size(), newUnits, changed, List.copyOf(problems)));
    }

    private static boolean inCycle(String code, Map<String, String> parentOf) {
        Set<String> visited = new HashSet<>();
        for (String at = code; at != null; at = parentOf.get(at)) {
            if (!visited.add(at)) {
                return true;
            }
        }
        return false;
    }
}
