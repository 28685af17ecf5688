package org.candour.fieldwork;

import org.springframework.security.access.prepost.PreAuthorize;
import org.candour.questionnaire.QuestionnaireService;
import org.candour.questionnaire.RespondentQuestionnaire;
import org.candour.sealing.AccessCodes;
import org.candour.sealing.BallotSealer;
import org.candour.sealing.SealedBallot;
import org.candour.wave.FieldworkWave;
import org.candour.wave.WaveService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The respondent path: entering a code, the questionnaire, and submitting a sealed ballot. No sign-in and
 * nothing about the request is kept: no time, address, session or code in any table or log.
 */
@Service
public class FieldworkService {

    private final AccessCodeRepository codes;
    private final BallotBox ballotBox;
    private final WaveService waves;
    private final QuestionnaireService questionnaires;
    private final CodeEntryRateLimiter rateLimiter;
    private final Clock clock;
    /**
     * Key, questionnaire and k of waves seen by submissions: fixed once a wave is open, so kept. The
     * wave's status is always checked again inside the transaction that records the ballot.
     */
    private final Map<UUID, FieldworkWave> openWaves = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Admission control: at most a few submissions seal and write at once, the rest queue in arrival order.
     * On a small server this keeps latency even (no thrashing between database and sealing) without
     * lowering throughput.
     */
    private final java.util.concurrent.Semaphore submitting = new java.util.concurrent.Semaphore(
            Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

    FieldworkService(AccessCodeRepository codes, BallotBox ballotBox,
                     WaveService waves, QuestionnaireService questionnaires, CodeEntryRateLimiter rateLimiter) {
        this.codes = codes;
        this.ballotBox = ballotBox;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.rateLimiter = rateLimiter;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Checks a typed code. The session and address keys identify the client for rate limiting only (kept in memory
     * for ten minutes, never stored or logged). Format errors are found without touching the database.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CodeEntry enterCode(String typed, String sessionKey, String addressKey) {
        AccessCodes.Normalised normalised = AccessCodes.normalise(typed == null ? "" : typed);
        switch (normalised.status()) {
            case WRONG_LENGTH -> {
                return CodeEntry.refused(CodeEntry.Status.WRONG_LENGTH);
            }
            case INVALID_CHARACTER -> {
                return CodeEntry.refused(CodeEntry.Status.INVALID_CHARACTER);
            }
            case WRONG_CHECK_CHARACTER -> {
                return CodeEntry.refused(CodeEntry.Status.WRONG_CHECK_CHARACTER);
            }
            case VALID -> {
                // checked against the database below
            }
        }
        if (!rateLimiter.allows(sessionKey, addressKey)) {
            return CodeEntry.refused(CodeEntry.Status.RATE_LIMITED);
        }
        Optional<AccessCodeRepository.StoredCode> stored = codes.find(AccessCodes.hash(normalised.canonical()));
        if (stored.isEmpty()) {
            rateLimiter.recordFailure(sessionKey, addressKey);
            return CodeEntry.refused(CodeEntry.Status.UNKNOWN);
        }
        FieldworkWave wave = waves.fieldworkWave(stored.get().waveId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (wave.isClosed(today)) {
            return CodeEntry.refused(CodeEntry.Status.CLOSED);
        }
        if (!wave.acceptsResponses(today)) {
            return CodeEntry.refused(CodeEntry.Status.NOT_OPEN);
        }
        if (stored.get().spentToken() != null) {
            return CodeEntry.refused(CodeEntry.Status.ALREADY_USED);
        }
        return new CodeEntry(CodeEntry.Status.ACCEPTED, normalised.canonical(), wave.id(), wave.questionnaireId(),
                wave.minCellSize());
    }

    @PreAuthorize("permitAll()")
    public Optional<RespondentQuestionnaire> questionnaire(UUID questionnaireId) {
        return questionnaires.respondentQuestionnaire(questionnaireId);
    }

    /**
     * Validates, seals and records a submission. Validation and sealing happen before the (short)
     * transaction that spends the code and stores the ciphertext.
     */
    @PreAuthorize("permitAll()")
    public SubmissionResult submit(Submission submission) {
        submitting.acquireUninterruptibly();
        try {
            return admitted(submission);
        } finally {
            submitting.release();
        }
    }

    private SubmissionResult admitted(Submission submission) {
        AccessCodes.Normalised code = AccessCodes.normalise(submission.code() == null ? "" : submission.code());
        if (code.status() != AccessCodes.Normalised.Status.VALID || submission.nonce() == null || submission.nonce().length < 16) {
            return SubmissionResult.UNKNOWN_CODE;
        }
        byte[] codeHash = AccessCodes.hash(code.canonical());
        Optional<AccessCodeRepository.StoredCode> stored = codes.find(codeHash);
        if (stored.isEmpty()) {
            return SubmissionResult.UNKNOWN_CODE;
        }
        FieldworkWave wave = openWaves.computeIfAbsent(stored.get().waveId(),
                id -> waves.fieldworkWave(id).filter(w -> w.publicKey() != null).orElse(null));
        if (wave == null) {
            return SubmissionResult.NOT_OPEN;
        }
        LocalDate today = LocalDate.now(clock);
        RespondentQuestionnaire questionnaire = questionnaires.respondentQuestionnaire(wave.questionnaireId())
                .orElseThrow();
        Map<String, String> comments = new HashMap<>();
        for (Map.Entry<String, String> comment : submission.comments().entrySet()) {
            String cleaned = CommentText.clean(comment.getValue());
            if (cleaned.length() > CommentText.MAX_LENGTH) {
                return SubmissionResult.COMMENT_TOO_LONG;
            }
            if (!cleaned.isEmpty()) {
                comments.put(comment.getKey(), cleaned);
            }
        }
        if (!belongsToQuestionnaire(submission, comments, questionnaire)) {
            return SubmissionResult.INVALID_ANSWERS;
        }
        BallotContent content = new BallotContent(BallotContent.CURRENT_VERSION, wave.id().toString(),
                stored.get().unitId().toString(), submission.profile(), submission.answers(), comments);
        SealedBallot sealed = BallotSealer.seal(wave.publicKey(), content.toJson(),
                associatedData(wave.id()));
        byte[] token = AccessCodes.submissionToken(code.canonical(), submission.nonce());
        return ballotBox.record(wave.id(), codeHash, token, sealed, today);
    }

    /** The AAD binds every ballot to its wave: a ballot copied into another wave will not open. */
    public static byte[] associatedData(UUID waveId) {
        return ("candour/wave/" + waveId).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean belongsToQuestionnaire(Submission submission, Map<String, String> comments,
                                                  RespondentQuestionnaire questionnaire) {
        for (Map.Entry<String, String> answer : submission.answers().entrySet()) {
            boolean valid = questionnaire.question(answer.getKey())
                    .filter(question -> !question.isText() && question.allows(answer.getValue()))
                    .isPresent();
            if (!valid) {
                return false;
            }
        }
        for (Map.Entry<String, String> profile : submission.profile().entrySet()) {
            boolean valid = questionnaire.profileQuestion(profile.getKey())
                    .filter(question -> question.allows(profile.getValue()))
                    .isPresent();
            if (!valid) {
                return false;
            }
        }
        for (String item : comments.keySet()) {
            if (questionnaire.question(item).filter(RespondentQuestionnaire.Question::isText).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
