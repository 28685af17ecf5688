package org.candour.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Vaadin's own messages (session expired, internal error) through Candour's translation keys. */
@Component
class SystemMessagesInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            I18NProvider i18n = event.getSource().getInstantiator().getI18NProvider();
            Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(i18n.getTranslation("session.expired.caption", locale));
            messages.setSessionExpiredMessage(i18n.getTranslation("session.expired.message", locale));
            messages.setInternalErrorCaption(i18n.getTranslation("session.internal-error.caption", locale));
            messages.setInternalErrorMessage(i18n.getTranslation("session.internal-error.message", locale));
            return messages;
        });
    }
}
