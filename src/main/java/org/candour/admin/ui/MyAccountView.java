package org.candour.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.candour.admin.StaffAccountException;
import org.candour.admin.StaffAccountService;
import org.candour.base.ui.StaffLayout;

/** Where any staff member changes their own password. */
@Route(value = "staff/account", layout = StaffLayout.class)
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button change = new Button();

    MyAccountView(StaffAccountService accounts) {
        current.setLabel(getTranslation("account.current-password"));
        next.setLabel(getTranslation("account.new-password"));
        next.setHelperText(getTranslation("setup.password.help", StaffAccountService.MIN_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("setup.password-repeat"));
        change.setText(getTranslation("account.change-password"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("setup.password-mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notification.show(getTranslation("account.password-changed"));
            } catch (StaffAccountException e) {
                PasswordField field = e.messageKey().contains("wrong-password") ? current : next;
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            }
        });
        add(new H2(getTranslation("account.title")), new FormLayout(current, next, repeat), change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – " + getTranslation("app.name");
    }
}
