package org.candour.questionnaire.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.questionnaire.QuestionnaireOverview;
import org.candour.questionnaire.QuestionnaireService;

/** Read-only view of the default questionnaire, section by section. Editing comes with administration. */
@Route(value = "staff/questionnaire", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class QuestionnaireView extends VerticalLayout implements HasDynamicTitle {

    QuestionnaireView(QuestionnaireService questionnaires) {
        questionnaires.defaultQuestionnaire().ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("home.questionnaire.missing"))));
    }

    private void show(QuestionnaireOverview questionnaire) {
        add(new H2(questionnaire.name()));
        for (QuestionnaireOverview.Section section : questionnaire.sections()) {
            Grid<QuestionnaireOverview.Item> items = new Grid<>();
            items.addColumn(QuestionnaireOverview.Item::code).setHeader(getTranslation("questionnaire.column.code"))
                    .setAutoWidth(true).setFlexGrow(0);
            items.addColumn(item -> item.wording()
                            + ("NEGATIVE".equals(item.polarity()) ? " " + getTranslation("questionnaire.negative") : ""))
                    .setHeader(getTranslation("questionnaire.column.wording")).setFlexGrow(3);
            items.addColumn(item -> String.join(" · ", item.options()))
                    .setHeader(getTranslation("questionnaire.column.options")).setFlexGrow(2);
            items.setItems(section.items());
            items.setAllRowsVisible(true);
            add(new H3(section.title()), items);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questionnaire.title") + " – " + getTranslation("app.name");
    }
}
