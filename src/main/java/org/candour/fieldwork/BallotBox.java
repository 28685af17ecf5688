package org.candour.fieldwork;

import org.candour.sealing.SealedBallot;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.BALLOT;

/**
 * Records a sealed ballot: in ONE transaction, spends the code (conditional update) and inserts the
 * ciphertext. Exactly once, atomic, durable. The link PostgreSQL keeps between the two rows (same
 * transaction) is harmless: the ballot is ciphertext only the custodians together can open.
 */
@Component
class BallotBox {

    private final DSLContext dsl;
    private final AccessCodeRepository codes;
    private final WaveService waves;

    BallotBox(DSLContext dsl, AccessCodeRepository codes, WaveService waves) {
        this.dsl = dsl;
        this.codes = codes;
        this.waves = waves;
    }

    @Transactional
    SubmissionResult record(UUID waveId, byte[] codeHash, byte[] submissionToken, SealedBallot sealed,
                            LocalDate today) {
        Optional<FieldworkWave> wave = waves.lockForSubmission(waveId);
        if (wave.isEmpty()) {
            return SubmissionResult.UNKNOWN_CODE;
        }
        if (wave.get().isClosed(today)) {
            return SubmissionResult.WAVE_CLOSED;
        }
        if (!wave.get().acceptsResponses(today)) {
            return SubmissionResult.NOT_OPEN;
        }
        if (codes.spend(codeHash, submissionToken) == 1) {
            dsl.insertInto(BALLOT)
                    .set(BALLOT.WAVE_ID, waveId)
                    .set(BALLOT.ENCAPSULATED_KEY, sealed.encapsulatedKey())
                    .set(BALLOT.CIPHERTEXT, sealed.ciphertext())
                    .execute();
            return SubmissionResult.RECORDED;
        }
        return codes.find(codeHash)
                .map(stored -> Arrays.equals(stored.spentToken(), submissionToken)
                        ? SubmissionResult.ALREADY_RECORDED : SubmissionResult.CODE_ALREADY_USED)
                .orElse(SubmissionResult.UNKNOWN_CODE);
    }
}
