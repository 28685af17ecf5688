package org.candour.org.ui;

import com.vaadin.flow.component.html.ListItem;
import org.candour.StaffBrowserlessTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgViewBrowserlessTest extends StaffBrowserlessTest {

    @Test
    void anAdministratorSeesTheTreeAndEveryProblemOfAFileBeforeImporting() {
        signInAs("admin");
        OrgView view = navigate(OrgView.class);
        assertThat(view.tree.getTreeData().getRootItems()).hasSize(1);

        view.check("code,name,parent_code,headcount\nX-1,Unit,NOWHERE,5\n");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Line 2: The parent \"NOWHERE\" is neither in the file nor already known.");
        assertThat(view.importButton.isEnabled()).isFalse();

        view.check("code,name,parent_code,headcount\nX-2,Unit two,NMP,5\n");
        assertThat(view.importButton.isEnabled()).isTrue();
    }
}
