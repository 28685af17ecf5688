package org.candour.analytics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.ExportTable;
import org.candour.analytics.Overview;
import org.candour.base.ui.Downloads;
import org.candour.base.ui.StaffLayout;

import java.util.Map;
import java.util.Optional;

/**
 * Theme index cards for a released wave, change since the previous wave, response rate, largest changes. No chart:
 * the cards already show each theme's index as a figure with its state, and a bar per theme would repeat them.
 */
@Route(value = "staff/analytics", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class OverviewView extends AnalyticsPage {

    final Div cards = new Div();
    final ReportMaker report;

    OverviewView(AnalyticsService analytics, TransparencyLog transparency) {
        super("overview", analytics, transparency, Controls.WAVE);
        this.report = new ReportMaker(analytics, tables);
        cards.setId("theme-cards");
        cards.addClassName("candour-cards");
        addBelowControls(cards);
        Anchor pdf = Downloads.each(getTranslation("analytics.export.pdf"), "candour-report.pdf", "application/pdf",
                this::pdfReport);
        pdf.setId("export-pdf");
        add(pdf);
        refresh();
    }

    @Override
    Optional<Shown> show(Choice choice) {
        Overview overview = analytics.overview(choice.wave().id(), choice.node().id());
        cards.removeAll();
        Wording w = tables.wording();
        for (Overview.ThemeCard card : overview.themes()) {
            Div themeCard = new Div(new H3(w.theme(card.theme())),
                    new Paragraph(w.t("analytics.overview.card.index", w.figure(card.index(), b -> Wording.score(b.score())))));
            String significance = w.significance(card.change());
            if (!significance.isEmpty()) {
                themeCard.add(new Paragraph(significance));
            }
            themeCard.addClassName("candour-card");
            cards.add(themeCard);
        }
        return Shown.tableOnly(tables.overview(overview));
    }

    /** The PDF report of the chosen unit (every view); recorded like any export. */
    byte[] pdfReport() {
        if (wave.getValue() == null || node.getValue() == null) {
            return new byte[0];
        }
        Map<String, String> parameters = parameters();
        parameters.put("view", "report");
        parameters.put("format", "pdf");
        transparency.record("analytics.export", parameters);
        return report.pdf(wave.getValue(), node.getValue());
    }
}
