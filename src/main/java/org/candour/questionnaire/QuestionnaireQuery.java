package org.candour.questionnaire;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.ITEM_OPTION;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.QUESTIONNAIRE_ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_SECTION;
import static org.candour.db.Tables.WAVE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** Reads questionnaires with their sections, items and options in one query (MULTISET). */
@Repository
class QuestionnaireQuery {

    private final DSLContext dsl;

    QuestionnaireQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    java.util.List<java.util.Map.Entry<String, String>> listCodesAndNames() {
        return dsl.select(QUESTIONNAIRE.CODE, QUESTIONNAIRE.NAME).from(QUESTIONNAIRE)
                .orderBy(QUESTIONNAIRE.IS_DEFAULT.desc(), QUESTIONNAIRE.NAME)
                .fetch(r -> java.util.Map.entry(r.value1(), r.value2()));
    }

    Optional<QuestionnaireOverview> findDefault() {
        return find(QUESTIONNAIRE.IS_DEFAULT.isTrue());
    }

    Optional<QuestionnaireOverview> findByCode(String code) {
        return find(QUESTIONNAIRE.CODE.eq(code));
    }

    Optional<java.util.UUID> idOf(String code) {
        return dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).where(QUESTIONNAIRE.CODE.eq(code))
                .fetchOptional(QUESTIONNAIRE.ID);
    }

    private Optional<QuestionnaireOverview> find(org.jooq.Condition which) {
        var options = multiset(select(ITEM_OPTION.LABEL).from(ITEM_OPTION)
                .where(ITEM_OPTION.ITEM_ID.eq(ITEM.ID))
                .orderBy(ITEM_OPTION.POSITION)).convertFrom(result -> result.map(r -> r.value1()));
        var items = multiset(select(ITEM.CODE, ITEM.WORDING_VERSION, ITEM.THEME, ITEM.KIND, ITEM.POLARITY,
                        ITEM.WORDING, options)
                .from(QUESTIONNAIRE_ITEM).join(ITEM).on(ITEM.ID.eq(QUESTIONNAIRE_ITEM.ITEM_ID))
                .where(QUESTIONNAIRE_ITEM.SECTION_ID.eq(QUESTIONNAIRE_SECTION.ID))
                .orderBy(QUESTIONNAIRE_ITEM.POSITION))
                .convertFrom(result -> result.map(r -> new QuestionnaireOverview.Item(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        var sections = multiset(select(QUESTIONNAIRE_SECTION.POSITION, QUESTIONNAIRE_SECTION.TITLE, items)
                .from(QUESTIONNAIRE_SECTION)
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(QUESTIONNAIRE.ID))
                .orderBy(QUESTIONNAIRE_SECTION.POSITION))
                .convertFrom(result -> result.map(r -> new QuestionnaireOverview.Section(
                        r.value1(), r.value2(), r.value3())));
        var editable = org.jooq.impl.DSL.notExists(select(WAVE.ID).from(WAVE)
                .where(WAVE.QUESTIONNAIRE_ID.eq(QUESTIONNAIRE.ID), WAVE.STATUS.ne("DRAFT")));
        return dsl.select(QUESTIONNAIRE.CODE, QUESTIONNAIRE.NAME, sections, QUESTIONNAIRE.VERSION,
                        org.jooq.impl.DSL.field(editable))
                .from(QUESTIONNAIRE)
                .where(which)
                .fetchOptional(r -> new QuestionnaireOverview(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }
}
