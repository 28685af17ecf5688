package org.candour.questionnaire;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.PROFILE_CATEGORY;
import static org.candour.db.Tables.PROFILE_DIMENSION;
import static org.jooq.impl.DSL.count;

/** The shipped police race, faith and fairness questionnaire is present after the first start. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class DefaultQuestionnaireTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    DSLContext dsl;

    @Test
    void theDefaultQuestionnaireHas35To45ItemsCoveringEveryTheme() {
        QuestionnaireOverview questionnaire = questionnaires.defaultQuestionnaire().orElseThrow();
        assertThat(questionnaire.code()).isEqualTo("POLICE_RACE_FAITH_FAIRNESS");
        assertThat(questionnaire.itemCount()).isBetween(35, 45);
        assertThat(questionnaire.sections()).allSatisfy(section -> assertThat(section.items()).isNotEmpty());
        assertThat(questionnaire.sections().stream().flatMap(s -> s.items().stream())
                .map(QuestionnaireOverview.Item::theme).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("FAIRNESS", "CAREER", "RACISM", "REPORTING", "SPEAKING_UP",
                        "LEADERSHIP", "INCLUSION", "RECOMMEND", "COMMENTS");
    }

    @Test
    void everyClosedItemHasItsOptionsAndAgreementItemsHaveTheFivePointScale() {
        QuestionnaireOverview questionnaire = questionnaires.defaultQuestionnaire().orElseThrow();
        questionnaire.sections().stream().flatMap(s -> s.items().stream()).forEach(item -> {
            switch (item.kind()) {
                case "TEXT" -> assertThat(item.options()).as(item.code()).isEmpty();
                case "AGREEMENT" -> assertThat(item.options()).as(item.code()).hasSize(6);
                default -> assertThat(item.options()).as(item.code()).hasSizeGreaterThanOrEqualTo(3);
            }
        });
    }

    @Test
    void theExperienceFunnelIsLinked() {
        Map<String, Integer> roles = dsl.select(ITEM.FUNNEL_ROLE, count()).from(ITEM)
                .where(ITEM.FUNNEL_ROLE.isNotNull()).groupBy(ITEM.FUNNEL_ROLE)
                .fetchMap(ITEM.FUNNEL_ROLE, count());
        assertThat(roles).containsOnlyKeys("EXPERIENCED", "WITNESSED", "REPORTED", "CONFIDENT");
    }

    @Test
    void everyProfileQuestionOffersPreferNotToSay() {
        Map<String, Integer> preferNotToSay = dsl.select(PROFILE_DIMENSION.CODE, count())
                .from(PROFILE_DIMENSION).join(PROFILE_CATEGORY).on(PROFILE_CATEGORY.DIMENSION_ID.eq(PROFILE_DIMENSION.ID))
                .where(PROFILE_CATEGORY.PREFER_NOT_TO_SAY)
                .groupBy(PROFILE_DIMENSION.CODE)
                .fetchMap(PROFILE_DIMENSION.CODE, count());
        assertThat(preferNotToSay).containsOnlyKeys("ETHNICITY", "FAITH", "GENDER", "RANK", "SERVICE")
                .allSatisfy((dimension, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void fineEthnicitiesCollapseToTheFiveCensusGroups() {
        var broad = PROFILE_CATEGORY.as("broad");
        var groups = dsl.selectDistinct(broad.CODE)
                .from(PROFILE_CATEGORY).join(broad).on(broad.ID.eq(PROFILE_CATEGORY.BROAD_CATEGORY_ID))
                .join(PROFILE_DIMENSION).on(PROFILE_DIMENSION.ID.eq(PROFILE_CATEGORY.DIMENSION_ID))
                .where(PROFILE_DIMENSION.CODE.eq("ETHNICITY"))
                .fetch(broad.CODE);
        assertThat(groups).hasSize(5);
    }
}
