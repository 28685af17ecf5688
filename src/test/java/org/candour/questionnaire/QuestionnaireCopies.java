package org.candour.questionnaire;

import org.candour.SignedIn;

import java.util.UUID;

/** Tests edit fresh copies of the default questionnaire, used by no wave, never the default itself. */
public final class QuestionnaireCopies {

    private QuestionnaireCopies() {
    }

    /** Copies the default questionnaire under a new code (prefix plus a random number) and returns the code. */
    public static String editableCopy(ItemBankService itemBank, String prefix) {
        String code = prefix + Math.abs(UUID.randomUUID().hashCode() % 1000000);
        SignedIn.as("admin", "ADMIN", () -> itemBank.copyQuestionnaire("POLICE_RACE_FAITH_FAIRNESS", code, "Copy " + code));
        return code;
    }
}
