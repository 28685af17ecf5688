package org.candour.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.admin.StaffAccountService;

/** Staff sign-in. Respondents never sign in: the page says so and links back to the survey. */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();
    private final StaffAccountService accounts;

    LoginView(StaffAccountService accounts) {
        this.accounts = accounts;
        setPadding(false);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedI18n());

        signedOut.setText(getTranslation("login.signed-out"));
        signedOut.setVisible(false);
        signedOut.getElement().setAttribute("role", "status");

        Paragraph hint = new Paragraph(getTranslation("login.respondent-hint"));
        Anchor survey = new Anchor("", getTranslation("respondent.start.title"));
        add(signedOut, form, hint, survey);
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form text = i18n.getForm();
        text.setTitle(getTranslation("login.form.title"));
        text.setUsername(getTranslation("login.form.username"));
        text.setPassword(getTranslation("login.form.password"));
        text.setSubmit(getTranslation("login.form.submit"));
        text.setForgotPassword(getTranslation("login.form.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.needsFirstAdministrator()) {
            event.forwardTo("setup");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        signedOut.setVisible(parameters.containsKey("logout"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
