package org.candour.analytics.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Experiences;
import org.candour.analytics.ExportTable;
import org.candour.base.ui.StaffLayout;

import java.util.Optional;

/** Experiences of racism and discrimination (experienced, witnessed, reported, confident of action) by group. */
@Route(value = "staff/analytics/experiences", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class ExperiencesView extends AnalyticsPage {

    ExperiencesView(AnalyticsService analytics, TransparencyLog transparency) {
        super("experiences", analytics, transparency, Controls.WAVE_DIMENSION);
        refresh();
    }

    @Override
    Optional<Shown> show(Choice c) {
        Experiences figures = analytics.experiences(c.wave().id(), c.node().id(), c.dimension().code());
        ExportTable table = tables.experiences(figures);
        return Optional.of(new Shown(table, charts.experiences(figures, table)));
    }
}
