package org.candour.fieldwork;

import org.springframework.security.access.prepost.PreAuthorize;
import org.candour.admin.AuditTrail;
import org.candour.admin.Role;
import org.candour.base.CandourProperties;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.candour.sealing.AccessCodes;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Code batches per org unit: codes are generated here, stored only as hashes, and handed out exactly
 * once as a ZIP of a mail-merge CSV and printable letters.
 */
@Service
public class CodeBatchService {

    public static final int MAX_BATCH_SIZE = 20_000;

    private final AccessCodeRepository codes;
    private final PendingCodeExports pending;
    private final WaveService waves;
    private final OrgService org;
    private final CandourProperties properties;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    CodeBatchService(AccessCodeRepository codes, PendingCodeExports pending, WaveService waves, OrgService org,
                     CandourProperties properties, AuditTrail audit) {
        this.audit = audit;
        this.codes = codes;
        this.pending = pending;
        this.waves = waves;
        this.org = org;
        this.properties = properties;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID createBatch(UUID waveId, UUID unitId, int count) {
        codes.lockWave(waveId);
        FieldworkWave wave = waves.fieldworkWave(waveId).orElseThrow(() -> new IllegalArgumentException("wave"));
        if (wave.status() != WaveStatus.DRAFT && wave.status() != WaveStatus.OPEN) {
            throw new CodeBatchException("codes.error.wave-finished");
        }
        if (count < 1 || count > MAX_BATCH_SIZE) {
            throw new CodeBatchException("codes.error.count");
        }
        if (!org.unitsById().containsKey(unitId)) {
            throw new CodeBatchException("codes.error.unit");
        }
        Set<String> plain = new LinkedHashSet<>();
        while (plain.size() < count) {
            plain.add(AccessCodes.generate(random));
        }
        List<byte[]> hashes = new ArrayList<>(count);
        for (String code : plain) {
            hashes.add(AccessCodes.hash(AccessCodes.normalise(code).canonical()));
        }
        UUID batchId = codes.insertBatch(waveId, unitId, count);
        codes.insertCodes(batchId, hashes);
        pending.put(batchId, new ArrayList<>(plain));
        audit.record("codes.batch-created", batchId.toString(), java.util.Map.of("wave", waveId.toString(),
                "unit", unitId.toString(), "count", String.valueOf(count)));
        return batchId;
    }

    /** Codes for a unit of this headcount: headcount plus the margin, rounded up, at most a full batch. */
    public static int withMargin(int headcount, int marginPercent) {
        return Math.min((int) Math.ceil(headcount * (100 + marginPercent) / 100.0), MAX_BATCH_SIZE);
    }

    /**
     * Creates one batch per unit that has a headcount for this wave (its own for the wave, else the org
     * unit's) and no batch of this wave yet, sized headcount plus a margin (for new starters and
     * spoilt letters), rounded up. Units that already have codes are left out, so a second click never
     * hands a second set to everyone (and with it a second vote); extra codes for one unit come from
     * {@link #createBatch}. Refused when every such unit already has codes.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UnitBatches createBatchesForAllUnits(UUID waveId, int marginPercent) {
        if (marginPercent < 0 || marginPercent > 100) {
            throw new CodeBatchException("codes.error.margin");
        }
        codes.lockWave(waveId);
        Set<UUID> withCodes = new java.util.HashSet<>();
        for (CodeBatchSummary batch : codes.batches(waveId)) {
            withCodes.add(batch.unitId());
        }
        List<UUID> created = new ArrayList<>();
        int alreadyHadCodes = 0;
        for (org.candour.wave.UnitHeadcount unit : waves.headcounts(waveId)) {
            Integer headcount = unit.headcount();
            if (headcount == null || headcount <= 0) {
                continue;
            }
            if (withCodes.contains(unit.unitId())) {
                alreadyHadCodes++;
            } else {
                created.add(createBatch(waveId, unit.unitId(), withMargin(headcount, marginPercent)));
            }
        }
        if (created.isEmpty() && alreadyHadCodes > 0) {
            throw new CodeBatchException("codes.error.every-unit-has-codes");
        }
        return new UnitBatches(created, alreadyHadCodes);
    }

    /** The batches one "codes for every unit" created, and how many units were left out because they had codes. */
    public record UnitBatches(List<UUID> created, int alreadyHadCodes) {
    }

    /**
     * The one export of several batches as one ZIP, a folder per unit; batches already exported (or lost
     * to a restart) are left out. Empty when none was left to export.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<byte[]> exportAllOnce(List<UUID> batchIds, CodeLetterText text) {
        java.util.Map<UUID, OrgUnit> unitsById = org.unitsById();
        java.util.Map<UUID, UUID> unitOfBatch = new java.util.HashMap<>();
        for (CodeBatchSummary batch : codes.batchesById(batchIds)) {
            unitOfBatch.put(batch.id(), batch.unitId());
        }
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            int exported = 0;
            for (UUID batchId : batchIds) {
                Optional<List<String>> plain = pending.take(batchId);
                if (plain.isEmpty()) {
                    continue;
                }
                codes.markExported(batchId);
                OrgUnit unit = unitsById.get(unitOfBatch.get(batchId));
                CodeLetters.addUnit(zip, unit.code() + "/", unit.name(), plain.get(), properties.publicUrl(), text);
                exported++;
            }
            zip.finish();
            if (exported == 0) {
                return Optional.empty();
            }
            audit.record("codes.batches-exported", String.valueOf(exported), java.util.Map.of());
            return Optional.of(bytes.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The one export of a batch: returns the ZIP the first time, empty afterwards (or after a restart).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<byte[]> exportOnce(UUID batchId, String unitName, CodeLetterText text) {
        Optional<List<String>> plain = pending.take(batchId);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        codes.markExported(batchId);
        audit.record("codes.batch-exported", batchId.toString(), java.util.Map.of());
        return Optional.of(CodeLetters.zip(unitName, plain.get(), properties.publicUrl(), text));
    }

    /**
     * Voids a batch whose codes were never exported (e.g. lost to a restart: plain codes live in memory
     * only until their one export). Its hashes go, so no unusable code stays valid.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void voidUnexportedBatch(UUID batchId) {
        pending.take(batchId);
        if (!codes.deleteUnexportedBatch(batchId)) {
            throw new CodeBatchException("codes.error.already-exported");
        }
        audit.record("codes.batch-voided", batchId.toString(), java.util.Map.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CodeBatchSummary> batches(UUID waveId) {
        return codes.batches(waveId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean isExportWaiting(UUID batchId) {
        return pending.isWaiting(batchId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String unitName(UUID unitId) {
        return Optional.ofNullable(org.unitsById().get(unitId)).map(OrgUnit::name).orElse("");
    }
}
