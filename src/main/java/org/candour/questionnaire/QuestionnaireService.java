package org.candour.questionnaire;

import org.springframework.security.access.prepost.PreAuthorize;
import org.candour.admin.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The item bank and questionnaires. The shipped police questionnaire is the default. */
@Service
public class QuestionnaireService {

    private final QuestionnaireQuery query;
    private final RespondentQuestionnaireQuery respondentQuery;
    private final java.util.Map<java.util.UUID, RespondentQuestionnaire> respondentCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    QuestionnaireService(QuestionnaireQuery query, RespondentQuestionnaireQuery respondentQuery) {
        this.query = query;
        this.respondentQuery = respondentQuery;
    }

    /**
     * The questionnaire as respondents see it (no sign-in). A wave's questionnaire is locked while the
     * wave runs, so it is read once and kept.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RespondentQuestionnaire> respondentQuestionnaire(java.util.UUID questionnaireId) {
        RespondentQuestionnaire cached = respondentCache.get(questionnaireId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RespondentQuestionnaire> loaded = respondentQuery.find(questionnaireId);
        loaded.ifPresent(questionnaire -> respondentCache.put(questionnaireId, questionnaire));
        return loaded;
    }

    /** Codes and names of every questionnaire (the default first), for choosing one for a wave. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<java.util.Map.Entry<String, String>> listQuestionnaires() {
        return query.listCodesAndNames();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'CUSTODIAN')")
    @Transactional(readOnly = true)
    public Optional<QuestionnaireOverview> defaultQuestionnaire() {
        return query.findDefault();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<QuestionnaireOverview> questionnaire(String code) {
        return query.findByCode(code);
    }

    /**
     * The questionnaire exactly as respondents would get it, for the administrators' preview: read fresh
     * every time (never from the respondents' cache), since a questionnaire not yet in use may still change.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<RespondentQuestionnaire> preview(String code) {
        return query.idOf(code).flatMap(respondentQuery::find);
    }
}
