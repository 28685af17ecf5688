package org.candour.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.admin.StaffAccountException;
import org.candour.admin.StaffAccountService;
import org.candour.base.ui.PublicLayout;

/**
 * One-time setup of an empty production installation: creates the first administrator. Once any
 * account exists the page forwards to sign-in, and the service refuses the request as well.
 */
@Route(value = "setup", layout = PublicLayout.class)
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAccountService accounts;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final Button create = new Button();

    SetupView(StaffAccountService accounts) {
        this.accounts = accounts;
        setPadding(false);
        username.setLabel(getTranslation("setup.username"));
        username.setHelperText(getTranslation("setup.username.help"));
        username.setRequired(true);
        displayName.setLabel(getTranslation("setup.display-name"));
        displayName.setRequired(true);
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.password.help", StaffAccountService.MIN_PASSWORD_LENGTH));
        password.setRequired(true);
        passwordRepeat.setLabel(getTranslation("setup.password-repeat"));
        passwordRepeat.setRequired(true);
        create.setText(getTranslation("setup.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> submit());

        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                new FormLayout(username, displayName, password, passwordRepeat), create);
    }

    private void submit() {
        passwordRepeat.setInvalid(false);
        username.setInvalid(false);
        displayName.setInvalid(false);
        password.setInvalid(false);
        if (!password.getValue().equals(passwordRepeat.getValue())) {
            passwordRepeat.setErrorMessage(getTranslation("setup.password-mismatch"));
            passwordRepeat.setInvalid(true);
            return;
        }
        try {
            accounts.createFirstAdministrator(username.getValue(), displayName.getValue(), password.getValue());
            Notification.show(getTranslation("setup.done"));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (StaffAccountException e) {
            showError(e.messageKey());
        }
    }

    /** Puts the message next to the field it concerns. */
    private void showError(String key) {
        String message = getTranslation(key);
        if (key.contains("username")) {
            username.setErrorMessage(message);
            username.setInvalid(true);
        } else if (key.contains("display-name")) {
            displayName.setErrorMessage(message);
            displayName.setInvalid(true);
        } else if (key.contains("password")) {
            password.setErrorMessage(message);
            password.setInvalid(true);
        } else {
            Notification.show(message);
            getUI().ifPresent(ui -> ui.navigate("login"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.needsFirstAdministrator()) {
            event.forwardTo("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " – " + getTranslation("app.name");
    }
}
