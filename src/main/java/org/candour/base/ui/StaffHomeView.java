package org.candour.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.candour.admin.StaffAccountService;
import org.candour.base.security.CurrentStaffUser;
import org.candour.demo.DemoCodes;
import org.candour.demo.ui.DemoCodesCard;
import org.candour.questionnaire.QuestionnaireService;

import java.util.stream.Collectors;

/** The staff home page: who you are, what your roles let you do, and the state of the installation. */
@Route(value = "staff", layout = StaffLayout.class)
@PermitAll
class StaffHomeView extends VerticalLayout implements HasDynamicTitle {

    StaffHomeView(CurrentStaffUser currentUser, StaffAccountService accounts, QuestionnaireService questionnaires,
                  DemoCodes demoCodes) {
        String username = currentUser.username().orElse("");
        String name = accounts.displayNameOf(username).orElse(username);
        H2 welcome = new H2(getTranslation("home.welcome", name));
        welcome.setId("staff-home-welcome");

        String roles = currentUser.roles().stream().sorted()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        add(welcome, new Paragraph(getTranslation("home.roles", roles)));

        UnorderedList tasks = new UnorderedList();
        currentUser.roles().stream().sorted()
                .forEach(role -> tasks.add(new ListItem(getTranslation("home.next." + role))));
        add(new H3(getTranslation("home.next.heading")), tasks);

        Div questionnaireCard = new Div(new H3(getTranslation("home.questionnaire.heading")));
        questionnaireCard.addClassName("candour-card");
        questionnaires.defaultQuestionnaire().ifPresentOrElse(
                questionnaire -> questionnaireCard.add(new Paragraph(getTranslation("home.questionnaire.summary",
                        questionnaire.name(), questionnaire.itemCount(), questionnaire.sections().size()))),
                () -> questionnaireCard.add(new Paragraph(getTranslation("home.questionnaire.missing"))));
        add(questionnaireCard);
        if (currentUser.hasRole("ADMIN")) {
            DemoCodesCard.of(demoCodes).ifPresent(this::add);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
