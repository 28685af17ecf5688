package org.candour.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.base.ui.PublicLayout;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.SubmissionResult;
import org.candour.questionnaire.RespondentQuestionnaire;
import org.candour.questionnaire.ui.RespondentFields;


/**
 * The survey itself: one step per section, then the optional profile, a review and the confirmation.
 * Back and forth keep every answer (in memory only). The address never changes and carries nothing.
 */
@Route(value = "survey", layout = PublicLayout.class)
@AnonymousAllowed
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FieldworkService fieldwork;
    private SurveyInProgress survey;
    private RespondentQuestionnaire questionnaire;

    SurveyView(FieldworkService fieldwork) {
        this.fieldwork = fieldwork;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        survey = SurveyInProgress.current().orElse(null);
        if (survey == null) {
            event.forwardTo(RespondentStartView.class);
            return;
        }
        questionnaire = fieldwork.questionnaire(survey.questionnaireId()).orElse(null);
        if (questionnaire == null) {
            event.forwardTo(RespondentStartView.class);
            return;
        }
        render();
    }

    private int sectionCount() {
        return questionnaire.sections().size();
    }

    /** Steps: 0..sections-1 sections, then profile, then review. */
    private int stepCount() {
        return sectionCount() + 2;
    }

    private void render() {
        removeAll();
        if (survey.result().isPresent()) {
            renderOutcome(survey.result().get());
            return;
        }
        int step = survey.step();
        add(RespondentFields.progress(this, step, stepCount()));
        if (step < sectionCount()) {
            renderSection(questionnaire.sections().get(step));
        } else if (step == sectionCount()) {
            renderProfile();
        } else {
            renderReview();
        }
    }

    private void renderSection(RespondentQuestionnaire.Section section) {
        RespondentFields.heading(section.title(), section.introduction()).forEach(this::add);
        for (RespondentQuestionnaire.Question question : section.questions()) {
            add(RespondentFields.question(this, question, survey.answers(), survey.comments()));
        }
        add(navigation());
    }

    private void renderProfile() {
        RespondentFields.heading(getTranslation("survey.profile.title"),
                getTranslation("survey.profile.intro", survey.minCellSize())).forEach(this::add);
        for (RespondentQuestionnaire.ProfileQuestion question : questionnaire.profile()) {
            add(RespondentFields.profileQuestion(this, question, survey.profile()));
        }
        add(navigation());
    }

    private void renderReview() {
        H1 title = new H1(getTranslation("survey.review.title"));
        title.setId("survey-step-title");
        add(title, new Paragraph(getTranslation("survey.review.intro")));
        for (int i = 0; i < sectionCount(); i++) {
            RespondentQuestionnaire.Section section = questionnaire.sections().get(i);
            long answered = section.questions().stream().filter(q -> q.isText()
                    ? survey.comments().containsKey(q.code()) : survey.answers().containsKey(q.code())).count();
            int target = i;
            Button change = new Button(getTranslation("survey.review.change"), click -> go(target));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.setAriaLabel(getTranslation("survey.review.change-section", section.title()));
            HorizontalLayout row = new HorizontalLayout(new Paragraph(getTranslation("survey.review.section",
                    section.title(), answered, section.questions().size())), change);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
        add(new Paragraph(getTranslation("survey.review.profile", survey.profile().size(),
                questionnaire.profile().size())));
        Button back = new Button(getTranslation("survey.back"), click -> go(survey.step() - 1));
        back.setId("survey-back");
        Button submit = new Button(getTranslation("survey.submit"));
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        add(new HorizontalLayout(back, submit));
    }

    private void submit() {
        SubmissionResult outcome = fieldwork.submit(survey.submission());
        survey.finish(outcome);
        render();
    }

    private void renderOutcome(SubmissionResult outcome) {
        boolean recorded = outcome == SubmissionResult.RECORDED || outcome == SubmissionResult.ALREADY_RECORDED;
        H1 title = new H1(getTranslation(recorded ? "survey.done.title" : "survey.failed.title"));
        title.setId("survey-outcome-title");
        Paragraph message = new Paragraph(getTranslation("survey.outcome." + outcome));
        message.setId("survey-outcome");
        message.getElement().setAttribute("role", recorded ? "status" : "alert");
        add(title, message);
        if (recorded) {
            add(new Paragraph(getTranslation("survey.done.next")));
        } else if (outcome == SubmissionResult.INVALID_ANSWERS || outcome == SubmissionResult.COMMENT_TOO_LONG) {
            // Nothing was stored: let them correct and try again.
            survey.finish(null);
            Button review = new Button(getTranslation("survey.failed.back"), click -> go(stepCount() - 1));
            add(review);
        }
    }

    private Component navigation() {
        HorizontalLayout buttons = new HorizontalLayout();
        if (survey.step() > 0) {
            Button back = new Button(getTranslation("survey.back"), click -> go(survey.step() - 1));
            back.setId("survey-back");
            buttons.add(back);
        }
        boolean toReview = survey.step() + 1 == stepCount() - 1;
        Button next = new Button(getTranslation(toReview ? "survey.to-review" : "survey.next"),
                click -> go(survey.step() + 1));
        next.setId("survey-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(next);
        return buttons;
    }

    private void go(int step) {
        survey.step(Math.max(0, Math.min(step, stepCount() - 1)));
        render();
        getElement().executeJs("window.scrollTo(0, 0); const h = document.getElementById('survey-step-title');"
                + " if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title") + " – " + getTranslation("app.name");
    }
}
