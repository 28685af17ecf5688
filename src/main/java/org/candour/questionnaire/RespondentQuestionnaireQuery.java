package org.candour.questionnaire;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.ITEM_OPTION;
import static org.candour.db.Tables.PROFILE_CATEGORY;
import static org.candour.db.Tables.PROFILE_DIMENSION;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.QUESTIONNAIRE_ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_SECTION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** Reads a questionnaire as respondents see it, in one query per part (MULTISET). */
@Repository
class RespondentQuestionnaireQuery {

    private final DSLContext dsl;

    RespondentQuestionnaireQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<RespondentQuestionnaire> find(UUID questionnaireId) {
        var options = multiset(select(ITEM_OPTION.CODE, ITEM_OPTION.LABEL).from(ITEM_OPTION)
                .where(ITEM_OPTION.ITEM_ID.eq(ITEM.ID)).orderBy(ITEM_OPTION.POSITION))
                .convertFrom(r -> r.map(o -> new RespondentQuestionnaire.Choice(o.value1(), o.value2())));
        var questions = multiset(select(ITEM.CODE, ITEM.KIND, ITEM.WORDING, options)
                .from(QUESTIONNAIRE_ITEM).join(ITEM).on(ITEM.ID.eq(QUESTIONNAIRE_ITEM.ITEM_ID))
                .where(QUESTIONNAIRE_ITEM.SECTION_ID.eq(QUESTIONNAIRE_SECTION.ID))
                .orderBy(QUESTIONNAIRE_ITEM.POSITION))
                .convertFrom(r -> r.map(q -> new RespondentQuestionnaire.Question(
                        q.value1(), q.value2(), q.value3(), q.value4())));
        var sections = dsl.select(QUESTIONNAIRE_SECTION.TITLE, QUESTIONNAIRE_SECTION.INTRODUCTION, questions)
                .from(QUESTIONNAIRE_SECTION)
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId))
                .orderBy(QUESTIONNAIRE_SECTION.POSITION)
                .fetch(r -> new RespondentQuestionnaire.Section(r.value1(), r.value2(), r.value3()));
        if (sections.isEmpty() || !dsl.fetchExists(QUESTIONNAIRE, QUESTIONNAIRE.ID.eq(questionnaireId))) {
            return Optional.empty();
        }
        var categories = multiset(select(PROFILE_CATEGORY.CODE, PROFILE_CATEGORY.LABEL).from(PROFILE_CATEGORY)
                .where(PROFILE_CATEGORY.DIMENSION_ID.eq(PROFILE_DIMENSION.ID))
                .orderBy(PROFILE_CATEGORY.SORT_ORDER))
                .convertFrom(r -> r.map(c -> new RespondentQuestionnaire.Choice(c.value1(), c.value2())));
        var profile = dsl.select(PROFILE_DIMENSION.CODE, PROFILE_DIMENSION.QUESTION, categories)
                .from(PROFILE_DIMENSION)
                .orderBy(PROFILE_DIMENSION.SORT_ORDER)
                .fetch(r -> new RespondentQuestionnaire.ProfileQuestion(r.value1(), r.value2(), r.value3()));
        return Optional.of(new RespondentQuestionnaire(questionnaireId, sections, profile));
    }
}
