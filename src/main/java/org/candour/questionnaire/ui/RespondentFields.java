package org.candour.questionnaire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.candour.questionnaire.RespondentQuestionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a questionnaire looks to respondents: progress, section headings, the question fields and the
 * profile questions. The survey and the administrators' preview both draw with these, so the preview is
 * exactly what respondents see. Answers go only into the maps given (held in memory by the caller).
 */
public final class RespondentFields {

    /** The step heading's id: the survey moves focus to it on every step. */
    public static final String STEP_TITLE_ID = "survey-step-title";
    public static final int COMMENT_MAX_LENGTH = 4000;
    private static final int MAX_RADIO_OPTIONS = 10;

    private RespondentFields() {
    }

    public static Component progress(Component host, int step, int stepCount) {
        Paragraph label = new Paragraph(host.getTranslation("survey.progress", step + 1, stepCount));
        label.setId("survey-progress-label");
        ProgressBar bar = new ProgressBar(0, stepCount, step + 1);
        bar.getElement().setAttribute("aria-labelledby", "survey-progress-label");
        return new Div(label, bar);
    }

    /** A step's title (the focus target) and, when there is one, its introduction. */
    public static List<Component> heading(String title, String introduction) {
        H1 heading = new H1(title);
        heading.setId(STEP_TITLE_ID);
        List<Component> parts = new ArrayList<>(List.of(heading));
        if (introduction != null) {
            parts.add(new Paragraph(introduction));
        }
        return parts;
    }

    /** A closed question as radio buttons, a comment question as a text area. */
    public static Component question(Component host, RespondentQuestionnaire.Question question,
                                     Map<String, String> answers, Map<String, String> comments) {
        return question.isText() ? commentField(host, question, comments) : choiceField(question, answers);
    }

    private static Component choiceField(RespondentQuestionnaire.Question question, Map<String, String> answers) {
        RadioButtonGroup<RespondentQuestionnaire.Choice> group = radioGroup(question.wording(), question.options(),
                answers.get(question.code()));
        group.setId("q-" + question.code());
        group.addValueChangeListener(change -> remember(answers, question.code(), change.getValue()));
        return group;
    }

    private static Component commentField(Component host, RespondentQuestionnaire.Question question,
                                          Map<String, String> comments) {
        TextArea area = new TextArea(question.wording());
        area.setId("q-" + question.code());
        area.setWidthFull();
        area.setMaxLength(COMMENT_MAX_LENGTH);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setHelperText(host.getTranslation("survey.comment.help", COMMENT_MAX_LENGTH));
        area.setValue(comments.getOrDefault(question.code(), ""));
        area.addValueChangeListener(change -> {
            if (change.getValue().isBlank()) {
                comments.remove(question.code());
            } else {
                comments.put(question.code(), change.getValue());
            }
        });
        return area;
    }

    /** A profile question: radio buttons for a few categories, a select for many. */
    public static Component profileQuestion(Component host, RespondentQuestionnaire.ProfileQuestion question,
                                            Map<String, String> profile) {
        String current = profile.get(question.code());
        if (question.categories().size() <= MAX_RADIO_OPTIONS) {
            RadioButtonGroup<RespondentQuestionnaire.Choice> group = radioGroup(question.question(),
                    question.categories(), current);
            group.setId("p-" + question.code());
            group.addValueChangeListener(change -> remember(profile, question.code(), change.getValue()));
            return group;
        }
        Select<RespondentQuestionnaire.Choice> select = new Select<>();
        select.setLabel(question.question());
        select.setId("p-" + question.code());
        select.setItems(question.categories());
        // The empty selection is offered as a null item: label it instead of failing.
        String notAnswered = host.getTranslation("survey.profile.not-answered");
        select.setItemLabelGenerator(choice -> choice == null ? notAnswered : choice.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(notAnswered);
        select.setWidthFull();
        question.categories().stream().filter(choice -> choice.code().equals(current)).findFirst()
                .ifPresent(select::setValue);
        select.addValueChangeListener(change -> remember(profile, question.code(), change.getValue()));
        return select;
    }

    private static RadioButtonGroup<RespondentQuestionnaire.Choice> radioGroup(
            String label, List<RespondentQuestionnaire.Choice> choices, String selectedCode) {
        RadioButtonGroup<RespondentQuestionnaire.Choice> group = new RadioButtonGroup<>(label);
        group.setItems(choices);
        group.setItemLabelGenerator(RespondentQuestionnaire.Choice::label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choices.stream().filter(choice -> choice.code().equals(selectedCode)).findFirst().ifPresent(group::setValue);
        return group;
    }

    private static void remember(Map<String, String> into, String key, RespondentQuestionnaire.Choice choice) {
        if (choice == null) {
            into.remove(key);
        } else {
            into.put(key, choice.code());
        }
    }
}
