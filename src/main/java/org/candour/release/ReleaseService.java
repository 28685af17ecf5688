package org.candour.release;

import org.springframework.security.access.prepost.PreAuthorize;
import org.candour.admin.AuditTrail;
import org.candour.admin.Role;
import org.candour.disclosure.Catalogue;
import org.candour.disclosure.DisclosureEngine;
import org.candour.disclosure.GuaranteeVerifier;
import org.candour.disclosure.VerificationReport;
import org.candour.disclosure.Population;
import org.candour.disclosure.ProtectedRelease;
import org.candour.fieldwork.BallotContent;
import org.candour.fieldwork.FieldworkService;
import org.candour.sealing.BallotOpeningException;
import org.candour.sealing.BallotSealer;
import org.candour.sealing.KeyShares;
import org.candour.sealing.ParsedShare;
import org.candour.sealing.SealedBallot;
import org.candour.sealing.ShareException;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The release ceremony: custodians present their shares; with enough of them, one transaction rebuilds the
 * key in memory, opens and validates every ballot, shuffles them, computes and protects the catalogue
 * tables, stores the protected release and the re-sealed shuffled archive, and deletes the ballots and
 * spent codes. Any failure rolls everything back: the wave stays CLOSED and the release can be retried.
 */
@Service
public class ReleaseService {

    /** Largest wave the independent verifier re-checks at release (its algebra is dense). */
    public static final int VERIFIER_LIMIT = GuaranteeVerifier.FEASIBLE_RESPONDENTS;
    /** Ballots opened between two progress reports. */
    private static final int PROGRESS_STEP = 250;

