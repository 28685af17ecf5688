package org.candour.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.candour.SignedIn;
import org.candour.StaffBrowserlessTest;
import org.candour.questionnaire.ItemBankService;
import org.candour.questionnaire.QuestionnaireService;
import org.candour.questionnaire.RespondentQuestionnaire;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.BALLOT;

/** The preview shows a questionnaire as respondents see it, read-only; the editor adds questions. */
class QuestionnaireEditorBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    ItemBankService itemBank;
    @Autowired
    DSLContext dsl;

    private String editableCopy() {
        return org.candour.questionnaire.QuestionnaireCopies.editableCopy(itemBank, "VIEW_");
    }

    @Test
    void thePreviewShowsEachSectionAsRespondentsSeeItReadOnlyAndSubmitsNothing() {
        String code = editableCopy();
        RespondentQuestionnaire expected = SignedIn.as("admin", "ADMIN", () -> questionnaires.preview(code)).orElseThrow();
        int ballots = dsl.fetchCount(BALLOT);
        signInAs("admin");
        QuestionnairePreviewView view = navigate("staff/questionnaire/preview/" + code, QuestionnairePreviewView.class);

        for (RespondentQuestionnaire.Section section : expected.sections()) {
            assertThat($(H1.class).single().getText()).isEqualTo(section.title());
            for (RespondentQuestionnaire.Question question : section.questions()) {
                if (question.isText()) {
                    TextArea area = $(TextArea.class).id("q-" + question.code());
                    assertThat(area.getLabel()).isEqualTo(question.wording());
                    assertThat(area.isReadOnly()).isTrue();
                } else {
                    @SuppressWarnings("unchecked")
                    RadioButtonGroup<RespondentQuestionnaire.Choice> group = $(RadioButtonGroup.class).id("q-" + question.code());
                    assertThat(group.getLabel()).isEqualTo(question.wording());
                    assertThat(group.getListDataView().getItems()).containsExactlyElementsOf(question.options());
                    assertThat(group.isReadOnly()).isTrue();
                }
            }
            test(view.next).click();
        }
        assertThat($(H1.class).single().getText()).isEqualTo("About you (optional)");
        assertThat($(RadioButtonGroup.class).all()).isNotEmpty().allMatch(group -> group.isReadOnly());
        test(view.next).click();
        assertThat(view.next.isVisible()).isFalse();
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Submit");
        assertThat(dsl.fetchCount(BALLOT)).isEqualTo(ballots);
    }

    @Test
    void anAdministratorAddsAQuestionWhichThePreviewThenShows() {
        String code = editableCopy();
        signInAs("admin");
        QuestionnaireView view = navigate(QuestionnaireView.class);
        view.chooser.setValue(view.chooser.getListDataView().getItems()
                .filter(entry -> entry.getKey().equals(code)).findFirst().orElseThrow());
        assertThat(view.shown.code()).isEqualTo(code);
        view.section.setValue(view.shown.sections().getFirst());
        test(view.code).setValue("bad code");
        view.theme.setValue("FAIRNESS");
        view.kind.setValue("AGREEMENT");
        test(view.wording).setValue("Postings here are decided fairly.");
        test(view.add).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("Use 2 to 40 capital letters");

        String itemCode = "VIEW_ITEM_" + Math.abs(UUID.randomUUID().hashCode() % 100000);
        test(view.code).setValue(itemCode);
        test(view.add).click();
        assertThat(view.shown.sections().getFirst().items().getLast().code()).isEqualTo(itemCode);

        navigate("staff/questionnaire/preview/" + code, QuestionnairePreviewView.class);
        assertThat($(RadioButtonGroup.class).id("q-" + itemCode).getLabel()).isEqualTo("Postings here are decided fairly.");
    }

    @Autowired
    org.candour.fieldwork.OpenWaveFixture fixture;

    @Test
    void aQuestionnaireInUseSaysWhyItsStructureCannotChange() {
        fixture.openWaveWithCodes(1); // the default questionnaire (shown first) is now used by an open wave
        signInAs("admin");
        QuestionnaireView view = navigate(QuestionnaireView.class);
        assertThat(view.shown.code()).isEqualTo("POLICE_RACE_FAITH_FAIRNESS");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("questionnaire-locked").getText())
                .contains("used by a wave that has opened");
        assertThat(view.add.isAttached()).isFalse();
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Move up", "Up", "Down");
    }
}
