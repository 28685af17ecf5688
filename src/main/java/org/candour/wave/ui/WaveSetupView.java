package org.candour.wave.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.StaffAccountService;
import org.candour.admin.StaffUser;
import org.candour.base.ui.StaffLayout;
import org.candour.fieldwork.CodeBatchService;
import org.candour.org.OrgService;
import org.candour.questionnaire.QuestionnaireService;
import org.candour.wave.UnitHeadcount;
import org.candour.wave.WaveDefaults;
import org.candour.wave.WaveException;
import org.candour.wave.WaveService;
import org.candour.wave.WaveSummary;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Setting up a wave step by step: questionnaire and dates, k, catalogue breakdowns, custodians and
 * threshold, headcounts and code batches, then a review of everything (with the association's sign-off)
 * from which the wave is opened. Each step saves when the administrator moves on; a change someone else
 * made meanwhile is explained, never overwritten. Once the wave is open only the review is shown, read-only,
 * with the reason.
 */
@Route(value = "staff/waves/setup/:waveId?", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class WaveSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Step { BASICS, K, BREAKDOWNS, CUSTODIANS, CODES, REVIEW }

    private static final String ROUTE = "staff/waves/setup";

    private final WaveService waves;
    private final CodeBatchService batches;
    private final OrgService org;
    private final StaffAccountService accounts;
    private final QuestionnaireService questionnaires;

    WaveSummary wave;
    Step step = Step.BASICS;
    final Div content = new Div();
    final Button back = new Button();
    final Button next = new Button();
    /** Saves the current step; true when the wizard may move on. */
    private java.util.function.BooleanSupplier save = () -> true;

    // The fields of the steps, package-private for tests.
    final TextField name = new TextField();
    final ComboBox<Map.Entry<String, String>> questionnaire = new ComboBox<>();
    final DatePicker opensOn = new DatePicker();
    final DatePicker closesOn = new DatePicker();
    final IntegerField k = new IntegerField();
    final CheckboxGroup<String> breakdowns = new CheckboxGroup<>();
    final MultiSelectComboBox<String> custodians = new MultiSelectComboBox<>();
    final IntegerField threshold = new IntegerField();
    final Grid<UnitHeadcount> headcounts = new Grid<>();
    CodeBatchPanel codes;
    final Button open = new Button();

    WaveSetupView(WaveService waves, CodeBatchService batches, OrgService org, StaffAccountService accounts,
                  QuestionnaireService questionnaires) {
        this.waves = waves;
        this.batches = batches;
        this.org = org;
        this.accounts = accounts;
        this.questionnaires = questionnaires;
        back.setId("wizard-back");
        back.setText(getTranslation("wizard.back"));
        back.addClickListener(click -> go(Step.values()[step.ordinal() - 1]));
        next.setId("wizard-next");
        next.setText(getTranslation("wizard.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> {
            if (save.getAsBoolean()) {
                go(Step.values()[step.ordinal() + 1]);
            }
        });
        open.setId("wave-open");
        open.setText(getTranslation("waves.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> openWave());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("waveId").flatMap(WaveSetupView::parseId);
        wave = id.flatMap(waves::wave).orElse(null);
        if (id.isPresent() && wave == null) {
            event.forwardTo(WavesView.class);
            return;
        }
        // A new wave starts at the first step; an existing one at the step asked for, else the review.
        step = wave == null ? Step.BASICS : event.getLocation().getQueryParameters().getSingleParameter("step")
                .flatMap(WaveSetupView::parseStep).orElse(Step.REVIEW);
        if (wave != null && !wave.isDraft()) {
            step = Step.REVIEW;
        }
        render();
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Step> parseStep(String text) {
        try {
            return Optional.of(Step.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void go(Step target) {
        UI.getCurrent().navigate(ROUTE + "/" + wave.id(), QueryParameters.of("step", target.name()));
    }

    private void render() {
        removeAll();
        content.removeAll();
        save = () -> true;
        add(new H2(wave == null ? getTranslation("wizard.title.new") : getTranslation("wizard.title", wave.name())));
        if (wave != null && !wave.isDraft()) {
            Paragraph locked = new Paragraph(getTranslation("wizard.locked"));
            locked.setId("wizard-locked");
            locked.getElement().setAttribute("role", "status");
            add(locked);
        } else {
            add(stepList());
        }
        H3 heading = new H3(getTranslation("wizard.step.heading", step.ordinal() + 1, Step.values().length,
                getTranslation("wizard.step." + step)));
        heading.setId("wizard-step-title");
        add(heading, content);
        switch (step) {
            case BASICS -> basics();
            case K -> minCellSize();
            case BREAKDOWNS -> breakdowns();
            case CUSTODIANS -> custodians();
            case CODES -> codes();
            case REVIEW -> review();
        }
        back.setVisible(step != Step.BASICS && wave != null && wave.isDraft());
        next.setVisible(step != Step.REVIEW);
        add(new HorizontalLayout(back, next));
    }

    /** The steps, each a link once the wave exists; the current one marked for assistive technology. */
    private OrderedList stepList() {
        OrderedList list = new OrderedList();
        list.addClassName("candour-wizard-steps");
        for (Step each : Step.values()) {
            String label = getTranslation("wizard.step." + each);
            Component entry;
            if (wave == null || each == step) {
                entry = new com.vaadin.flow.component.html.Span(label);
            } else {
                Button link = new Button(label, click -> go(each));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                entry = link;
            }
            ListItem item = new ListItem(entry);
            if (each == step) {
                item.getElement().setAttribute("aria-current", "step");
                item.getStyle().set("font-weight", "bold");
            }
            list.add(item);
        }
        return list;
    }

    private void basics() {
        name.setLabel(getTranslation("waves.create.name"));
        name.setId("wave-name");
        name.setRequired(true);
        name.setMaxLength(200);
        questionnaire.setLabel(getTranslation("waves.create.questionnaire"));
        questionnaire.setId("wave-questionnaire");
        questionnaire.setHelperText(getTranslation("wizard.questionnaire.help"));
        List<Map.Entry<String, String>> all = questionnaires.listQuestionnaires();
        questionnaire.setItems(all);
        questionnaire.setItemLabelGenerator(Map.Entry::getValue);
        opensOn.setLabel(getTranslation("waves.create.opens"));
        closesOn.setLabel(getTranslation("waves.create.closes"));
        if (wave == null) {
            all.stream().findFirst().ifPresent(questionnaire::setValue);
        } else {
            name.setValue(wave.name());
            all.stream().filter(entry -> entry.getKey().equals(wave.questionnaireCode())).findFirst()
                    .ifPresent(questionnaire::setValue);
            opensOn.setValue(wave.opensOn());
            closesOn.setValue(wave.closesOn());
        }
        content.add(new FormLayout(name, questionnaire, opensOn, closesOn));
        save = () -> attempt(() -> {
            String code = questionnaire.getValue() == null ? null : questionnaire.getValue().getKey();
            if (wave == null) {
                UUID id = waves.createWave(name.getValue(), WaveDefaults.MIN_CELL_SIZE, opensOn.getValue(),
                        closesOn.getValue(), code);
                wave = waves.wave(id).orElseThrow();
            } else {
                waves.updateBasics(wave.id(), wave.version(), name.getValue(), code, opensOn.getValue(),
                        closesOn.getValue());
            }
        }, key -> key.contains("dates") ? closesOn : key.contains("questionnaire") ? questionnaire : name,
                name, questionnaire, closesOn);
    }

    private void minCellSize() {
        k.setLabel(getTranslation("waves.create.k"));
        k.setId("wave-k");
        k.setMin(WaveDefaults.LOWEST_ALLOWED_MIN_CELL_SIZE);
        k.setStepButtonsVisible(true);
        k.setHelperText(getTranslation("wizard.k.help", WaveDefaults.LOWEST_ALLOWED_MIN_CELL_SIZE,
                WaveDefaults.MIN_CELL_SIZE));
        k.setValue(wave.minCellSize());
        content.add(k);
        save = () -> attempt(() -> waves.setMinCellSize(wave.id(), wave.version(), k.getValue() == null ? 0 : k.getValue()),
                key -> k, k);
    }

    private void breakdowns() {
        breakdowns.setLabel(getTranslation("waves.cross-tables"));
        breakdowns.setId("wave-breakdowns");
        breakdowns.setHelperText(getTranslation("waves.cross-tables.help"));
        breakdowns.setItems(WaveService.CROSSABLE_DIMENSIONS);
        breakdowns.setItemLabelGenerator(dimension -> getTranslation("wizard.dimension." + dimension));
        breakdowns.setValue(new HashSet<>(waves.crossTables(wave.id())));
        content.add(breakdowns);
        save = () -> attempt(() -> waves.setCrossTables(wave.id(), wave.version(), WaveService.CROSSABLE_DIMENSIONS
                .stream().filter(breakdowns.getValue()::contains).toList()), key -> breakdowns, breakdowns);
    }

    private void custodians() {
        custodians.setLabel(getTranslation("waves.custodians.label"));
        custodians.setId("wave-custodians");
        custodians.setItems(accounts.listCustodians().stream().map(StaffUser::username).toList());
        custodians.setValue(new HashSet<>(wave.custodians()));
        custodians.setHelperText(getTranslation("wizard.custodians.help"));
        threshold.setLabel(getTranslation("waves.custodians.threshold"));
        threshold.setId("wave-threshold");
        threshold.setValue(wave.keyThreshold() == null ? 2 : wave.keyThreshold());
        threshold.setStepButtonsVisible(true);
        content.add(new FormLayout(custodians, threshold));
        save = () -> attempt(() -> waves.setCustodians(wave.id(), wave.version(), custodians.getValue().stream()
                        .sorted().toList(), threshold.getValue() == null ? 0 : threshold.getValue()),
                key -> key.contains("threshold") ? threshold : custodians, custodians, threshold);
    }

    private void codes() {
        content.add(new Paragraph(getTranslation("wizard.codes.intro")));
        codes = new CodeBatchPanel(wave, batches, org);
        headcounts.removeAllColumns();
        headcounts.setId("wave-headcounts");
        headcounts.addColumn(UnitHeadcount::unitName).setHeader(getTranslation("waves.batch.unit")).setFlexGrow(2);
        headcounts.addColumn(unit -> unit.orgHeadcount() == null ? "" : String.valueOf(unit.orgHeadcount()))
                .setHeader(getTranslation("wizard.headcount.org"));
        headcounts.addComponentColumn(this::headcountField).setHeader(getTranslation("wizard.headcount.wave"));
        headcounts.addColumn(unit -> unit.headcount() == null || unit.headcount() == 0 ? ""
                        : String.valueOf(CodeBatchService.withMargin(unit.headcount(), codes.marginPercent())))
                .setHeader(getTranslation("wizard.headcount.codes"));
        headcounts.setAllRowsVisible(true);
        headcounts.setItems(waves.headcounts(wave.id()));
        codes.margin.addValueChangeListener(change -> headcounts.getDataProvider().refreshAll());
        content.add(headcounts, codes);
    }

    /** A unit's headcount for this wave, saved as soon as it changes; empty goes back to the unit's own. */
    IntegerField headcountField(UnitHeadcount unit) {
        IntegerField field = new IntegerField();
        field.setAriaLabel(getTranslation("wizard.headcount.for", unit.unitName()));
        field.setPlaceholder(unit.orgHeadcount() == null ? "" : String.valueOf(unit.orgHeadcount()));
        field.setValue(unit.waveHeadcount());
        field.setMin(0);
        field.addValueChangeListener(change -> {
            try {
                waves.setHeadcount(wave.id(), unit.unitId(), unit.headcount(), change.getValue());
                headcounts.setItems(waves.headcounts(wave.id()));
            } catch (WaveException e) {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            }
        });
        return field;
    }

    private void review() {
        List<UnitHeadcount> units = waves.headcounts(wave.id());
        int total = units.stream().mapToInt(unit -> unit.headcount() == null ? 0 : unit.headcount()).sum();
        long overridden = units.stream().filter(UnitHeadcount::isOverridden).count();
        var waveBatches = batches.batches(wave.id());
        String none = getTranslation("wizard.review.none");
        List<String> crossTables = waves.crossTables(wave.id()).stream()
                .map(dimension -> getTranslation("wizard.dimension." + dimension)).toList();
        Div summary = new Div();
        summary.setId("wizard-review");
        summary.add(reviewRow(Step.BASICS, getTranslation("wizard.review.basics", wave.questionnaireName(),
                wave.opensOn() == null ? none : wave.opensOn(), wave.closesOn() == null ? none : wave.closesOn())));
        summary.add(reviewRow(Step.K, getTranslation("wizard.review.k", wave.minCellSize())));
        summary.add(reviewRow(Step.BREAKDOWNS, crossTables.isEmpty() ? none : String.join(", ", crossTables)));
        summary.add(reviewRow(Step.CUSTODIANS, wave.custodians().isEmpty() ? none : getTranslation(
                "wizard.review.custodians", String.join(", ", wave.custodians()),
                wave.keyThreshold() == null ? "-" : wave.keyThreshold(), wave.custodians().size())));
        summary.add(reviewRow(Step.CODES, getTranslation("wizard.review.codes", total, overridden, waveBatches.size(),
                waveBatches.stream().mapToInt(batch -> batch.codeCount()).sum())));
        content.add(summary);
        Paragraph approval = new Paragraph(wave.settingsApprovedBy() == null ? getTranslation("waves.approval.pending")
                : getTranslation("waves.approval.done", wave.settingsApprovedBy()));
        approval.setId("wizard-approval");
        content.add(approval);
        if (wave.isDraft()) {
            boolean ready = wave.settingsApprovedBy() != null && wave.custodians().size() >= 2;
            open.setEnabled(ready);
            content.add(new Paragraph(getTranslation(ready ? "wizard.open.ready" : "wizard.open.not-ready")), open);
        }
    }

    private Component reviewRow(Step section, String text) {
        Paragraph line = new Paragraph(getTranslation("wizard.step." + section) + ": " + text);
        line.setId("review-" + section.name().toLowerCase(java.util.Locale.ROOT));
        if (!wave.isDraft()) {
            return line;
        }
        Button change = new Button(getTranslation("wizard.review.change"), click -> go(section));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.setAriaLabel(getTranslation("wizard.review.change-section", getTranslation("wizard.step." + section)));
        HorizontalLayout row = new HorizontalLayout(line, change);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void openWave() {
        try {
            waves.openWave(wave.id());
            Notification.show(getTranslation("waves.open.done"));
        } catch (WaveException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        wave = waves.wave(wave.id()).orElseThrow();
        render();
    }

    /**
     * Runs a step's save. A refusal is shown next to the field it concerns; a change made elsewhere reloads
     * the wave, shows its current values and says so.
     */
    private boolean attempt(Runnable action, java.util.function.Function<String, HasValidation> fieldFor,
                            HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
        try {
            action.run();
            return true;
        } catch (WaveException e) {
            if (e.messageKey().equals("wave.error.changed-elsewhere")) {
                wave = waves.wave(wave.id()).orElseThrow();
                render();
            }
            HasValidation field = fieldFor.apply(e.messageKey());
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.title.new") + " – " + getTranslation("app.name");
    }
}
