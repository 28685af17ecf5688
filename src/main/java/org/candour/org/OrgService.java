package org.candour.org;

import org.springframework.security.access.prepost.PreAuthorize;
import org.candour.admin.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The force's structure: units in a tree, with headcounts. */
@Service
public class OrgService {

    private final OrgRepository units;

    OrgService(OrgRepository units) {
        this.units = units;
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
