package org.candour.wave.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.StaffAccountService;
import org.candour.admin.StaffUser;
import org.candour.base.ui.Downloads;
import org.candour.base.ui.StaffLayout;
import org.candour.fieldwork.CodeBatchException;
import org.candour.fieldwork.CodeBatchService;
import org.candour.fieldwork.CodeBatchSummary;
import org.candour.fieldwork.CodeLetterText;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;
import org.candour.questionnaire.QuestionnaireService;
import org.candour.wave.WaveDefaults;
import org.candour.wave.WaveException;
import org.candour.wave.WaveService;
import org.candour.wave.WaveStatus;
import org.candour.wave.WaveSummary;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A plain administration screen for running a wave: create, choose custodians, open, issue code batches,
 * close. (The full step-by-step setup comes with the administration issue.)
 */
@Route(value = "staff/waves", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class WavesView extends VerticalLayout implements HasDynamicTitle {

    private final WaveService waves;
    private final CodeBatchService batches;
    private final OrgService org;
    private final StaffAccountService accounts;
    final Grid<WaveSummary> grid = new Grid<>();
    private final Div details = new Div();

    private final QuestionnaireService questionnaires;

    WavesView(WaveService waves, CodeBatchService batches, OrgService org, StaffAccountService accounts,
              QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        this.waves = waves;
        this.batches = batches;
        this.org = org;
        this.accounts = accounts;
        grid.addColumn(WaveSummary::name).setHeader(getTranslation("waves.column.name"));
        grid.addColumn(wave -> getTranslation("waves.status." + wave.status())).setHeader(getTranslation("waves.column.status"));
        grid.addColumn(WaveSummary::minCellSize).setHeader(getTranslation("waves.column.k"));
        grid.addColumn(WaveSummary::closesOn).setHeader(getTranslation("waves.column.closes"));
        grid.addColumn(wave -> String.join(", ", wave.custodians())).setHeader(getTranslation("waves.column.custodians"));
        grid.addColumn(WaveSummary::sharesOutstanding).setHeader(getTranslation("waves.column.shares"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> showDetails(change.getValue()));
        add(new H2(getTranslation("waves.title")), grid, createForm(), details);
        refresh();
    }

    private FormLayout createForm() {
        TextField name = new TextField(getTranslation("waves.create.name"));
        name.setId("wave-name");
        IntegerField k = new IntegerField(getTranslation("waves.create.k"));
        k.setValue(WaveDefaults.MIN_CELL_SIZE);
        k.setMin(WaveDefaults.LOWEST_ALLOWED_MIN_CELL_SIZE);
        k.setStepButtonsVisible(true);
        DatePicker opens = new DatePicker(getTranslation("waves.create.opens"));
        DatePicker closes = new DatePicker(getTranslation("waves.create.closes"));
        ComboBox<java.util.Map.Entry<String, String>> questionnaire = new ComboBox<>(getTranslation("waves.create.questionnaire"));
        List<java.util.Map.Entry<String, String>> all = questionnaires.listQuestionnaires();
        questionnaire.setItems(all);
        questionnaire.setItemLabelGenerator(java.util.Map.Entry::getValue);
        if (!all.isEmpty()) {
            questionnaire.setValue(all.getFirst());
        }
        Button create = new Button(getTranslation("waves.create.submit"), click -> {
            try {
                waves.createWave(name.getValue(), k.getValue() == null ? 0 : k.getValue(), opens.getValue(),
                        closes.getValue(), questionnaire.getValue() == null ? null : questionnaire.getValue().getKey());
                name.clear();
                refresh();
            } catch (WaveException e) {
                name.setErrorMessage(getTranslation(e.messageKey()));
                name.setInvalid(e.messageKey().contains("name"));
                k.setErrorMessage(getTranslation(e.messageKey()));
                k.setInvalid(e.messageKey().contains("k-too-small"));
            }
        });
        create.setId("wave-create");
        FormLayout form = new FormLayout(new H3(getTranslation("waves.create.heading")), name, k, questionnaire,
                opens, closes, create);
        form.setColspan(form.getComponentAt(0), 3);
        return form;
    }

    private void refresh() {
        grid.setItems(waves.listWaves());
    }

    private void showDetails(WaveSummary wave) {
        details.removeAll();
        if (wave == null) {
            return;
        }
        details.add(new H3(getTranslation("waves.selected.heading", wave.name())));
        if (wave.status() == WaveStatus.DRAFT) {
            details.add(new Paragraph(wave.settingsApprovedBy() == null ? getTranslation("waves.approval.pending")
                    : getTranslation("waves.approval.done", wave.settingsApprovedBy())));
            details.add(custodianForm(wave));
            Button open = new Button(getTranslation("waves.open"), click -> act(() -> waves.openWave(wave.id()),
                    "waves.open.done"));
            open.setId("wave-open");
            details.add(open);
        } else {
            details.add(new Paragraph(getTranslation("waves.locked")));
        }
        if (wave.status() == WaveStatus.OPEN && wave.sharesOutstanding() > 0) {
            details.add(new Paragraph(getTranslation("waves.rekey.explain")));
            details.add(new Button(getTranslation("waves.rekey"), click -> act(() -> waves.rekeyWave(wave.id()),
                    "waves.rekey.done")));
        }
        if (wave.status() == WaveStatus.OPEN) {
            Button close = new Button(getTranslation("waves.close"), click -> act(() -> waves.closeWave(wave.id()),
                    "waves.close.done"));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            details.add(close);
        }
        if (wave.status() == WaveStatus.DRAFT || wave.status() == WaveStatus.OPEN) {
            details.add(batchForm(wave));
        }
    }

    private FormLayout custodianForm(WaveSummary wave) {
        MultiSelectComboBox<String> custodians = new MultiSelectComboBox<>(getTranslation("waves.custodians.label"));
        custodians.setId("wave-custodians");
        custodians.setItems(accounts.listCustodians().stream().map(StaffUser::username).toList());
        custodians.setValue(new HashSet<>(wave.custodians()));
        IntegerField threshold = new IntegerField(getTranslation("waves.custodians.threshold"));
        threshold.setValue(wave.keyThreshold() == null ? 2 : wave.keyThreshold());
        threshold.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("waves.custodians.save"), click -> {
            try {
                waves.setCustodians(wave.id(), List.copyOf(custodians.getValue()),
                        threshold.getValue() == null ? 0 : threshold.getValue());
                Notification.show(getTranslation("waves.saved"));
                refresh();
            } catch (WaveException e) {
                custodians.setErrorMessage(getTranslation(e.messageKey()));
                custodians.setInvalid(true);
            }
        });
        save.setId("wave-custodians-save");
        MultiSelectComboBox<String> crossTables = new MultiSelectComboBox<>(getTranslation("waves.cross-tables"));
        crossTables.setItems(WaveService.CROSSABLE_DIMENSIONS);
        crossTables.setValue(new HashSet<>(waves.crossTables(wave.id())));
        crossTables.setHelperText(getTranslation("waves.cross-tables.help"));
        Button saveCross = new Button(getTranslation("waves.cross-tables.save"), click -> {
            try {
                waves.setCrossTables(wave.id(), List.copyOf(crossTables.getValue()));
                Notification.show(getTranslation("waves.saved"));
                refresh();
            } catch (WaveException e) {
                crossTables.setErrorMessage(getTranslation(e.messageKey()));
                crossTables.setInvalid(true);
            }
        });
        return new FormLayout(custodians, threshold, save, crossTables, saveCross);
    }

    private VerticalLayout batchForm(WaveSummary wave) {
        ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("waves.batch.unit"));
        unit.setItems(org.listUnits());
        unit.setItemLabelGenerator(OrgUnit::name);
        IntegerField count = new IntegerField(getTranslation("waves.batch.count"));
        count.setMin(1);
        count.setMax(CodeBatchService.MAX_BATCH_SIZE);
        Div download = new Div();
        Button create = new Button(getTranslation("waves.batch.create"), click -> {
            try {
                UUID unitId = unit.getValue() == null ? null : unit.getValue().id();
                UUID batch = batches.createBatch(wave.id(), unitId, count.getValue() == null ? 0 : count.getValue());
                download.removeAll();
                download.add(new Paragraph(getTranslation("waves.batch.created")), downloadLink(batch, unit.getValue(), wave.minCellSize()));
            } catch (CodeBatchException e) {
                count.setErrorMessage(getTranslation(e.messageKey()));
                count.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(unit, count, create);
        row.setAlignItems(Alignment.BASELINE);
        Button all = new Button(getTranslation("waves.batch.all", MARGIN_PERCENT), click -> {
            try {
                List<UUID> created = batches.createBatchesForAllUnits(wave.id(), MARGIN_PERCENT);
                download.removeAll();
                download.add(new Paragraph(getTranslation("waves.batch.all.created", created.size())),
                        downloadAllLink(created, wave.minCellSize()));
            } catch (CodeBatchException e) {
                Notification.show(getTranslation(e.messageKey()));
            }
        });
        return new VerticalLayout(new H3(getTranslation("waves.batch.heading")), row, all, download, batchList(wave));
    }

    /** The wave's batches; one never downloaded and no longer in memory (a restart) can be voided. */
    private Grid<CodeBatchSummary> batchList(WaveSummary wave) {
        Grid<CodeBatchSummary> list = new Grid<>();
        list.addColumn(batch -> batches.unitName(batch.unitId())).setHeader(getTranslation("waves.batch.unit"));
        list.addColumn(CodeBatchSummary::codeCount).setHeader(getTranslation("waves.batch.count"));
        list.addColumn(batch -> getTranslation(batch.exported() ? "users.yes" : "users.no"))
                .setHeader(getTranslation("waves.batch.exported"));
        list.addComponentColumn(batch -> {
            Button voidBatch = new Button(getTranslation("waves.batch.void"), click -> {
                try {
                    batches.voidUnexportedBatch(batch.id());
                    list.setItems(batches.batches(wave.id()));
                } catch (CodeBatchException e) {
                    Notification.show(getTranslation(e.messageKey()));
                }
            });
            voidBatch.setVisible(!batch.exported() && !batches.isExportWaiting(batch.id()));
            return voidBatch;
        });
        list.setItems(batches.batches(wave.id()));
        list.setAllRowsVisible(true);
        return list;
    }

    /** Codes for every unit: headcount plus this margin for new starters and spoilt letters. */
    private static final int MARGIN_PERCENT = 10;

    private Anchor downloadAllLink(List<UUID> batchIds, int minCellSize) {
        CodeLetterText text = letterText(minCellSize);
        return oneTimeDownload(() -> batches.exportAllOnce(batchIds, text), "codes-all-units.zip",
                "waves.batch.all.download", "download-all-codes");
    }

    private CodeLetterText letterText(int minCellSize) {
        return new CodeLetterText(getTranslation("letter.title"), getTranslation("letter.introduction"),
                getTranslation("letter.code"), getTranslation("letter.address"),
                List.of(getTranslation("respondent.start.promise.no-link"),
                        getTranslation("respondent.start.promise.sealed"),
                        getTranslation("respondent.start.promise.threshold", minCellSize),
                        getTranslation("respondent.start.promise.not-stored")));
    }

    private Anchor downloadLink(UUID batchId, OrgUnit unit, int minCellSize) {
        CodeLetterText text = letterText(minCellSize);
        return oneTimeDownload(() -> batches.exportOnce(batchId, unit.name(), text), "codes-" + unit.code() + ".zip",
                "waves.batch.download", "download-codes");
    }

    /**
     * A link to a ZIP of codes that the server hands out once: a second click (or one after a restart) gets
     * a short text saying so instead.
     */
    private Anchor oneTimeDownload(java.util.function.Supplier<java.util.Optional<byte[]>> export, String fileName,
                                   String labelKey, String id) {
        Anchor link = Downloads.oneTime(getTranslation(labelKey), fileName, "application/zip", export,
                "codes-already-downloaded.txt", getTranslation("waves.batch.gone"));
        link.setId(id);
        return link;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey));
        } catch (WaveException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        refresh();
        details.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waves.title") + " – " + getTranslation("app.name");
    }
}
