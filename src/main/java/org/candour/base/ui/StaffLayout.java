package org.candour.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import org.candour.base.security.CurrentStaffUser;

/** The staff shell: a header with who is signed in, and navigation showing only what the roles allow. */
@PermitAll
public class StaffLayout extends AppLayout {

    public StaffLayout(CurrentStaffUser currentUser) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));

        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Span who = new Span(getTranslation("staff.signed-in-as", currentUser.username().orElse("")));
        Button signOut = new Button(getTranslation("nav.sign-out"), click -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout header = new HorizontalLayout(toggle, title, who, signOut);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.main"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "staff"));
        if (currentUser.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.org"), "staff/org"));
            nav.addItem(new SideNavItem(getTranslation("nav.waves"), "staff/waves"));
        }
        if (currentUser.hasRole("ADMIN") || currentUser.hasRole("ANALYST")) {
            nav.addItem(new SideNavItem(getTranslation("nav.participation"), "staff/participation"));
        }
        if (currentUser.hasRole("ADMIN") || currentUser.hasRole("ANALYST")) {
            // Flat items: a nested side-nav item's toggle refers into its shadow root, which axe reports.
            nav.addItem(new SideNavItem(getTranslation("nav.analytics"), "staff/analytics"));
            for (String view : new String[] {"compare", "trends", "heatmap", "experiences", "comments"}) {
                nav.addItem(new SideNavItem(getTranslation("nav.analytics." + view), "staff/analytics/" + view));
            }
        }
        if (currentUser.hasRole("CUSTODIAN") || currentUser.hasRole("ANALYST")) {
            nav.addItem(new SideNavItem(getTranslation("nav.approvals"), "staff/approvals"));
        }
        if (currentUser.hasRole("CUSTODIAN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.key-shares"), "staff/key-shares"));
            nav.addItem(new SideNavItem(getTranslation("nav.release"), "staff/release"));
        }
        if (currentUser.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.questionnaire"), "staff/questionnaire"));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "staff/users"));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.audit"), "staff/audit"));
        // TransparencyLog.READERS: administrators, and analysts and custodians acting for a staff association.
        if (currentUser.hasRole("ADMIN") || (currentUser.hasRole("ANALYST") || currentUser.hasRole("CUSTODIAN"))
                && currentUser.hasAuthority("AFFILIATION_ASSOCIATION")) {
            nav.addItem(new SideNavItem(getTranslation("nav.transparency"), "staff/transparency"));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.account"), "staff/account"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
