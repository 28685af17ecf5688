package org.candour.fieldwork.ui;

import com.vaadin.flow.server.VaadinSession;
import org.candour.fieldwork.CodeEntry;
import org.candour.fieldwork.Submission;
import org.candour.fieldwork.SubmissionResult;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One respondent's survey while they answer it: held only in the server's memory (the Vaadin session,
 * never persisted), gone when the browser is closed or the session times out. Nothing is stored in the
 * database before submit.
 */
final class SurveyInProgress {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String code;
    private final byte[] nonce = new byte[16];
    private final UUID questionnaireId;
    private final int minCellSize;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> profile = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private int step;
    private SubmissionResult result;

    private SurveyInProgress(CodeEntry entry) {
        this.code = entry.canonicalCode();
        this.questionnaireId = entry.questionnaireId();
        this.minCellSize = entry.minCellSize();
        RANDOM.nextBytes(nonce);
    }

    static SurveyInProgress start(CodeEntry entry) {
        SurveyInProgress survey = new SurveyInProgress(entry);
        VaadinSession.getCurrent().setAttribute(SurveyInProgress.class, survey);
        return survey;
    }

    static Optional<SurveyInProgress> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SurveyInProgress.class));
    }

    /** Forgets everything the respondent entered (after submit, or when they start again). */
    static void discard() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SurveyInProgress.class, null);
        }
    }

    Submission submission() {
        return new Submission(code, nonce.clone(), Map.copyOf(answers), Map.copyOf(profile), Map.copyOf(comments));
    }

    UUID questionnaireId() {
        return questionnaireId;
    }

    int minCellSize() {
        return minCellSize;
    }

    Map<String, String> answers() {
        return answers;
    }

    Map<String, String> profile() {
        return profile;
    }

    Map<String, String> comments() {
        return comments;
    }

    int step() {
        return step;
    }

    void step(int step) {
        this.step = step;
    }

    Optional<SubmissionResult> result() {
        return Optional.ofNullable(result);
    }

    /** Keeps only the outcome once the ballot is recorded: the answers leave memory. */
    void finish(SubmissionResult outcome) {
        this.result = outcome;
        if (outcome == SubmissionResult.RECORDED || outcome == SubmissionResult.ALREADY_RECORDED) {
            answers.clear();
            profile.clear();
            comments.clear();
        }
    }

    @Override
    public String toString() {
        return "SurveyInProgress[step " + step + "]";
    }
}
