package org.candour.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.candour.StaffBrowserlessTest;
import org.candour.admin.TransparencyLog;
import org.candour.base.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Who viewed results" is for administrators and for analysts and custodians of a staff association
 * (analytics.md); force leadership is refused by the page, the navigation and the service alike.
 */
class TransparencyViewBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    TransparencyLog transparency;

    @Test
    void anAssociationAnalystReadsWhoViewedResults() {
        signInAs("analyst.leadership");
        transparency.record("analytics.compare", Map.of("unit", "Transparency test unit"));

        signInAs("analyst.association");
        TransparencyView view = navigate(TransparencyView.class);
        assertThat(view.grid.getGenericDataView().getItems())
                .anySatisfy(entry -> assertThat(entry.username()).isEqualTo("analyst.leadership"));
        assertThat(transparency.latest(5)).isNotEmpty();
    }

    @Test
    void anAssociationCustodianReadsWhoViewedResults() {
        signInAs("custodian.association");
        assertThat(navigate(TransparencyView.class)).isInstanceOf(TransparencyView.class);
        UI.getCurrent().navigate("staff");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("staff/transparency");
    }

    @Test
    void leadershipIsRefusedByThePageTheNavigationAndTheService() {
        signInAs("analyst.leadership");
        navigate("staff/transparency", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        UI.getCurrent().navigate("staff");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .contains("staff/analytics").doesNotContain("staff/transparency");

        assertThatThrownBy(() -> transparency.latest(5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aForceCustodianIsRefused() {
        signInAs("custodian.force");
        navigate("staff/transparency", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThatThrownBy(() -> transparency.latest(5)).isInstanceOf(AccessDeniedException.class);
    }
}
