package org.candour.fieldwork.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.base.ui.PublicLayout;
import org.candour.fieldwork.CodeEntry;
import org.candour.fieldwork.FieldworkService;
import org.candour.wave.WaveDefaults;
import org.candour.wave.WaveService;

/**
 * The public entry page for respondents: what the survey is, the anonymity promise in plain words, and
 * the code entry. No sign-in; the code is never put in a URL.
 */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
class RespondentStartView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button start = new Button();
    private final FieldworkService fieldwork;

    RespondentStartView(FieldworkService fieldwork, WaveService waves) {
        this.fieldwork = fieldwork;
        java.util.Optional<Integer> openWaveK = waves.openWaveMinCellSize();
        int k = openWaveK.orElse(WaveDefaults.MIN_CELL_SIZE);
        setPadding(false);
        H1 title = new H1(getTranslation("respondent.start.title"));
        title.setId("respondent-start-title");

        UnorderedList promises = new UnorderedList(
                new ListItem(getTranslation("respondent.start.promise.no-link")),
                new ListItem(getTranslation("respondent.start.promise.sealed")),
                new ListItem(getTranslation("respondent.start.promise.threshold", k)),
                new ListItem(getTranslation("respondent.start.promise.not-stored")),
                new ListItem(getTranslation("respondent.start.promise.browser")),
                new ListItem(getTranslation("respondent.start.promise.not-covered")));
        Div promise = new Div(new H2(getTranslation("respondent.start.promise.heading")), promises);
        promise.addClassName("candour-promise");

        code.setId("access-code");
        code.setLabel(getTranslation("respondent.code.label"));
        code.setHelperText(getTranslation("respondent.code.help"));
        code.setWidthFull();
        code.setMaxLength(40);
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        start.setId("start-survey");
        start.setText(getTranslation("respondent.code.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> enter());
        start.addClickShortcut(Key.ENTER);

        add(title, new Paragraph(getTranslation("respondent.start.intro")), promise);
        if (openWaveK.isEmpty()) {
            Paragraph noWave = new Paragraph(getTranslation("respondent.start.no-wave"));
            noWave.setId("no-open-survey");
            noWave.getElement().setAttribute("role", "status");
            add(noWave);
        }
        add(code, start, new Anchor("login", getTranslation("respondent.start.staff-link")));
    }

    private void enter() {
        CodeEntry entry = fieldwork.enterCode(code.getValue(), ClientKey.sessionOfCurrentRequest(),
                ClientKey.addressOfCurrentRequest());
        if (entry.status() == CodeEntry.Status.ACCEPTED) {
            code.clear();
            SurveyInProgress.start(entry);
            getUI().ifPresent(ui -> ui.navigate(SurveyView.class));
            return;
        }
        code.setErrorMessage(getTranslation("respondent.code.error." + entry.status()));
        code.setInvalid(true);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("respondent.start.title") + " – " + getTranslation("app.name");
    }
}
