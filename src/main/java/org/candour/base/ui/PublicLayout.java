package org.candour.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The layout of respondent pages and the sign-in page: no staff navigation, no external assets,
 * readable on a 360 px phone. Content goes into a single {@code <main>} landmark.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public PublicLayout() {
        setSizeFull();
        Anchor skipLink = new Anchor("#main-content", getTranslation("public.skip-to-content"));
        skipLink.addClassName("candour-skip-link");

        Paragraph brand = new Paragraph(getTranslation("app.name"));
        brand.addClassName("candour-brand");
        Header header = new Header(brand);
        header.addClassName("candour-public-header");

        main.setId("main-content");
        main.addClassName("candour-public");
        add(skipLink, header, main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
