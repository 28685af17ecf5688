package org.candour.wave;

import org.springframework.security.access.prepost.PreAuthorize;
import org.candour.admin.AuditTrail;
import org.candour.admin.Role;
import org.candour.admin.StaffAccountService;
import org.candour.sealing.KeyShares;
import org.candour.sealing.WaveKeyPair;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wave lifecycle: draft, custodians, opening (key pair and shares), closing. The private key exists
 * only while it is split at opening; from then on only the custodians' shares can rebuild it.
 */
@Service
public class WaveService {

    private final WaveRepository waves;
    private final PendingShareVault vault;
    private final StaffAccountService accounts;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    WaveService(WaveRepository waves, PendingShareVault vault, StaffAccountService accounts, AuditTrail audit) {
        this.waves = waves;
        this.vault = vault;
        this.accounts = accounts;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID createWave(String name, int minCellSize, LocalDate closesOn) {
        return createWave(name, minCellSize, null, closesOn, null);
    }

    /** A draft wave; questionnaireCode null means the default questionnaire. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID createWave(String name, int minCellSize, LocalDate opensOn, LocalDate closesOn,
                           String questionnaireCode) {
        checkNameAndDates(name, opensOn, closesOn);
        checkMinCellSize(minCellSize);
        UUID id = waves.insert(name.trim(), minCellSize, opensOn, closesOn, questionnaireCode);
        audit.record("wave.created", name.trim(), Map.of("k", String.valueOf(minCellSize),
                "closesOn", String.valueOf(closesOn)));
        return id;
    }

    private static void checkNameAndDates(String name, LocalDate opensOn, LocalDate closesOn) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new WaveException("wave.error.name");
        }
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw new WaveException("wave.error.dates");
        }
    }

    private static void checkMinCellSize(int minCellSize) {
        if (minCellSize < WaveDefaults.LOWEST_ALLOWED_MIN_CELL_SIZE) {
            throw new WaveException("wave.error.k-too-small");
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'CUSTODIAN')")
    @Transactional(readOnly = true)
    public List<WaveSummary> listWaves() {
        return waves.findAll();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'CUSTODIAN')")
    @Transactional(readOnly = true)
    public Optional<WaveSummary> wave(UUID waveId) {
        return waves.findSummary(waveId);
    }

    /**
     * Name, questionnaire and dates of a draft. expectedVersion is the version the editor showed: if the
     * wave changed since, nothing is saved and the editor is told.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateBasics(UUID waveId, int expectedVersion, String name, String questionnaireCode,
                             LocalDate opensOn, LocalDate closesOn) {
        lockDraft(waveId, expectedVersion);
        checkNameAndDates(name, opensOn, closesOn);
        waves.updateBasics(waveId, name.trim(), questionnaireCode, opensOn, closesOn);
        audit.record("wave.basics-set", waveId.toString(), Map.of("name", name.trim(),
                "questionnaire", String.valueOf(questionnaireCode), "opensOn", String.valueOf(opensOn),
                "closesOn", String.valueOf(closesOn)));
    }

    /** k of a draft (at least 5). A change needs the association's approval again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setMinCellSize(UUID waveId, int expectedVersion, int minCellSize) {
        FieldworkWave wave = lockDraft(waveId, expectedVersion);
        checkMinCellSize(minCellSize);
        if (wave.minCellSize() == minCellSize) {
            return;
        }
        waves.setMinCellSize(waveId, minCellSize);
        audit.record("wave.k-set", waveId.toString(), Map.of("k", String.valueOf(minCellSize)));
    }

    /** Each unit's headcount for this wave (the org unit's own unless set for the wave). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UnitHeadcount> headcounts(UUID waveId) {
        return waves.headcounts(waveId);
    }

    /**
     * Sets a unit's headcount for a draft wave; null goes back to the org unit's own. seenHeadcount is the
     * value the editor showed: if someone changed it meanwhile, nothing is saved and the editor is told.
     * Headcounts are fixed at opening (they are the denominators of the response rates).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setHeadcount(UUID waveId, UUID unitId, Integer seenHeadcount, Integer headcount) {
        FieldworkWave wave = waves.findForUpdate(waveId).orElseThrow(() -> new WaveException("wave.error.unknown"));
        if (wave.status() != WaveStatus.DRAFT) {
            throw new WaveException("wave.error.headcounts-locked");
        }
        if (headcount != null && (headcount < 0 || headcount > 1_000_000)) {
            throw new WaveException("wave.error.headcount");
        }
        UnitHeadcount current = waves.headcounts(waveId).stream().filter(unit -> unit.unitId().equals(unitId))
                .findFirst().orElseThrow(() -> new WaveException("wave.error.unknown-unit"));
        if (!java.util.Objects.equals(current.headcount(), seenHeadcount)) {
            throw new WaveException("wave.error.headcount-changed-elsewhere");
        }
        waves.setHeadcount(waveId, unitId, headcount);
        audit.record("wave.headcount-set", waveId.toString(), Map.of("unit", current.unitCode(),
                "headcount", String.valueOf(headcount == null ? current.orgHeadcount() : headcount)));
    }

    private FieldworkWave lockDraft(UUID waveId) {
        return lockDraft(waveId, null);
    }

    /**
     * The wave, locked for a settings change, provided it is still a draft and (when expectedVersion is
     * given) nobody changed it since the editor showed that version.
     */
    private FieldworkWave lockDraft(UUID waveId, Integer expectedVersion) {
        FieldworkWave wave = waves.findForUpdate(waveId).orElseThrow(() -> new WaveException("wave.error.unknown"));
        if (wave.status() != WaveStatus.DRAFT) {
            throw new WaveException("wave.error.locked");
        }
        if (expectedVersion != null && waves.version(waveId) != expectedVersion) {
            throw new WaveException("wave.error.changed-elsewhere");
        }
        return wave;
    }

    /** Custodians and threshold can change only while the wave is a draft (settings lock at opening). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCustodians(UUID waveId, List<String> custodianUsernames, int threshold) {
        setCustodians(waveId, null, custodianUsernames, threshold);
    }

    /** As {@link #setCustodians(UUID, List, int)}, refused if the wave changed since expectedVersion. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCustodians(UUID waveId, Integer expectedVersion, List<String> custodianUsernames, int threshold) {
        lockDraft(waveId, expectedVersion);
        List<String> distinct = custodianUsernames.stream().distinct().toList();
        if (distinct.size() < 2 || distinct.size() > 10) {
            throw new WaveException("wave.error.custodian-count");
        }
        if (threshold < 2 || threshold > distinct.size()) {
            throw new WaveException("wave.error.threshold");
        }
        List<UUID> ids = new ArrayList<>();
        for (String username : distinct) {
            ids.add(accounts.idOf(username).orElseThrow(() -> new WaveException("wave.error.unknown-custodian")));
        }
        waves.replaceCustodians(waveId, ids, threshold);
        audit.record("wave.custodians-set", waveId.toString(), Map.of("custodians", String.join(",", distinct),
                "threshold", String.valueOf(threshold)));
    }

    /** Dimensions that may be crossed with ethnicity in the catalogue (disclosure.md's default: all three). */
    public static final List<String> CROSSABLE_DIMENSIONS = List.of("RANK", "GENDER", "SERVICE", "FAITH");
    public static final List<String> DEFAULT_CROSS_TABLES = List.of("RANK", "GENDER", "SERVICE");

    /** The catalogue's cross-tables (ethnicity × these), chosen before opening; a change needs approval again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCrossTables(UUID waveId, List<String> dimensions) {
        setCrossTables(waveId, null, dimensions);
    }

    /** As {@link #setCrossTables(UUID, List)}, refused if the wave changed since expectedVersion. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCrossTables(UUID waveId, Integer expectedVersion, List<String> dimensions) {
        lockDraft(waveId, expectedVersion);
        List<String> chosen = dimensions.stream().distinct().toList();
        if (!CROSSABLE_DIMENSIONS.containsAll(chosen)) {
            throw new WaveException("wave.error.cross-tables");
        }
        waves.setCrossTables(waveId, chosen);
        audit.record("wave.cross-tables-set", waveId.toString(), Map.of("crossTables", String.join(",", chosen)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> crossTables(UUID waveId) {
        return waves.crossTables(waveId).orElse(DEFAULT_CROSS_TABLES);
    }

    /**
     * Dual sign-off: someone acting for the staff association (custodian or analyst) approves the draft's
     * anonymity settings (questionnaire, k, cross-tables, custodians, threshold). Any later change of these
     * clears the approval.
     */
    @PreAuthorize("hasAnyRole('CUSTODIAN', 'ANALYST')")
    @Transactional
    public void approveSettings(UUID waveId) {
        FieldworkWave wave = lockDraft(waveId);
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        if (accounts.affiliationOf(me).filter(org.candour.admin.Affiliation.ASSOCIATION::equals).isEmpty()) {
            throw new WaveException("wave.error.approval-needs-association");
        }
        if (waves.custodianIds(waveId).size() < 2) {
            throw new WaveException("wave.error.no-custodians");
        }
        waves.setSettingsApprovedBy(waveId, me);
        String questionnaire = waves.findSummary(waveId).map(WaveSummary::questionnaireCode).orElse("-");
        audit.record("wave.settings-approved", waveId.toString(), Map.of("questionnaire", questionnaire,
                "k", String.valueOf(wave.minCellSize()),
                "threshold", String.valueOf(waves.threshold(waveId)),
                "crossTables", String.join(",", waves.crossTables(waveId).orElse(DEFAULT_CROSS_TABLES))));
    }

    /**
     * Opens a draft wave: locks its settings, creates the results key pair, stores only the public key and
     * hands each custodian's share to the in-memory vault until that custodian collects it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void openWave(UUID waveId) {
        FieldworkWave wave = waves.findForUpdate(waveId).orElseThrow(() -> new WaveException("wave.error.unknown"));
        if (wave.status() != WaveStatus.DRAFT) {
            throw new WaveException("wave.error.not-draft");
        }
        List<UUID> custodians = waves.custodianIds(waveId);
        Integer threshold = waves.threshold(waveId);
        if (custodians.size() < 2 || threshold == null) {
            throw new WaveException("wave.error.no-custodians");
        }
        if (waves.settingsApprovedBy(waveId) == null) {
            throw new WaveException("wave.error.not-approved");
        }
        WaveKeyPair keyPair = WaveKeyPair.generate();
        byte[] privateKey = keyPair.privateKey();
        try {
            List<String> shares = KeyShares.split(privateKey, keyPair.publicKey(), waveId.toString(), threshold,
                    custodians.size(), random);
            waves.markOpened(waveId, keyPair.publicKey(), custodians);
            for (int i = 0; i < custodians.size(); i++) {
                vault.put(waveId, custodians.get(i), shares.get(i));
            }
            audit.record("wave.opened", waveId.toString(), Map.of("k", String.valueOf(wave.minCellSize()),
                    "threshold", String.valueOf(threshold), "custodians", String.valueOf(custodians.size()),
                    "publicKey", WaveKeyPair.fingerprint(keyPair.publicKey())));
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /**
     * Replaces the key of an open wave whose shares were lost before every custodian collected theirs (for
     * example after a restart: shares live in memory only). Allowed only while no answer can exist yet.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void rekeyWave(UUID waveId) {
        FieldworkWave wave = waves.findForUpdate(waveId).orElseThrow(() -> new WaveException("wave.error.unknown"));
        if (wave.status() != WaveStatus.OPEN || wave.sharesOutstanding() == 0 || waves.hasBallots(waveId)) {
            throw new WaveException("wave.error.rekey-not-allowed");
        }
        List<UUID> custodians = waves.custodianIds(waveId);
        WaveKeyPair keyPair = WaveKeyPair.generate();
        byte[] privateKey = keyPair.privateKey();
        try {
            List<String> shares = KeyShares.split(privateKey, keyPair.publicKey(), waveId.toString(),
                    waves.threshold(waveId), custodians.size(), random);
            vault.discardWave(waveId);
            waves.replaceKey(waveId, keyPair.publicKey(), custodians);
            for (int i = 0; i < custodians.size(); i++) {
                vault.put(waveId, custodians.get(i), shares.get(i));
            }
            audit.record("wave.rekeyed", waveId.toString(), Map.of(
                    "publicKey", WaveKeyPair.fingerprint(keyPair.publicKey())));
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** Waves for which the signed-in custodian still has a share to collect (and it is still in memory). */
    @PreAuthorize("hasRole('CUSTODIAN')")
    @Transactional(readOnly = true)
    public List<UUID> wavesWithMyShareWaiting() {
        UUID me = currentUserId();
        return waves.wavesWithUncollectedShare(me).stream().filter(wave -> vault.isWaiting(wave, me)).toList();
    }

    /**
     * Hands the signed-in custodian their share, exactly once. Afterwards the server no longer has it.
     */
    @PreAuthorize("hasRole('CUSTODIAN')")
    @Transactional
    public Optional<String> collectMyShare(UUID waveId) {
        UUID me = currentUserId();
        Optional<String> share = vault.take(waveId, me);
        share.ifPresent(ignored -> {
            waves.markShareCollected(waveId, me);
            audit.record("wave.share-collected", waveId.toString(), Map.of());
        });
        return share;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void closeWave(UUID waveId) {
        FieldworkWave wave = waves.findForUpdate(waveId).orElseThrow(() -> new WaveException("wave.error.unknown"));
        if (wave.status() != WaveStatus.OPEN) {
            throw new WaveException("wave.error.not-open");
        }
        waves.setStatus(waveId, WaveStatus.CLOSED);
        vault.discardWave(waveId);
        audit.record("wave.closed", waveId.toString(), Map.of());
    }

    /**
     * For the public start page: k of the wave now collecting answers, if there is one, so that the
     * promise states the real threshold.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Integer> openWaveMinCellSize() {
        LocalDate today = LocalDate.now();
        return waves.findOpenWaves().stream().filter(wave -> wave.acceptsResponses(today))
                .map(FieldworkWave::minCellSize).findFirst();
    }

    /** The respondent path: no sign-in. Reveals only status, k, dates and the public key. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FieldworkWave> fieldworkWave(UUID waveId) {
        return waves.find(waveId);
    }

    /**
     * Within the caller's transaction, takes a shared lock on the wave so that it cannot close while a
     * submission is being recorded.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<FieldworkWave> lockForSubmission(UUID waveId) {
        return waves.findForShare(waveId);
    }

    /** Locks the wave row for the release transaction (nobody may change its status meanwhile). */
    @PreAuthorize("hasRole('CUSTODIAN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<FieldworkWave> lockForRelease(UUID waveId) {
        return waves.findForUpdate(waveId);
    }

    /** Final step of a release, inside its transaction. */
    @PreAuthorize("hasRole('CUSTODIAN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void markReleased(UUID waveId) {
        waves.setStatus(waveId, WaveStatus.RELEASED);
    }

    private UUID currentUserId() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return accounts.idOf(username).orElseThrow(() -> new WaveException("wave.error.unknown-custodian"));
    }
}
