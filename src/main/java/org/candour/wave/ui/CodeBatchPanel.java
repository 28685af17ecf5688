package org.candour.wave.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.candour.base.ui.Downloads;
import org.candour.fieldwork.CodeBatchException;
import org.candour.fieldwork.CodeBatchService;
import org.candour.fieldwork.CodeBatchSummary;
import org.candour.fieldwork.CodeLetterText;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.candour.wave.WaveSummary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Code batches of one wave: for every unit at once (its headcount for the wave plus a margin) or for one
 * unit, each downloadable once; and the list of the wave's batches, where one lost before its download can
 * be voided. Used by the setup wizard and, during fieldwork, by the waves screen.
 */
class CodeBatchPanel extends VerticalLayout {

    /** Default margin for new starters and spoilt letters. */
    static final int DEFAULT_MARGIN_PERCENT = 10;

    private final WaveSummary wave;
    private final CodeBatchService batches;
    final IntegerField margin = new IntegerField();
    final Button createAll = new Button();
    final Div download = new Div();
    final Grid<CodeBatchSummary> list = new Grid<>();

    CodeBatchPanel(WaveSummary wave, CodeBatchService batches, OrgService org) {
        this.wave = wave;
        this.batches = batches;
        setPadding(false);
        margin.setId("codes-margin");
        margin.setLabel(getTranslation("wizard.codes.margin"));
        margin.setHelperText(getTranslation("wizard.codes.margin.help"));
        margin.setValue(DEFAULT_MARGIN_PERCENT);
        margin.setMin(0);
        margin.setMax(100);
        margin.setStepButtonsVisible(true);
        createAll.setId("codes-create-all");
        createAll.setText(getTranslation("wizard.codes.create-all"));
        createAll.addClickListener(click -> createForAllUnits());
        HorizontalLayout all = new HorizontalLayout(margin, createAll);
        all.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(all, oneUnitForm(org), download, new H3(getTranslation("wizard.codes.batches")), list);
        list.addColumn(batch -> batches.unitName(batch.unitId())).setHeader(getTranslation("waves.batch.unit"));
        list.addColumn(CodeBatchSummary::codeCount).setHeader(getTranslation("waves.batch.count"));
        list.addColumn(batch -> getTranslation(batch.exported() ? "users.yes" : "users.no"))
                .setHeader(getTranslation("waves.batch.exported"));
        list.addComponentColumn(this::voidButton);
        list.setAllRowsVisible(true);
        refreshList();
    }

    /** The margin in percent, or the default while the field is empty. */
    int marginPercent() {
        return margin.getValue() == null ? DEFAULT_MARGIN_PERCENT : margin.getValue();
    }

    private void createForAllUnits() {
        margin.setInvalid(false);
        try {
            CodeBatchService.UnitBatches result = batches.createBatchesForAllUnits(wave.id(), marginPercent());
            List<UUID> created = result.created();
            download.removeAll();
            download.add(new Paragraph(getTranslation("waves.batch.all.created", created.size())));
            if (result.alreadyHadCodes() > 0) {
                download.add(new Paragraph(getTranslation("waves.batch.all.left-out", result.alreadyHadCodes())));
            }
            download.add(oneTimeDownload(() -> batches.exportAllOnce(created, letterText()), "codes-all-units.zip",
                    "waves.batch.all.download", "download-all-codes"));
            refreshList();
        } catch (CodeBatchException e) {
            if (e.messageKey().equals("codes.error.margin")) {
                margin.setErrorMessage(getTranslation(e.messageKey()));
                margin.setInvalid(true);
                return;
            }
            // Only an earlier refusal goes: a download link still waiting holds the only copy of its codes.
            download.getChildren().filter(child -> child.getId().filter("codes-all-refused"::equals).isPresent())
                    .toList().forEach(download::remove);
            Paragraph refusal = new Paragraph(getTranslation(e.messageKey()));
            refusal.setId("codes-all-refused");
            download.add(refusal);
        }
    }

    private HorizontalLayout oneUnitForm(OrgService org) {
        ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("waves.batch.unit"));
        unit.setItems(org.listUnits());
        unit.setItemLabelGenerator(OrgUnit::name);
        IntegerField count = new IntegerField(getTranslation("waves.batch.count"));
        count.setMin(1);
        count.setMax(CodeBatchService.MAX_BATCH_SIZE);
        Button create = new Button(getTranslation("waves.batch.create"), click -> {
            count.setInvalid(false);
            if (unit.getValue() == null) {
                unit.setErrorMessage(getTranslation("wizard.codes.choose-unit"));
                unit.setInvalid(true);
                return;
            }
            unit.setInvalid(false);
            try {
                OrgUnit chosen = unit.getValue();
                UUID batch = batches.createBatch(wave.id(), chosen.id(), count.getValue() == null ? 0 : count.getValue());
                download.removeAll();
                download.add(new Paragraph(getTranslation("waves.batch.created")), oneTimeDownload(
                        () -> batches.exportOnce(batch, chosen.name(), letterText()), "codes-" + chosen.code() + ".zip",
                        "waves.batch.download", "download-codes"));
                refreshList();
            } catch (CodeBatchException e) {
                count.setErrorMessage(getTranslation(e.messageKey()));
                count.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(unit, count, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** A batch never downloaded and no longer in memory (a restart) can be voided. */
    private Button voidButton(CodeBatchSummary batch) {
        Button voidBatch = new Button(getTranslation("waves.batch.void"), click -> {
            try {
                batches.voidUnexportedBatch(batch.id());
                refreshList();
            } catch (CodeBatchException e) {
                Notification.show(getTranslation(e.messageKey()));
            }
        });
        voidBatch.setVisible(!batch.exported() && !batches.isExportWaiting(batch.id()));
        return voidBatch;
    }

    void refreshList() {
        list.setItems(batches.batches(wave.id()));
    }

    private CodeLetterText letterText() {
        return new CodeLetterText(getTranslation("letter.title"), getTranslation("letter.introduction"),
                getTranslation("letter.code"), getTranslation("letter.address"),
                List.of(getTranslation("respondent.start.promise.no-link"),
                        getTranslation("respondent.start.promise.sealed"),
                        getTranslation("respondent.start.promise.threshold", wave.minCellSize()),
                        getTranslation("respondent.start.promise.not-stored")));
    }

    /**
     * A link to a ZIP of codes that the server hands out once: a second click (or one after a restart) gets
     * a short text saying so instead.
     */
    private Anchor oneTimeDownload(Supplier<Optional<byte[]>> export, String fileName, String labelKey, String id) {
        Anchor link = Downloads.oneTime(getTranslation(labelKey), fileName, "application/zip", export,
                "codes-already-downloaded.txt", getTranslation("waves.batch.gone"));
        link.setId(id);
        return link;
    }
}
