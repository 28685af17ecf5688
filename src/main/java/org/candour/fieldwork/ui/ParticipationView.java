package org.candour.fieldwork.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.fieldwork.ParticipationService;
import org.candour.fieldwork.UnitParticipation;
import org.candour.wave.WaveDefaults;
import org.candour.wave.WaveService;
import org.candour.wave.WaveSummary;

/** Participation per unit and its subtree: rounded to 5 and "fewer than k" during fieldwork (ParticipationService). */
@Route(value = "staff/participation", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class ParticipationView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UnitParticipation> grid = new Grid<>();
    /** States the chosen wave's k; the default k until a wave is chosen. */
    private final Paragraph intro = new Paragraph(getTranslation("participation.intro", WaveDefaults.MIN_CELL_SIZE));

    ParticipationView(WaveService waves, ParticipationService participation, org.candour.admin.TransparencyLog transparency) {
        ComboBox<WaveSummary> wave = new ComboBox<>(getTranslation("participation.wave"));
        wave.setItems(waves.listWaves().stream().filter(w -> w.status() != org.candour.wave.WaveStatus.DRAFT).toList());
        wave.setItemLabelGenerator(WaveSummary::name);
        grid.addColumn(UnitParticipation::unitName).setHeader(getTranslation("participation.column.unit"));
        grid.addColumn(row -> row.fewerThanK()
                        ? getTranslation("participation.fewer-than-k", row.minCellSize())
                        : String.valueOf(row.roundedCount()))
                .setHeader(getTranslation("participation.column.responses"));
        grid.addColumn(row -> row.headcount() == null ? "" : String.valueOf(row.headcount()))
                .setHeader(getTranslation("participation.column.headcount"));
        grid.addColumn(row -> row.responseRatePercent() == null ? "" : row.responseRatePercent() + "%")
                .setHeader(getTranslation("participation.column.rate"));
        wave.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                grid.setItems(java.util.List.of());
                return;
            }
            grid.setItems(participation.participation(change.getValue().id()));
            intro.setText(getTranslation("participation.intro", change.getValue().minCellSize()));
            transparency.record("participation", java.util.Map.of("wave", change.getValue().name()));
        });
        add(new H2(getTranslation("participation.title")), intro, wave, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participation.title") + " – " + getTranslation("app.name");
    }
}
