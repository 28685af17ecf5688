package org.candour.questionnaire;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.fieldwork.OpenWaveFixture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
