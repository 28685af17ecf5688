package org.candour.org;

import org.candour.admin.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The force's structure: units in a tree, with headcounts, and administrators' edits of single units.
 *
 * <p>Waves refer to units: a wave's headcounts (fixed per unit when it opens), its code batches (which give
 * each ballot its unit) and, after release, its published tables and comments. A release and the response
 * rates add up each unit's subtree as the tree stands, and code letters are filed under unit codes. So while
 * any wave is OPEN or CLOSED (not yet released) units are not moved and codes do not change; renames,
 * headcounts (the wave keeps the ones fixed at opening) and new units are harmless and always allowed. A unit
 * is removed only when it is a leaf that nothing refers to, which needs no pause. Every edit carries the
 * version it was read at and is refused if the unit changed meanwhile.
 */
@Service
public class OrgService {

    private static final int MAX_NAME = 200;

    private final OrgRepository units;
    private final AuditTrail audit;

    OrgService(OrgRepository units, AuditTrail audit) {
        this.units = units;
        this.audit = audit;
    }

    /** The waves (names) that are open or closed but not released: moves and code changes wait for them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> wavesPausingStructure() {
        return units.runningWaves(false);
    }

    /** Renames the unit, changes its code (unique in the force) and its headcount (blank: none). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void editUnit(OrgUnit seen, String name, String code, String headcount) {
        Details details = details(name, code, headcount);
        units.lockAll(); // an edit or addition running at the same time waits, so the code check below sees it
        checkCodeFree(details.code(), seen.id());
        if (!details.code().equals(seen.code())) {
            checkNoWaveRunning(OrgException.Field.CODE);
        }
        if (!units.updateDetails(seen.id(), seen.version(), details.name(), details.code(), details.headcount())) {
            throw changedElsewhere();
        }
        Map<String, String> changes = new LinkedHashMap<>();
        putChange(changes, "name", seen.name(), details.name());
        putChange(changes, "code", seen.code(), details.code());
        putChange(changes, "headcount", seen.headcount(), details.headcount());
        audit.record("org.unit-changed", details.code(), changes);
    }

    /** Adds a unit below parent, last among its children. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID addChild(OrgUnit parent, String name, String code, String headcount) {
        Details details = details(name, code, headcount);
        if (units.lockAll().stream().noneMatch(unit -> unit.id().equals(parent.id()))) {
            throw changedElsewhere();
        }
        checkCodeFree(details.code(), null); // after the lock: a unit added meanwhile with this code is seen
        UUID id = units.insert(details.code(), details.name(), parent.id(), details.headcount(),
                units.nextSortOrder(parent.id()));
        audit.record("org.unit-added", details.code(), Map.of("name", details.name(), "parent", parent.code(),
                "headcount", String.valueOf(details.headcount())));
        return id;
    }

    /** Moves the unit (with everything below it) under another parent. Never the force, never into a loop. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void moveUnit(OrgUnit seen, OrgUnit newParent) {
        if (seen.parentId() == null) {
            throw new OrgException(null, "org.edit.error.move-force");
        }
        if (newParent == null) {
            throw new OrgException(OrgException.Field.PARENT, "org.edit.error.parent-required");
        }
        Map<UUID, UUID> parentOf = new HashMap<>();
        units.lockAll().forEach(unit -> parentOf.put(unit.id(), unit.parentId()));
        if (!parentOf.containsKey(newParent.id())) {
            throw changedElsewhere();
        }
        for (UUID at = newParent.id(); at != null; at = parentOf.get(at)) {
            if (at.equals(seen.id())) {
                throw new OrgException(OrgException.Field.PARENT, "org.edit.error.cycle", newParent.name());
            }
        }
        checkNoWaveRunning(null);
        if (!units.updateParent(seen.id(), seen.version(), newParent.id())) {
            throw changedElsewhere();
        }
        audit.record("org.unit-moved", seen.code(), Map.of("to", newParent.code()));
    }

    /**
     * Removes a unit that has no units below it and that nothing refers to: no wave's headcounts, code
     * batches or released results, no analyst's scope. Otherwise says which of these keeps it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeUnit(OrgUnit seen) {
        if (seen.parentId() == null) {
            throw new OrgException(null, "org.edit.error.remove-force");
        }
        // Locks the waves too, so that none opens (fixing this unit's headcount) between check and delete.
        units.runningWaves(true);
        units.lockAll();
        if (units.hasChildren(seen.id())) {
            throw new OrgException(null, "org.edit.error.has-children", seen.name());
        }
        refuseIfUsed(units.wavesWithCodeBatches(seen.id()), "org.edit.error.in-code-batches");
        refuseIfUsed(units.wavesWithHeadcount(seen.id()), "org.edit.error.in-headcounts");
        refuseIfUsed(units.releasedWavesAbout(seen.id()), "org.edit.error.in-releases");
        refuseIfUsed(units.accountsScopedTo(seen.id()), "org.edit.error.in-scope");
        if (!units.delete(seen.id(), seen.version())) {
            throw changedElsewhere();
        }
        audit.record("org.unit-removed", seen.code(), Map.of("name", seen.name()));
    }

    private record Details(String name, String code, Integer headcount) {
    }

    /** Checks the form's values; each problem is explained next to its field. */
    private static Details details(String name, String code, String headcount) {
        String trimmedName = name == null ? "" : name.trim();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
            throw new OrgException(OrgException.Field.NAME, "org.edit.error.name", String.valueOf(MAX_NAME));
        }
        String trimmedCode = code == null ? "" : code.trim();
        if (!OrgImportService.CODE.matcher(trimmedCode).matches()) {
            throw new OrgException(OrgException.Field.CODE, "org.import.error.code", trimmedCode);
        }
        try {
            return new Details(trimmedName, trimmedCode, OrgCsv.headcount(headcount));
        } catch (NumberFormatException e) {
            throw new OrgException(OrgException.Field.HEADCOUNT, "org.import.error.headcount", headcount.trim());
        }
    }

    private void checkCodeFree(String code, UUID self) {
        units.findIdByCode(code).filter(id -> !id.equals(self)).ifPresent(other -> {
            throw new OrgException(OrgException.Field.CODE, "org.edit.error.code-taken", code);
        });
    }

    private void checkNoWaveRunning(OrgException.Field field) {
        List<String> running = units.runningWaves(true);
        if (!running.isEmpty()) {
            throw new OrgException(field, "org.edit.error.structure-paused", String.join(", ", running));
        }
    }

    private static void refuseIfUsed(List<String> users, String messageKey) {
        if (!users.isEmpty()) {
            throw new OrgException(null, messageKey, String.join(", ", users));
        }
    }

    private static OrgException changedElsewhere() {
        return new OrgException(null, "org.edit.error.changed-elsewhere");
    }

    private static void putChange(Map<String, String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(what, before + " -> " + after);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'CUSTODIAN')")
    @Transactional(readOnly = true)
    public List<OrgUnit> listUnits() {
        return units.findAll();
    }

    /** Unit names by id, for screens that show counts per unit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'CUSTODIAN')")
    @Transactional(readOnly = true)
    public Map<UUID, OrgUnit> unitsById() {
        return units.findAll().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID createUnit(String code, String name, String parentCode, Integer headcount) {
        UUID parent = parentCode == null ? null : units.findIdByCode(parentCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown parent unit"));
        return units.insert(code, name, parent, headcount, 0);
    }

    /** For start-up tasks only (no signed-in user). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return !units.anyExists();
    }

    UUID insertForBootstrap(String code, String name, UUID parent, Integer headcount, int sortOrder) {
        return units.insert(code, name, parent, headcount, sortOrder);
    }
}
