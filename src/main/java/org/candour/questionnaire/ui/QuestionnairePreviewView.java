package org.candour.questionnaire.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.PublicLayout;
import org.candour.questionnaire.QuestionnaireService;
import org.candour.questionnaire.RespondentQuestionnaire;
import org.candour.wave.WaveDefaults;

import java.util.HashMap;
import java.util.Map;

/**
 * A questionnaire exactly as respondents see it (same layout, same fields, step by step), for
 * administrators. Read-only: nothing entered is kept, and there is no submit.
 */
@Route(value = "staff/questionnaire/preview/:code", layout = PublicLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class QuestionnairePreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private RespondentQuestionnaire questionnaire;
    int step;
    final Button back = new Button();
    final Button next = new Button();

    QuestionnairePreviewView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        setPadding(false);
        back.setId("survey-back");
        back.setText(getTranslation("survey.back"));
        back.addClickListener(click -> go(step - 1));
        next.setId("survey-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> go(step + 1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        questionnaire = event.getRouteParameters().get("code").flatMap(questionnaires::preview).orElse(null);
        step = 0;
        render();
    }

    /** Steps: the sections, then the profile, then where respondents would review and submit. */
    private int stepCount() {
        return questionnaire.sections().size() + 2;
    }

    private void go(int target) {
        step = Math.max(0, Math.min(target, stepCount() - 1));
        render();
    }

    private void render() {
        removeAll();
        Paragraph banner = new Paragraph(getTranslation("preview.banner"));
        banner.setId("preview-banner");
        banner.getElement().setAttribute("role", "note");
        add(banner, new Anchor("staff/questionnaire", getTranslation("preview.back-to-editor")));
        if (questionnaire == null) {
            add(new Paragraph(getTranslation("preview.missing")));
            return;
        }
        add(RespondentFields.progress(this, step, stepCount()));
        // Answers go into throwaway maps: the fields behave as in the survey, and nothing leaves this page.
        Map<String, String> scratch = new HashMap<>();
        int sections = questionnaire.sections().size();
        if (step < sections) {
            RespondentQuestionnaire.Section section = questionnaire.sections().get(step);
            RespondentFields.heading(section.title(), section.introduction()).forEach(this::add);
            section.questions().forEach(question -> add(readOnly(
                    RespondentFields.question(this, question, scratch, new HashMap<>()))));
        } else if (step == sections) {
            RespondentFields.heading(getTranslation("survey.profile.title"),
                    getTranslation("survey.profile.intro", WaveDefaults.MIN_CELL_SIZE)).forEach(this::add);
            questionnaire.profile().forEach(question -> add(readOnly(
                    RespondentFields.profileQuestion(this, question, scratch))));
        } else {
            RespondentFields.heading(getTranslation("survey.review.title"), getTranslation("preview.end"))
                    .forEach(this::add);
        }
        back.setVisible(step > 0);
        next.setVisible(step < stepCount() - 1);
        next.setText(getTranslation(step + 1 == stepCount() - 1 ? "survey.to-review" : "survey.next"));
        add(new HorizontalLayout(back, next));
    }

    private static com.vaadin.flow.component.Component readOnly(com.vaadin.flow.component.Component field) {
        if (field instanceof HasValue<?, ?> value) {
            value.setReadOnly(true);
        }
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preview.title") + " – " + getTranslation("app.name");
    }
}
