package org.candour.questionnaire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.questionnaire.ItemBankException;
import org.candour.questionnaire.ItemBankService;
import org.candour.questionnaire.NewItem;
import org.candour.questionnaire.QuestionnaireOverview;
import org.candour.questionnaire.QuestionnaireService;

import java.util.List;
import java.util.Map;

/**
 * The questionnaire editor: choose a questionnaire, reword items (a new wording version), add a question to
 * a section, reorder sections and the questions within them, and preview it as respondents see it. A
 * questionnaire used by a wave beyond draft can no longer change its structure, and the screen says why.
 */
@Route(value = "staff/questionnaire", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class QuestionnaireView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private final ItemBankService itemBank;
    final ComboBox<Map.Entry<String, String>> chooser = new ComboBox<>();
    final Div editor = new Div();
    QuestionnaireOverview shown;

    // The add-a-question form, package-private for tests.
    final ComboBox<QuestionnaireOverview.Section> section = new ComboBox<>();
    final TextField code = new TextField();
    final ComboBox<String> theme = new ComboBox<>();
    final ComboBox<String> kind = new ComboBox<>();
    final RadioButtonGroup<String> polarity = new RadioButtonGroup<>();
    final TextArea wording = new TextArea();
    final Button add = new Button();

    QuestionnaireView(QuestionnaireService questionnaires, ItemBankService itemBank) {
        this.questionnaires = questionnaires;
        this.itemBank = itemBank;
        List<Map.Entry<String, String>> all = questionnaires.listQuestionnaires();
        chooser.setLabel(getTranslation("waves.create.questionnaire"));
        chooser.setId("questionnaire-chooser");
        chooser.setItems(all);
        chooser.setItemLabelGenerator(Map.Entry::getValue);
        chooser.addValueChangeListener(change -> show(change.getValue() == null ? null : change.getValue().getKey()));
        configureAddForm();
        add(new H2(getTranslation("questionnaire.title")), chooser, editor);
        if (all.isEmpty()) {
            editor.add(new Paragraph(getTranslation("home.questionnaire.missing")));
        } else {
            chooser.setValue(all.getFirst());
        }
    }

    /** Shows a questionnaire afresh (after every change, so that the version and order are current). */
    void show(String questionnaireCode) {
        editor.removeAll();
        shown = questionnaireCode == null ? null : questionnaires.questionnaire(questionnaireCode).orElse(null);
        if (shown == null) {
            return;
        }
        Anchor preview = new Anchor("staff/questionnaire/preview/" + shown.code(), getTranslation("editor.preview"));
        preview.setId("questionnaire-preview");
        editor.add(new H2(shown.name()), preview);
        if (shown.editable()) {
            editor.add(new Paragraph(getTranslation("editor.editable")));
        } else {
            Paragraph locked = new Paragraph(getTranslation("editor.locked"));
            locked.setId("questionnaire-locked");
            editor.add(locked);
        }
        editor.add(rewordForm());
        if (shown.editable()) {
            section.setItems(shown.sections());
            section.setValue(shown.sections().isEmpty() ? null : shown.sections().getLast());
            editor.add(new Details(getTranslation("editor.add.heading"), new VerticalLayout(
                    new Paragraph(getTranslation("editor.add.explain")),
                    new FormLayout(section, code, theme, kind, polarity, wording), add)));
        }
        List<QuestionnaireOverview.Section> sections = shown.sections();
        for (int i = 0; i < sections.size(); i++) {
            editor.add(sectionHeading(sections.get(i), i, sections.size()), items(sections.get(i)));
        }
    }

    private Component sectionHeading(QuestionnaireOverview.Section current, int index, int count) {
        H3 title = new H3(current.title());
        if (!shown.editable()) {
            return title;
        }
        HorizontalLayout row = new HorizontalLayout(title,
                moveButton("editor.move.section-up", current.title(), index > 0,
                        () -> itemBank.moveSection(shown.code(), shown.version(), current.position(), -1)),
                moveButton("editor.move.section-down", current.title(), index < count - 1,
                        () -> itemBank.moveSection(shown.code(), shown.version(), current.position(), 1)));
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Grid<QuestionnaireOverview.Item> items(QuestionnaireOverview.Section current) {
        Grid<QuestionnaireOverview.Item> items = new Grid<>();
        items.addColumn(QuestionnaireOverview.Item::code).setHeader(getTranslation("questionnaire.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addColumn(item -> item.wording()
                        + ("NEGATIVE".equals(item.polarity()) ? " " + getTranslation("questionnaire.negative") : ""))
                .setHeader(getTranslation("questionnaire.column.wording")).setFlexGrow(3);
        items.addColumn(item -> String.join(" · ", item.options()))
                .setHeader(getTranslation("questionnaire.column.options")).setFlexGrow(2);
        if (shown.editable()) {
            List<QuestionnaireOverview.Item> all = current.items();
            items.addComponentColumn(item -> new HorizontalLayout(
                    moveButton("editor.move.item-up", item.code(), all.indexOf(item) > 0,
                            () -> itemBank.moveItem(shown.code(), shown.version(), current.position(), item.code(), -1)),
                    moveButton("editor.move.item-down", item.code(), all.indexOf(item) < all.size() - 1,
                            () -> itemBank.moveItem(shown.code(), shown.version(), current.position(), item.code(), 1))))
                    .setHeader(getTranslation("editor.column.order")).setAutoWidth(true).setFlexGrow(0);
        }
        items.setItems(current.items());
        items.setAllRowsVisible(true);
        return items;
    }

    private Button moveButton(String labelKey, String what, boolean enabled, Runnable move) {
        Button button = new Button(getTranslation(labelKey + ".short"), click -> change(move));
        button.setAriaLabel(getTranslation(labelKey, what));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(enabled);
        return button;
    }

    /** Runs a change; a refusal (in use, or changed elsewhere) is explained and the questionnaire reloaded. */
    private void change(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("editor.saved"));
        } catch (ItemBankException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        show(shown.code());
    }

    private void configureAddForm() {
        section.setLabel(getTranslation("editor.add.section"));
        section.setItemLabelGenerator(QuestionnaireOverview.Section::title);
        code.setLabel(getTranslation("questionnaire.column.code"));
        code.setHelperText(getTranslation("editor.add.code.help"));
        code.setId("item-code");
        theme.setLabel(getTranslation("questionnaire.column.theme"));
        theme.setItems(NewItem.THEMES);
        theme.setItemLabelGenerator(value -> getTranslation("editor.theme." + value));
        kind.setLabel(getTranslation("questionnaire.column.kind"));
        kind.setItems(NewItem.KINDS);
        kind.setItemLabelGenerator(value -> getTranslation("editor.kind." + value));
        kind.setHelperText(getTranslation("editor.add.kind.help"));
        polarity.setLabel(getTranslation("editor.add.polarity"));
        polarity.setItems(NewItem.POLARITIES);
        polarity.setItemLabelGenerator(value -> getTranslation("editor.polarity." + value));
        polarity.setValue("POSITIVE");
        wording.setLabel(getTranslation("questionnaire.column.wording"));
        wording.setMaxLength(1000);
        wording.setWidthFull();
        add.setId("item-add");
        add.setText(getTranslation("editor.add.submit"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addItem());
    }

    private void addItem() {
        List<HasValidation> fields = List.of(section, code, theme, kind, wording);
        fields.forEach(field -> field.setInvalid(false));
        if (section.getValue() == null) {
            section.setErrorMessage(getTranslation("items.error.unknown-section"));
            section.setInvalid(true);
            return;
        }
        try {
            itemBank.addItem(shown.code(), shown.version(), section.getValue().position(),
                    new NewItem(code.getValue(), theme.getValue(), kind.getValue(), polarity.getValue(),
                            wording.getValue()));
            Notification.show(getTranslation("editor.add.done", code.getValue().strip().toUpperCase(java.util.Locale.ROOT)));
            code.clear();
            wording.clear();
            show(shown.code());
        } catch (ItemBankException e) {
            String key = e.messageKey();
            HasValidation field = key.contains("item-code") ? code : key.contains("theme") ? theme
                    : key.contains("kind") ? kind : key.contains("wording") ? wording : section;
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
            if (key.equals("items.error.changed-elsewhere")) {
                show(shown.code());
            }
        }
    }

    /** Rewording creates a new wording version; the form says what that means for trends. */
    private Component rewordForm() {
        ComboBox<QuestionnaireOverview.Item> item = new ComboBox<>(getTranslation("items.reword.item"));
        item.setItems(shown.sections().stream().flatMap(s -> s.items().stream()).toList());
        item.setItemLabelGenerator(i -> i.code() + " (v" + i.wordingVersion() + ")");
        TextArea newWording = new TextArea(getTranslation("items.reword.wording"));
        newWording.setWidthFull();
        newWording.setMaxLength(1000);
        item.addValueChangeListener(change -> newWording.setValue(change.getValue() == null ? "" : change.getValue().wording()));
        Button save = new Button(getTranslation("items.reword.save"), click -> {
            if (item.getValue() == null) {
                return;
            }
            try {
                int version = itemBank.reword(item.getValue().code(), newWording.getValue());
                Notification.show(getTranslation("items.reword.done", version));
            } catch (ItemBankException e) {
                newWording.setErrorMessage(getTranslation(e.messageKey()));
                newWording.setInvalid(true);
            }
        });
        return new Details(getTranslation("items.reword.heading"),
                new VerticalLayout(new Paragraph(getTranslation("items.reword.explain")), item, newWording, save));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questionnaire.title") + " – " + getTranslation("app.name");
    }
}
