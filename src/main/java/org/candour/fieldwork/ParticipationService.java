package org.candour.fieldwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.candour.admin.StaffAccountService;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.candour.org.UnitTree;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation per unit (rule 7). Each unit's row covers the unit and everything below it, as its response rate
 * does in analytics, so the force's row is the whole force:
 * <ul>
 * <li>during fieldwork, the spent codes of the subtree, rounded to 5 and "fewer than k" below k, over the
 * subtree's headcount fixed for the wave;</li>
 * <li>once released (the codes are gone), the unit's published respondent count, over the headcount stored with
 * the release; a suppressed count stays "fewer than k".</li>
 * </ul>
 * An analyst scoped to part of the force sees the rows of that part only.
 */
@Service
public class ParticipationService {

    private final AccessCodeRepository codes;
    private final PublishedTotalsQuery publishedTotals;
    private final WaveService waves;
    private final OrgService org;
    private final StaffAccountService staff;

    ParticipationService(AccessCodeRepository codes, PublishedTotalsQuery publishedTotals, WaveService waves,
                         OrgService org, StaffAccountService staff) {
        this.codes = codes;
        this.publishedTotals = publishedTotals;
        this.waves = waves;
        this.org = org;
        this.staff = staff;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<UnitParticipation> participation(UUID waveId) {
        FieldworkWave wave = waves.fieldworkWave(waveId).orElseThrow();
        boolean released = wave.status() == WaveStatus.RELEASED;
        List<OrgUnit> units = org.listUnits();
        UnitTree tree = UnitTree.of(units, OrgUnit::id, OrgUnit::parentId);
        Map<UUID, Integer> counts = released ? publishedTotals.respondentsPerUnit(waveId)
                : tree.subtreeSums(codes.spentPerUnit(waveId));
        Map<UUID, Integer> headcounts = released ? publishedTotals.headcountsPerUnit(waveId)
                : tree.subtreeSums(codes.headcounts(waveId));
        Optional<Set<UUID>> visible = staff.scopeOfSignedInReader().map(tree::subtree);
        List<UnitParticipation> rows = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (visible.isPresent() && !visible.get().contains(unit.id())) {
                continue;
            }
            Integer count = counts.get(unit.id()); // absent: no spent code yet, or a suppressed total
            boolean small = count == null || count < wave.minCellSize();
            Integer shown = small ? null : released ? count : Integer.valueOf(shownDuringFieldwork(count, wave.minCellSize()));
            rows.add(new UnitParticipation(unit.id(), unit.name(), shown, small, wave.minCellSize(),
                    headcounts.get(unit.id())));
        }
        return rows;
    }

    static int roundToFive(int count) {
        return Math.round(count / 5.0f) * 5;
    }

    /**
     * A count of at least k, rounded to 5 but never shown below k rounded up to 5: with k = 7, "5" would mean
     * exactly 7, since 5 and 6 say "fewer than 7".
     */
    static int shownDuringFieldwork(int count, int k) {
        return Math.max(roundToFive(count), (k + 4) / 5 * 5);
    }
}