    /** Rule 8: comments only for nodes with at least this many respondents … */
    static final int COMMENT_MIN_RESPONDENTS = 20;
    /** … and at least this many comments for the question. */
    static final int COMMENT_MIN_COMMENTS = 10;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReleaseService.class);

    private final ReleaseRepository repository;
    private final PresentedShares presented;
    private final WaveService waves;
    private final AuditTrail audit;
    private final javax.sql.DataSource dataSource;
    private final RedactionNames redactionNames;
    private final SecureRandom random = new SecureRandom();

    ReleaseService(ReleaseRepository repository, PresentedShares presented, WaveService waves, AuditTrail audit,
                   javax.sql.DataSource dataSource, RedactionNames redactionNames) {
        this.dataSource = dataSource;
        this.redactionNames = redactionNames;
        this.repository = repository;
        this.presented = presented;
        this.waves = waves;
        this.audit = audit;
    }

    /** A custodian presents their share (pasted or uploaded text). It stays in memory only. */
    @PreAuthorize("hasRole('CUSTODIAN')")
    public ShareProgress presentShare(UUID waveId, String shareText) {
        FieldworkWave wave = closedWave(waveId);
        ParsedShare share;
        try {
            share = KeyShares.parse(shareText == null ? "" : shareText);
        } catch (ShareException e) {
            throw new ReleaseException("release.error.share." + e.reason());
        }
        if (!share.waveId().equals(waveId.toString())) {
            throw new ReleaseException("release.error.share.WRONG_WAVE");
        }
        if (!share.publicKeyFingerprint().equals(org.candour.sealing.WaveKeyPair.fingerprint(wave.publicKey()))) {
            throw new ReleaseException("release.error.share.WRONG_WAVE");
        }
        if (!presented.add(waveId, share)) {
            throw new ReleaseException("release.error.share.DUPLICATE");
        }
        return progress(waveId);
    }

    @PreAuthorize("hasAnyRole('CUSTODIAN', 'ADMIN')")
    public ShareProgress progress(UUID waveId) {
        List<ParsedShare> shares = presented.of(waveId);
        int needed = shares.isEmpty() ? 2 : shares.getFirst().threshold();
        return new ShareProgress(shares.size(), needed);
    }

    /** Forgets the shares presented so far (a custodian made a mistake, or the ceremony is called off). */
    @PreAuthorize("hasRole('CUSTODIAN')")
    public void withdrawShares(UUID waveId) {
        presented.forget(waveId);
    }

    /**
     * Releases the wave. Unreadable (tampered or corrupt) ballots are never dropped silently: the first
     * attempt refuses with their count; the custodians may then release recording that count.
     */
    @PreAuthorize("hasRole('CUSTODIAN')")
    @Transactional
    public ReleaseSummary release(UUID waveId, boolean acceptUnreadableBallots) {
        return release(waveId, acceptUnreadableBallots, ReleaseProgress.NONE);
    }

    /** As {@link #release(UUID, boolean)}, telling {@code progress} how far it has got. */
    @PreAuthorize("hasRole('CUSTODIAN')")
    @Transactional
    public ReleaseSummary release(UUID waveId, boolean acceptUnreadableBallots, ReleaseProgress progress) {
        FieldworkWave wave = waves.lockForRelease(waveId)
                .orElseThrow(() -> new ReleaseException("release.error.unknown-wave"));
        if (wave.status() == WaveStatus.RELEASED || repository.alreadyReleased(waveId)) {
            throw new ReleaseException("release.error.already-released");
        }
        if (wave.status() != WaveStatus.CLOSED) {
            throw new ReleaseException("release.error.not-closed");
        }
        byte[] privateKey = rebuildKey(waveId, wave.publicKey());
        try {
            byte[] aad = FieldworkService.associatedData(waveId);
            ReportingModel model = repository.reportingModel(wave.questionnaireId());
            List<SealedBallot> sealedBallots = repository.ballots(waveId);
            progress.update(ReleaseProgress.Stage.OPENING, 0, sealedBallots.size());
            List<OpenedBallot> ballots = new ArrayList<>(sealedBallots.size());
            // Opened on every core, a chunk at a time, so that progress is told from this thread only.
            for (int from = 0; from < sealedBallots.size(); from += PROGRESS_STEP) {
                List<SealedBallot> chunk = sealedBallots.subList(from,
                        Math.min(from + PROGRESS_STEP, sealedBallots.size()));
                chunk.parallelStream().map(sealed -> open(privateKey, sealed, aad, waveId, model))
                        .filter(java.util.Objects::nonNull).forEachOrdered(ballots::add);
                progress.update(ReleaseProgress.Stage.OPENING, from + chunk.size(), sealedBallots.size());
            }
            int unreadable = sealedBallots.size() - ballots.size();
            if (unreadable > 0 && !acceptUnreadableBallots) {
                throw new ReleaseException("release.error.unreadable", unreadable);
            }
            // Shuffle with a secure random source: nothing downstream may follow the ballot box's order.
            Collections.shuffle(ballots, random);

            Population population = PopulationBuilder.population(model, ballots);
            Catalogue catalogue = PopulationBuilder.catalogue(model, population, waves.crossTables(waveId));
            long disclosureStart = System.nanoTime();
            ProtectedRelease protectedRelease = new DisclosureEngine().protect(population, catalogue,
                    wave.minCellSize(), (done, total) -> progress.update(ReleaseProgress.Stage.PROTECTING, done, total));
            // The engine returns only when it has proven every listed protection target exactly. Where the wave
            // is small enough for its dense algebra, the independent verifier checks the guarantee again and
            // must accept the release, or nothing changes.
            boolean verified = population.respondents().size() <= VERIFIER_LIMIT;
            if (verified) {
                progress.update(ReleaseProgress.Stage.VERIFYING, 0, 1);
                VerificationReport check = new GuaranteeVerifier().verify(population, catalogue, protectedRelease,
                        wave.minCellSize());
                if (!check.passed()) {
                    throw new ReleaseException("release.error.disclosure-check", check.violations().size());
                }
            }
            long disclosureMillis = (System.nanoTime() - disclosureStart) / 1_000_000;
            progress.update(ReleaseProgress.Stage.STORING, 0, 1);
            repository.storeRelease(waveId, wave.minCellSize(), ballots.size(), unreadable, protectedRelease, model,
                    verified);
            releaseComments(waveId, model, ballots);
            repository.storeArchive(waveId, ballots.size(), BallotSealer.seal(wave.publicKey(),
                    archive(ballots), archiveAad(waveId)));
            repository.deleteBallotBox(waveId);
            waves.markReleased(waveId);
            audit.record("wave.released", waveId.toString(), Map.of("respondents", String.valueOf(ballots.size()),
                    "unreadable", String.valueOf(unreadable)));
            presented.forget(waveId);
            compactAfterCommit();
            return new ReleaseSummary(ballots.size(), unreadable, disclosureMillis,
                    protectedRelease.exhaustivelyChecked(), protectedRelease.familiesChecked(), verified);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /**
     * After the release commits, rewrites the ballot and code tables so that the deleted rows (dead tuples
     * still holding ciphertext and code hashes) leave the table files. Best effort: WAL archives and freed
     * disk blocks are outside the application's reach (see README, production notes).
     */
    private void compactAfterCommit() {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        try (java.sql.Connection connection = dataSource.getConnection();
                             java.sql.Statement sql = connection.createStatement()) {
                            connection.setAutoCommit(true);
                            sql.execute("vacuum (full) ballot, access_code");
                        } catch (java.sql.SQLException e) {
                            // The release itself is committed; compaction can be repeated by a DBA.
                            log.warn("Compacting the ballot tables after release failed: {}", e.getMessage());
                        }
                    }
                });
    }

    /** The archive's associated data differs from a ballot's, so neither can pass for the other. */
    public static byte[] archiveAad(UUID waveId) {
        return ("candour/archive/" + waveId).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] rebuildKey(UUID waveId, byte[] publicKey) {
        List<ParsedShare> shares = presented.of(waveId);
        try {
            return KeyShares.combine(waveId.toString(), publicKey, shares);
        } catch (ShareException e) {
            throw new ReleaseException("release.error.share." + e.reason());
        }
    }

    /** Opens and validates one ballot; null when it cannot be read or does not belong to this wave. */
    private static OpenedBallot open(byte[] privateKey, SealedBallot sealed, byte[] aad, UUID waveId,
                                     ReportingModel model) {
        try {
            BallotContent content = BallotContent.fromJson(BallotSealer.open(privateKey, sealed, aad));
            UUID unit = UUID.fromString(content.unit());
            boolean knownUnit = model.units().stream().anyMatch(u -> u.id().equals(unit));
            if (content.version() != BallotContent.CURRENT_VERSION || !waveId.toString().equals(content.wave())
                    || !knownUnit) {
                return null;
            }
            return new OpenedBallot(unit, content);
        } catch (BallotOpeningException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Rule 8: per org node (its whole subtree) and text question, only above both thresholds. Each comment is
     * redacted once, however many nodes above it release it.
     */
    private void releaseComments(UUID waveId, ReportingModel model, List<OpenedBallot> ballots) {
        CommentRedactor redactor = new CommentRedactor(
                model.units().stream().map(ReportingModel.Unit::name).toList(), redactionNames.names());
        Map<UUID, UUID> parentOf = new HashMap<>();
        model.units().forEach(unit -> parentOf.put(unit.id(), unit.parentId()));
        Map<UUID, List<OpenedBallot>> inSubtree = new HashMap<>();
        for (OpenedBallot ballot : ballots) {
            for (UUID at = ballot.unit(); at != null; at = parentOf.get(at)) {
                inSubtree.computeIfAbsent(at, node -> new ArrayList<>()).add(ballot);
            }
        }
        Map<String, String> redacted = new HashMap<>();
        for (ReportingModel.Unit node : model.units()) {
            List<OpenedBallot> here = inSubtree.getOrDefault(node.id(), List.of());
            if (here.size() < COMMENT_MIN_RESPONDENTS) {
                continue;
            }
            for (String item : model.textItems()) {
                List<String> comments = new ArrayList<>();
                for (OpenedBallot ballot : here) {
                    String comment = ballot.content().comments().get(item);
                    if (comment != null && !comment.isBlank()) {
                        comments.add(redacted.computeIfAbsent(comment, redactor::redact));
                    }
                }
                if (comments.size() >= COMMENT_MIN_COMMENTS) {
                    Collections.shuffle(comments, random);
                    repository.storeComments(waveId, node.id(), item, comments);
                }
            }
        }
    }

    private static byte[] archive(List<OpenedBallot> shuffled) {
        StringBuilder lines = new StringBuilder();
        for (OpenedBallot ballot : shuffled) {
            lines.append(new String(ballot.content().toJson(), StandardCharsets.UTF_8)).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private FieldworkWave closedWave(UUID waveId) {
        FieldworkWave wave = waves.fieldworkWave(waveId).orElseThrow(() -> new ReleaseException("release.error.unknown-wave"));
        if (wave.status() == WaveStatus.RELEASED) {
            throw new ReleaseException("release.error.already-released");
        }
        if (wave.status() != WaveStatus.CLOSED) {
            throw new ReleaseException("release.error.not-closed");
        }
        return wave;
    }
}
