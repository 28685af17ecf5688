package org.candour.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.candour.StaffBrowserlessTest;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class OrgViewEditBrowserlessTest extends StaffBrowserlessTest {

    @Autowired
    OrgService org;

    private OrgUnit unit(String code) {
        return org.listUnits().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorEditsAUnitInADialogWithMessagesNextToTheFieldsAndAStaleEditIsExplained() {
        signInAs("admin");
        OrgView view = navigate(OrgView.class);
        assertThat(view.structureRule.getText()).contains("Moving a unit and changing a code wait");
        assertThat(view.editButton.isEnabled()).isFalse();

        view.tree.select(unit("OPS-1"));
        assertThat(view.moveButton.isEnabled()).isTrue();
        test(view.editButton).click();
        test($(TextField.class).id("org-unit-name")).setValue("Northgate and Moor BCU");
        test($(TextField.class).id("org-unit-headcount")).setValue("many");
        test($(Button.class).id("org-dialog-run")).click();
        TextField headcount = $(TextField.class).id("org-unit-headcount");
        assertThat(headcount.isInvalid()).isTrue();
        assertThat(headcount.getErrorMessage()).isEqualTo(
                "The headcount \"many\" is not a whole number between 0 and 1,000,000.");
        assertThat(unit("OPS-1").name()).isEqualTo("Northgate BCU");

        test(headcount).setValue("");
        test($(Button.class).id("org-dialog-run")).click();
        assertThat($(TextField.class).exists()).isFalse();
        assertThat(view.tree.getTreeData().getChildren(unit("OPS")))
                .extracting(OrgUnit::name).contains("Northgate and Moor BCU");

        // Someone else renames the unit while this dialog is open: saving is refused and explained.
        OrgUnit shown = unit("OPS-2");
        view.editDialog(shown).open();
        org.editUnit(shown, "Riverside (elsewhere)", "OPS-2", String.valueOf(shown.headcount() == null ? ""
                : shown.headcount()));
        test($(TextField.class).id("org-unit-name")).setValue("Riverside (here)");
        test($(Button.class).id("org-dialog-run")).click();
        Paragraph problem = $(Paragraph.class).id("org-dialog-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Someone else changed this unit");
        assertThat(unit("OPS-2").name()).isEqualTo("Riverside (elsewhere)");
    }
}
