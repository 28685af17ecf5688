package org.candour.analytics.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Heatmap;
import org.candour.analytics.ExportTable;
import org.candour.base.ui.StaffLayout;

import java.util.Optional;

/** Theme indices by the groups of one dimension; gaps judged with Benjamini–Hochberg across the heatmap. */
@Route(value = "staff/analytics/heatmap", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class HeatmapView extends AnalyticsPage {

    HeatmapView(AnalyticsService analytics, TransparencyLog transparency) {
        super("heatmap", analytics, transparency, Controls.WAVE_DIMENSION);
        refresh();
    }

    @Override
    Optional<Shown> show(Choice c) {
        Heatmap figures = analytics.heatmap(c.wave().id(), c.node().id(), c.dimension().code());
        ExportTable table = tables.heatmap(figures);
        return Optional.of(new Shown(table, charts.heatmap(figures, table)));
    }
}
