package org.candour.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.base.ui.PublicLayout;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.SubmissionResult;
import org.candour.questionnaire.RespondentQuestionnaire;

import java.util.List;
import java.util.Map;

/**
 * The survey itself: one step per section, then the optional profile, a review and the confirmation.
 * Back and forth keep every answer (in memory only). The address never changes and carries nothing.
 */
@Route(value = "survey", layout = PublicLayout.class)
@AnonymousAllowed
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_RADIO_OPTIONS = 10;

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
        add(progress(step));
        if (step < sectionCount()) {
            renderSection(questionnaire.sections().get(step));
        } else if (step == sectionCount()) {
            renderProfile();
        } else {
            renderReview();
        }
    }

    private Component progress(int step) {
        Paragraph label = new Paragraph(getTranslation("survey.progress", step + 1, stepCount()));
        label.setId("survey-progress-label");
        ProgressBar bar = new ProgressBar(0, stepCount(), step + 1);
        bar.getElement().setAttribute("aria-labelledby", "survey-progress-label");
        return new Div(label, bar);
    }

    private void renderSection(RespondentQuestionnaire.Section section) {
        H1 title = new H1(section.title());
        title.setId("survey-step-title");
        add(title);
        if (section.introduction() != null) {
            add(new Paragraph(section.introduction()));
        }
        for (RespondentQuestionnaire.Question question : section.questions()) {
            add(question.isText() ? commentField(question) : choiceField(question));
        }
        add(navigation());
    }

    private Component choiceField(RespondentQuestionnaire.Question question) {
        RadioButtonGroup<RespondentQuestionnaire.Choice> group = new RadioButtonGroup<>(question.wording());
        group.setId("q-" + question.code());
        group.setItems(question.options());
        group.setItemLabelGenerator(RespondentQuestionnaire.Choice::label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        select(group, question.options(), survey.answers().get(question.code()));
        group.addValueChangeListener(change -> remember(survey.answers(), question.code(), change.getValue()));
        return group;
    }

    private Component commentField(RespondentQuestionnaire.Question question) {
        TextArea area = new TextArea(question.wording());
        area.setId("q-" + question.code());
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setHelperText(getTranslation("survey.comment.help", 4000));
        area.setValue(survey.comments().getOrDefault(question.code(), ""));
        area.addValueChangeListener(change -> {
            if (change.getValue().isBlank()) {
                survey.comments().remove(question.code());
            } else {
                survey.comments().put(question.code(), change.getValue());
            }
        });
        return area;
    }

    private void renderProfile() {
        H1 title = new H1(getTranslation("survey.profile.title"));
        title.setId("survey-step-title");
        add(title, new Paragraph(getTranslation("survey.profile.intro", survey.minCellSize())));
        for (RespondentQuestionnaire.ProfileQuestion question : questionnaire.profile()) {
            add(profileField(question));
        }
        add(navigation());
    }

    private Component profileField(RespondentQuestionnaire.ProfileQuestion question) {
        String current = survey.profile().get(question.code());
        if (question.categories().size() <= MAX_RADIO_OPTIONS) {
            RadioButtonGroup<RespondentQuestionnaire.Choice> group = new RadioButtonGroup<>(question.question());
            group.setId("p-" + question.code());
            group.setItems(question.categories());
            group.setItemLabelGenerator(RespondentQuestionnaire.Choice::label);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            select(group, question.categories(), current);
            group.addValueChangeListener(change -> remember(survey.profile(), question.code(), change.getValue()));
            return group;
        }
        Select<RespondentQuestionnaire.Choice> select = new Select<>();
        select.setLabel(question.question());
        select.setId("p-" + question.code());
        select.setItems(question.categories());
        // The empty selection is offered as a null item: label it instead of failing.
        String notAnswered = getTranslation("survey.profile.not-answered");
        select.setItemLabelGenerator(choice -> choice == null ? notAnswered : choice.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("survey.profile.not-answered"));
        select.setWidthFull();
        question.categories().stream().filter(choice -> choice.code().equals(current)).findFirst()
                .ifPresent(select::setValue);
        select.addValueChangeListener(change -> remember(survey.profile(), question.code(), change.getValue()));
        return select;
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

    private static void remember(Map<String, String> into, String key, RespondentQuestionnaire.Choice choice) {
        if (choice == null) {
            into.remove(key);
        } else {
            into.put(key, choice.code());
        }
    }

    private static void select(RadioButtonGroup<RespondentQuestionnaire.Choice> group,
                               List<RespondentQuestionnaire.Choice> choices, String code) {
        choices.stream().filter(choice -> choice.code().equals(code)).findFirst().ifPresent(group::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title") + " – " + getTranslation("app.name");
    }
}
