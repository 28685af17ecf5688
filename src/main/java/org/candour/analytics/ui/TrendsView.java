package org.candour.analytics.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Trends;
import org.candour.analytics.ExportTable;
import org.candour.base.ui.StaffLayout;

import java.util.Optional;

/** A theme or item across released waves with identical wording, per group, with the minimum detectable change. */
@Route(value = "staff/analytics/trends", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class TrendsView extends AnalyticsPage {

    TrendsView(AnalyticsService analytics, TransparencyLog transparency) {
        super("trends", analytics, transparency, Controls.MEASURE_DIMENSION);
        refresh();
    }

    @Override
    Optional<Shown> show(Choice c) {
        Trends figures = analytics.trends(c.node().id(), c.measure(), c.dimension().code());
        ExportTable table = tables.trends(figures);
        return Optional.of(new Shown(table, charts.trends(figures, table)));
    }
}
