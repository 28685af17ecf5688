package org.candour.analytics.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Comparison;
import org.candour.analytics.ExportTable;
import org.candour.base.ui.StaffLayout;

import java.util.Optional;

/** A theme or item by the groups of one dimension, with the gap to all other respondents (Holm, Cohen's h). */
@Route(value = "staff/analytics/compare", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class CompareView extends AnalyticsPage {

    CompareView(AnalyticsService analytics, TransparencyLog transparency) {
        super("compare", analytics, transparency, Controls.WAVE_MEASURE_DIMENSION);
        refresh();
    }

    @Override
    Optional<Shown> show(Choice c) {
        Comparison figures = analytics.compare(c.wave().id(), c.node().id(), c.measure(), c.dimension().code());
        ExportTable table = tables.compare(figures);
        return Optional.of(new Shown(table, charts.compare(figures, table)));
    }
}
