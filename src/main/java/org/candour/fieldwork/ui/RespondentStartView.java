package org.candour.fieldwork.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.base.ui.PublicLayout;
import org.candour.wave.WaveDefaults;

/**
 * The public entry page for respondents: what the survey is and, in plain words, what we promise about
 * anonymity. No sign-in, nothing stored, no external assets.
 */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
class RespondentStartView extends VerticalLayout implements HasDynamicTitle {

    RespondentStartView() {
        setPadding(false);
        H1 title = new H1(getTranslation("respondent.start.title"));
        title.setId("respondent-start-title");

        UnorderedList promises = new UnorderedList(
                new ListItem(getTranslation("respondent.start.promise.no-link")),
                new ListItem(getTranslation("respondent.start.promise.sealed")),
                new ListItem(getTranslation("respondent.start.promise.threshold", WaveDefaults.MIN_CELL_SIZE)),
                new ListItem(getTranslation("respondent.start.promise.not-covered")));
        Div promise = new Div(new H2(getTranslation("respondent.start.promise.heading")), promises);
        promise.addClassName("candour-promise");

        Paragraph noWave = new Paragraph(getTranslation("respondent.start.no-wave"));
        noWave.getElement().setAttribute("role", "status");

        add(title, new Paragraph(getTranslation("respondent.start.intro")), promise, noWave,
                new Anchor("login", getTranslation("respondent.start.staff-link")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("respondent.start.title") + " – " + getTranslation("app.name");
    }
}
