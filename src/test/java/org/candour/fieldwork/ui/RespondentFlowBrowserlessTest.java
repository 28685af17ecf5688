package org.candour.fieldwork.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.candour.IntegrationTest;
import org.candour.fieldwork.OpenWaveFixture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.BALLOT;

/** Each respondent page, driven like a respondent would, without a browser. */
@IntegrationTest
@ViewPackages(packages = "org.candour")
class RespondentFlowBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;

    OpenWaveFixture.OpenWave wave;

    @BeforeEach
    void openWave() {
        wave = fixture.openWaveWithCodes(3);
        SurveyInProgress.discard();
    }

    private RespondentStartView enter(String code) {
        RespondentStartView start = navigate(RespondentStartView.class);
        test(start.code).setValue(code);
        test(start.start).click();
        return start;
    }

    private String stepTitle() {
        return $(H1.class).all().stream()
                .filter(h1 -> h1.getId().filter("survey-step-title"::equals).isPresent())
                .map(h1 -> h1.getElement().getTextRecursively())
                .findFirst().orElse("");
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    @Test
    void theStartPageStatesThePromiseWithTheActualThreshold() {
        navigate(RespondentStartView.class);
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Results are only shown for groups of at least 10 people, so nobody can work out what one person said.")
                .anyMatch(text -> text.contains("If you close the browser before you submit, they are lost"));
    }

    @Test
    void aMistypedCodeIsExplainedNextToTheField() {
        String code = wave.codes().getFirst();
        RespondentStartView start = enter(code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A"));
        assertThat(getCurrentView()).isInstanceOf(RespondentStartView.class);
        assertThat(start.code.isInvalid()).isTrue();
        assertThat(start.code.getErrorMessage()).contains("one character may be mistyped");
    }

    @Test
    void theSurveyCannotBeOpenedWithoutACode() {
        navigate("survey", RespondentStartView.class);
        assertThat(getCurrentView()).isInstanceOf(RespondentStartView.class);
    }

    @Test
    void aRespondentAnswersGoesBackAndForthReviewsAndSubmits() {
        enter(wave.codes().getFirst());
        assertThat(getCurrentView()).isInstanceOf(SurveyView.class);
        assertThat($(Paragraph.class).id("survey-progress-label").getText()).startsWith("Step 1 of ");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> first = $(RadioButtonGroup.class).first();
        test(first).selectItem("Agree");
        String firstId = first.getId().orElseThrow();
        test(button("survey-next")).click();
        assertThat($(Paragraph.class).id("survey-progress-label").getText()).startsWith("Step 2 of ");
        test(button("survey-back")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> again = $(RadioButtonGroup.class).id(firstId);
        assertThat(test(again).getSelected()).isNotNull();

        // Walk to the comments section and the review.
        while ($(TextArea.class).all().isEmpty()) {
            test(button("survey-next")).click();
        }
        test($(TextArea.class).first()).setValue("<b>Fairer postings</b> please");
        while (!stepTitle().equals("Check and submit")) {
            test(button("survey-next")).click();
        }
        test(button("survey-submit")).click();

        assertThat($(Paragraph.class).id("survey-outcome").getText()).isEqualTo("Your response is recorded.");
        assertThat(dsl.fetchCount(BALLOT, BALLOT.WAVE_ID.eq(wave.waveId()))).isEqualTo(1);

        // Browser back after submit shows the outcome again, never the answers.
        navigate(SurveyView.class);
        assertThat($(Paragraph.class).id("survey-outcome").getText()).isEqualTo("Your response is recorded.");
        assertThat($(RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void aUsedCodeIsRefusedAtTheStart() {
        enter(wave.codes().getFirst());
        while (!stepTitle().equals("Check and submit")) {
            test(button("survey-next")).click();
        }
        test(button("survey-submit")).click();
        SurveyInProgress.discard();

        RespondentStartView start = enter(wave.codes().getFirst());
        assertThat(start.code.getErrorMessage()).isEqualTo("This code has already been used. Each code can be used once.");
    }
}
