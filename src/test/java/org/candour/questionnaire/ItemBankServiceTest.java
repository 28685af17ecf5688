package org.candour.questionnaire;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.fieldwork.OpenWaveFixture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_SECTION;

/** Wording changes create versions; questionnaires asked in a wave keep their wording. */
@IntegrationTest
class ItemBankServiceTest {

    @Autowired
    ItemBankService itemBank;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;

    private String wordingIn(UUID questionnaire, String itemCode) {
        return dsl.select(ITEM.WORDING).from(QUESTIONNAIRE_ITEM)
                .join(QUESTIONNAIRE_SECTION).on(QUESTIONNAIRE_SECTION.ID.eq(QUESTIONNAIRE_ITEM.SECTION_ID))
                .join(ITEM).on(ITEM.ID.eq(QUESTIONNAIRE_ITEM.ITEM_ID))
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaire), ITEM.CODE.eq(itemCode))
                .fetchSingle(ITEM.WORDING);
    }

    @Test
    void aWordingChangeIsANewVersionAndAQuestionnaireUsedByAWaveKeepsItsWording() {
        fixture.openWaveWithCodes(1); // the default questionnaire is now in use by an open wave
        UUID defaultQuestionnaire = dsl.select(org.candour.db.Tables.QUESTIONNAIRE.ID)
                .from(org.candour.db.Tables.QUESTIONNAIRE).where(org.candour.db.Tables.QUESTIONNAIRE.IS_DEFAULT)
                .fetchSingle(org.candour.db.Tables.QUESTIONNAIRE.ID);
        String original = wordingIn(defaultQuestionnaire, "LEAD_05");
        String code = "NEXT_" + Math.abs(UUID.randomUUID().hashCode() % 100000);
        UUID copy = SignedIn.as("admin", "ADMIN", () -> itemBank.copyQuestionnaire("POLICE_RACE_FAITH_FAIRNESS",
                code, "Next year's questionnaire"));

        int version = SignedIn.as("admin", "ADMIN",
                () -> itemBank.reword("LEAD_05", "I believe leaders here will act on what this survey finds."));

        assertThat(version).isGreaterThanOrEqualTo(2);
        assertThat(wordingIn(copy, "LEAD_05")).isEqualTo("I believe leaders here will act on what this survey finds.");
        assertThat(wordingIn(defaultQuestionnaire, "LEAD_05")).isEqualTo(original);
        // Options travel with the new version.
        assertThat(dsl.fetchCount(dsl.selectFrom(org.candour.db.Tables.ITEM_OPTION).where(
                org.candour.db.Tables.ITEM_OPTION.ITEM_ID.eq(dsl.select(ITEM.ID).from(ITEM)
                        .where(ITEM.CODE.eq("LEAD_05"), ITEM.WORDING_VERSION.eq(version)))))).isEqualTo(6);
        // The same wording again is not a new version.
        assertThat(SignedIn.as("admin", "ADMIN",
                () -> itemBank.reword("LEAD_05", "I believe leaders here will act on what this survey finds.")))
                .isEqualTo(version);
    }

    @Test
    void badItemBankRequestsAreRefused() {
        assertThatThrownBy(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.reword("NO_SUCH_ITEM", "Words")))
                .isInstanceOfSatisfying(ItemBankException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("items.error.unknown-item"));
        assertThatThrownBy(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.reword("LEAD_05", "  ")))
                .isInstanceOfSatisfying(ItemBankException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("items.error.wording"));
        assertThatThrownBy(() -> SignedIn.as("admin", "ADMIN",
                () -> itemBank.copyQuestionnaire("POLICE_RACE_FAITH_FAIRNESS", "POLICE_RACE_FAITH_FAIRNESS", "Dup")))
                .isInstanceOfSatisfying(ItemBankException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("items.error.questionnaire-code"));
    }

    @Autowired
    QuestionnaireService questionnaires;

    private String editableCopy() {
        return org.candour.questionnaire.QuestionnaireCopies.editableCopy(itemBank, "EDIT_");
    }

    private QuestionnaireOverview overview(String code) {
        return SignedIn.as("admin", "ADMIN", () -> questionnaires.questionnaire(code)).orElseThrow();
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ItemBankException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aNewItemGoesIntoTheBankAndAtTheEndOfASectionWithTheStandardOptionsOfItsKind() {
        String questionnaire = editableCopy();
        QuestionnaireOverview before = overview(questionnaire);
        assertThat(before.editable()).isTrue();
        QuestionnaireOverview.Section first = before.sections().getFirst();
        String code = "NEW_" + Math.abs(UUID.randomUUID().hashCode() % 100000);
        SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, before.version(), first.position(),
                new NewItem(code.toLowerCase(), "FAIRNESS", "AGREEMENT", "NEGATIVE", "  Some people here get easier postings. ")));

        QuestionnaireOverview after = overview(questionnaire);
        QuestionnaireOverview.Item added = after.sections().getFirst().items().getLast();
        assertThat(added.code()).isEqualTo(code);
        assertThat(added.wordingVersion()).isEqualTo(1);
        assertThat(added.wording()).isEqualTo("Some people here get easier postings.");
        assertThat(added.polarity()).isEqualTo("NEGATIVE");
        assertThat(added.options()).containsExactly("Strongly disagree", "Disagree", "Neither agree nor disagree",
                "Agree", "Strongly agree", "Don't know");
        assertThat(after.version()).isGreaterThan(before.version());

        // A comment is free text with no options; free text only for comments.
        SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, after.version(),
                after.sections().getLast().position(), new NewItem(code + "_C", "COMMENTS", "TEXT", null, "Anything else?")));
        assertThat(overview(questionnaire).sections().getLast().items().getLast().options()).isEmpty();
        int version = overview(questionnaire).version();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, version,
                first.position(), new NewItem(code + "_T", "FAIRNESS", "TEXT", null, "Why?"))), "items.error.kind");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, version,
                first.position(), new NewItem(code, "FAIRNESS", "AGREEMENT", null, "Again"))), "items.error.item-code-taken");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, version,
                first.position(), new NewItem("9 bad", "FAIRNESS", "AGREEMENT", null, "Bad code"))), "items.error.item-code");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, version,
                first.position(), new NewItem(code + "_X", "WEATHER", "AGREEMENT", null, "Sunny?"))), "items.error.theme");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, version,
                first.position(), new NewItem(code + "_W", "FAIRNESS", "AGREEMENT", null, " "))), "items.error.wording");
        // An editor working from an older version is told, not overwritten.
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem(questionnaire, before.version(),
                first.position(), new NewItem(code + "_S", "FAIRNESS", "AGREEMENT", null, "Stale"))),
                "items.error.changed-elsewhere");
        assertThat(overview(questionnaire).version()).isEqualTo(version);
    }

    @Test
    void sectionsAndItemsWithinASectionChangeOrder() {
        String questionnaire = editableCopy();
        QuestionnaireOverview before = overview(questionnaire);
        var firstSection = before.sections().get(0);
        var secondSection = before.sections().get(1);
        SignedIn.as("admin", "ADMIN", () -> itemBank.moveSection(questionnaire, before.version(),
                firstSection.position(), 1));
        QuestionnaireOverview moved = overview(questionnaire);
        assertThat(moved.sections().get(0).title()).isEqualTo(secondSection.title());
        assertThat(moved.sections().get(1).title()).isEqualTo(firstSection.title());
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.moveSection(questionnaire, moved.version(),
                moved.sections().getFirst().position(), -1)), "items.error.cannot-move");

        var section = moved.sections().get(1);
        List<String> codes = section.items().stream().map(QuestionnaireOverview.Item::code).toList();
        SignedIn.as("admin", "ADMIN", () -> itemBank.moveItem(questionnaire, moved.version(), section.position(),
                codes.get(1), -1));
        assertThat(overview(questionnaire).sections().get(1).items().stream().map(QuestionnaireOverview.Item::code)
                .limit(2)).containsExactly(codes.get(1), codes.get(0));
        // The respondents' rendering follows the new order.
        var respondent = SignedIn.as("admin", "ADMIN", () -> questionnaires.preview(questionnaire)).orElseThrow();
        assertThat(respondent.sections().get(0).title()).isEqualTo(secondSection.title());
        assertThat(respondent.sections().get(1).questions().getFirst().code()).isEqualTo(codes.get(1));
    }

    @Test
    void aQuestionnaireUsedByAnOpenedWaveKeepsItsStructure() {
        fixture.openWaveWithCodes(1); // the default questionnaire is now in use by an open wave
        QuestionnaireOverview used = overview("POLICE_RACE_FAITH_FAIRNESS");
        assertThat(used.editable()).isFalse();
        int sectionPosition = used.sections().getFirst().position();
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.moveSection("POLICE_RACE_FAITH_FAIRNESS",
                used.version(), sectionPosition, 1)), "items.error.questionnaire-in-use");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.moveItem("POLICE_RACE_FAITH_FAIRNESS",
                used.version(), sectionPosition, used.sections().getFirst().items().getLast().code(), -1)),
                "items.error.questionnaire-in-use");
        assertRefused(() -> SignedIn.as("admin", "ADMIN", () -> itemBank.addItem("POLICE_RACE_FAITH_FAIRNESS",
                used.version(), sectionPosition, new NewItem("LATE_01", "FAIRNESS", "AGREEMENT", null, "Too late?"))),
                "items.error.questionnaire-in-use");
        assertThat(overview("POLICE_RACE_FAITH_FAIRNESS").sections()).isEqualTo(used.sections());
    }
}
