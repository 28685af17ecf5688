package org.candour.questionnaire;

import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The item bank and questionnaires. The shipped police questionnaire is the default. */
@Service
public class QuestionnaireService {

    private final QuestionnaireQuery query;

    QuestionnaireService(QuestionnaireQuery query) {
        this.query = query;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.CUSTODIAN})
    @Transactional(readOnly = true)
    public Optional<QuestionnaireOverview> defaultQuestionnaire() {
        return query.findDefault();
    }
}
