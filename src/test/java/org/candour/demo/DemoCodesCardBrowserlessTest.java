package org.candour.demo;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import org.candour.StaffBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The open demo wave's codes on the staff home page: for administrators only, marked DEMO. */
class DemoCodesCardBrowserlessTest extends StaffBrowserlessTest {

    private static final List<String> CODES = List.of("DEMO1-CODE1", "DEMO2-CODE2");

    @Autowired
    DemoFiles files;

    @AfterEach
    void removeCodes() throws Exception {
        Files.deleteIfExists(files.folder().resolve(DemoFiles.CODES_FILE));
    }

    @Test
    void anAdministratorSeesTheListedDemoCodes() {
        files.writeCodes("Autumn 2026 (demo)", CODES);
        signInAs("admin");
        UI.getCurrent().navigate("staff");

        Div card = $(Div.class).id("demo-codes");
        assertThat(card.getElement().getTextRecursively()).contains("DEMO");
        assertThat($(Code.class, card).all()).extracting(Code::getText).containsExactlyElementsOf(CODES);
    }

    @Test
    void othersAndRealInstallationsSeeNoDemoCodes() {
        signInAs("admin");
        UI.getCurrent().navigate("staff");
        assertThat($(Div.class).withId("demo-codes").exists()).isFalse();

        files.writeCodes("Autumn 2026 (demo)", CODES);
        signInAs("analyst.association");
        UI.getCurrent().navigate("staff");
        assertThat($(Div.class).withId("demo-codes").exists()).isFalse();
    }
}
