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
import org.candour.questionnaire.ItemBankException;
import org.candour.questionnaire.ItemBankService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/** Read-only view of the default questionnaire, section by section. Editing comes with administration. */
@Route(value = "staff/questionnaire", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class QuestionnaireView extends VerticalLayout implements HasDynamicTitle {

    private final ItemBankService itemBank;

    QuestionnaireView(QuestionnaireService questionnaires, ItemBankService itemBank) {
        this.itemBank = itemBank;
        questionnaires.defaultQuestionnaire().ifPresentOrElse(questionnaire -> {
            add(rewordForm(questionnaire));
            show(questionnaire);
        }, () -> add(new Paragraph(getTranslation("home.questionnaire.missing"))));
    }

    /** Rewording creates a new wording version; the form says what that means for trends. */
    private com.vaadin.flow.component.Component rewordForm(QuestionnaireOverview questionnaire) {
        ComboBox<QuestionnaireOverview.Item> item = new ComboBox<>(getTranslation("items.reword.item"));
        item.setItems(questionnaire.sections().stream().flatMap(s -> s.items().stream()).toList());
        item.setItemLabelGenerator(i -> i.code() + " (v" + i.wordingVersion() + ")");
        TextArea wording = new TextArea(getTranslation("items.reword.wording"));
        wording.setWidthFull();
        wording.setMaxLength(1000);
        item.addValueChangeListener(change -> wording.setValue(change.getValue() == null ? "" : change.getValue().wording()));
        Button save = new Button(getTranslation("items.reword.save"), click -> {
            if (item.getValue() == null) {
                return;
            }
            try {
                int version = itemBank.reword(item.getValue().code(), wording.getValue());
                Notification.show(getTranslation("items.reword.done", version));
            } catch (ItemBankException e) {
                wording.setErrorMessage(getTranslation(e.messageKey()));
                wording.setInvalid(true);
            }
        });
        return new Details(getTranslation("items.reword.heading"),
                new VerticalLayout(new Paragraph(getTranslation("items.reword.explain")), item, wording, save));
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
