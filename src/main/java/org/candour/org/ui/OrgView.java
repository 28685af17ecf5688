package org.candour.org.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.org.OrgException;
import org.candour.org.OrgImportProblem;
import org.candour.org.OrgImportReport;
import org.candour.org.OrgImportService;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The org structure as a tree with edits of single units (rename, code, headcount, add below, move, remove;
 * the rules are explained above the tree), and its CSV import: checked in full before anything is written.
 */
@Route(value = "staff/org", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class OrgView extends VerticalLayout implements HasDynamicTitle {

    private final OrgService org;
    private final OrgImportService importer;
    final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    final VerticalLayout report = new VerticalLayout();
    final Button importButton = new Button();
    final Paragraph structureRule = new Paragraph();
    final Button editButton = new Button();
    final Button addButton = new Button();
    final Button moveButton = new Button();
    final Button removeButton = new Button();
    private List<OrgUnit> all = List.of();
    private String pendingCsv;

    OrgView(OrgService org, OrgImportService importer) {
        this.org = org;
        this.importer = importer;
        tree.addHierarchyColumn(OrgUnit::name).setHeader(getTranslation("org.column.name"));
        tree.addColumn(OrgUnit::code).setHeader(getTranslation("org.column.code"));
        tree.addColumn(unit -> unit.headcount() == null ? "" : String.valueOf(unit.headcount()))
                .setHeader(getTranslation("org.column.headcount"));
        refresh();

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> check(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(2 * 1024 * 1024);
        importButton.setText(getTranslation("org.import.apply"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> apply());
        report.setPadding(false);
        add(new H2(getTranslation("org.title")), structureRule, editActions(), tree,
                new H3(getTranslation("org.import.heading")), new Paragraph(getTranslation("org.import.help")), upload, report, importButton);
    }

    /** Shows what the file would do, or every problem with its line number. Writes nothing. */
    void check(String csv) {
        OrgImportReport result = importer.check(csv);
        showReport(result);
        pendingCsv = result.isClean() ? csv : null;
        importButton.setEnabled(result.isClean());
    }

    private void apply() {
        OrgImportReport result = importer.importUnits(pendingCsv);
        showReport(result);
        importButton.setEnabled(false);
        pendingCsv = null;
        if (result.isClean()) {
            report.add(new Paragraph(getTranslation("org.import.done")));
            refresh();
        }
    }

    private void showReport(OrgImportReport result) {
        report.removeAll();
        if (result.isClean()) {
            report.add(new Paragraph(getTranslation("org.import.clean", result.rows(), result.newUnits(),
                    result.changedUnits())));
            return;
        }
        report.add(new Paragraph(getTranslation("org.import.problems", result.problems().size())));
        UnorderedList list = new UnorderedList();
        for (OrgImportProblem problem : result.problems()) {
            list.add(new ListItem(getTranslation("org.import.line", problem.line(),
                    getTranslation(problem.messageKey(), problem.value()))));
        }
        report.add(list);
    }

    private HorizontalLayout editActions() {
        editButton.setText(getTranslation("org.edit.edit"));
        editButton.addClickListener(click -> editDialog(selected()).open());
        addButton.setText(getTranslation("org.edit.add"));
        addButton.addClickListener(click -> addDialog(selected()).open());
        moveButton.setText(getTranslation("org.edit.move"));
        moveButton.addClickListener(click -> moveDialog(selected()).open());
        removeButton.setText(getTranslation("org.edit.remove"));
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removeButton.addClickListener(click -> removeDialog(selected()).open());
        tree.asSingleSelect().addValueChangeListener(change -> enableEditActions());
        enableEditActions();
        return new HorizontalLayout(editButton, addButton, moveButton, removeButton);
    }

    private OrgUnit selected() {
        return tree.asSingleSelect().getValue();
    }

    private void enableEditActions() {
        OrgUnit unit = selected();
        editButton.setEnabled(unit != null);
        addButton.setEnabled(unit != null);
        moveButton.setEnabled(unit != null && unit.parentId() != null);
        removeButton.setEnabled(unit != null && unit.parentId() != null);
    }

    private record UnitFields(TextField name, TextField code, TextField headcount) {
    }

    private UnitFields unitFields(OrgUnit unit) {
        TextField name = new TextField(getTranslation("org.edit.name"));
        name.setId("org-unit-name");
        name.setMaxLength(200);
        TextField code = new TextField(getTranslation("org.edit.code"));
        code.setId("org-unit-code");
        code.setHelperText(getTranslation("org.edit.code.help"));
        TextField headcount = new TextField(getTranslation("org.edit.headcount"));
        headcount.setId("org-unit-headcount");
        headcount.setHelperText(getTranslation("org.edit.headcount.help"));
        if (unit != null) {
            name.setValue(unit.name());
            code.setValue(unit.code());
            headcount.setValue(unit.headcount() == null ? "" : String.valueOf(unit.headcount()));
            List<String> paused = org.wavesPausingStructure();
            if (!paused.isEmpty()) {
                code.setHelperText(getTranslation("org.edit.code.paused", String.join(", ", paused)));
            }
        }
        return new UnitFields(name, code, headcount);
    }

    /** Renames the unit, changes its code or headcount; a change made elsewhere meanwhile is refused. */
    Dialog editDialog(OrgUnit unit) {
        UnitFields fields = unitFields(unit);
        return formDialog(getTranslation("org.edit.edit.title", unit.name()), "org.edit.save",
                unitFieldMap(fields), () -> org.editUnit(unit, fields.name().getValue(), fields.code().getValue(),
                        fields.headcount().getValue()), fields.name(), fields.code(), fields.headcount());
    }

    /** Adds a unit below parent. */
    Dialog addDialog(OrgUnit parent) {
        UnitFields fields = unitFields(null);
        return formDialog(getTranslation("org.edit.add.title", parent.name()), "org.edit.save",
                unitFieldMap(fields), () -> org.addChild(parent, fields.name().getValue(), fields.code().getValue(),
                        fields.headcount().getValue()), fields.name(), fields.code(), fields.headcount());
    }

    private static Map<OrgException.Field, HasValidation> unitFieldMap(UnitFields fields) {
        Map<OrgException.Field, HasValidation> map = new EnumMap<>(OrgException.Field.class);
        map.put(OrgException.Field.NAME, fields.name());
        map.put(OrgException.Field.CODE, fields.code());
        map.put(OrgException.Field.HEADCOUNT, fields.headcount());
        return map;
    }

    /** Moves the unit with everything below it; the units below it are not offered as its new parent. */
    Dialog moveDialog(OrgUnit unit) {
        Set<UUID> below = new HashSet<>(Set.of(unit.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnit other : all) {
                if (other.parentId() != null && below.contains(other.parentId()) && below.add(other.id())) {
                    grew = true;
                }
            }
        }
        ComboBox<OrgUnit> parent = new ComboBox<>(getTranslation("org.edit.parent"));
        parent.setId("org-unit-parent");
        parent.setHelperText(getTranslation("org.edit.parent.help"));
        parent.setItems(all.stream().filter(u -> !below.contains(u.id())).toList());
        parent.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        parent.setWidthFull();
        return formDialog(getTranslation("org.edit.move.title", unit.name()), "org.edit.move",
                Map.of(OrgException.Field.PARENT, parent), () -> org.moveUnit(unit, parent.getValue()), parent);
    }

    /** Removes a unit, or says why it cannot be removed. */
    Dialog removeDialog(OrgUnit unit) {
        return formDialog(getTranslation("org.edit.remove.title", unit.name()), "org.edit.remove", Map.of(),
                () -> org.removeUnit(unit), new Paragraph(getTranslation("org.edit.remove.confirm", unit.name())));
    }

    /**
     * A dialog whose button runs the action; a refusal is shown next to the field it concerns, or above the
     * buttons when it concerns the whole unit. The tree is refreshed either way, so that a change made
     * elsewhere shows.
     */
    private Dialog formDialog(String title, String actionKey, Map<OrgException.Field, ? extends HasValidation> fields,
                              Runnable action, Component... content) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        Paragraph problem = new Paragraph();
        problem.setId("org-dialog-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        Button run = new Button(getTranslation(actionKey), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            problem.setVisible(false);
            try {
                action.run();
                Notification.show(getTranslation("org.edit.saved"));
                dialog.close();
            } catch (OrgException e) {
                String message = getTranslation(e.messageKey(), e.values());
                HasValidation field = e.field() == null ? null : fields.get(e.field());
                if (field == null) {
                    problem.setText(message);
                    problem.setVisible(true);
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
            refresh();
        });
        run.setId("org-dialog-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout body = new VerticalLayout(content);
        body.setPadding(false);
        body.add(problem);
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("org.edit.cancel"), click -> dialog.close()), run);
        return dialog;
    }

    private void refresh() {
        all = org.listUnits();
        List<String> paused = org.wavesPausingStructure();
        structureRule.setText(getTranslation("org.edit.rule") + (paused.isEmpty() ? ""
                : " " + getTranslation("org.edit.paused", String.join(", ", paused))));
        Map<UUID, List<OrgUnit>> children = all.stream().filter(unit -> unit.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        List<OrgUnit> roots = all.stream().filter(unit -> unit.parentId() == null).toList();
        tree.setItems(roots, unit -> children.getOrDefault(unit.id(), List.of()));
        tree.expand(roots);
        tree.asSingleSelect().clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title") + " – " + getTranslation("app.name");
    }
}
