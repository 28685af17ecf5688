package org.candour.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.org.OrgImportProblem;
import org.candour.org.OrgImportReport;
import org.candour.org.OrgImportService;
import org.candour.org.OrgService;
import org.candour.org.OrgUnit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The org structure as a tree, and its CSV import: checked in full before anything is written. */
@Route(value = "staff/org", layout = StaffLayout.class)
@RolesAllowed(Role.Names.ADMIN)
class OrgView extends VerticalLayout implements HasDynamicTitle {

    private final OrgService org;
    private final OrgImportService importer;
    final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    final VerticalLayout report = new VerticalLayout();
    final Button importButton = new Button();
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
        add(new H2(getTranslation("org.title")), tree, new H3(getTranslation("org.import.heading")),
                new Paragraph(getTranslation("org.import.help")), upload, report, importButton);
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

    private void refresh() {
        List<OrgUnit> all = org.listUnits();
        Map<UUID, List<OrgUnit>> children = all.stream().filter(unit -> unit.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        List<OrgUnit> roots = all.stream().filter(unit -> unit.parentId() == null).toList();
        tree.setItems(roots, unit -> children.getOrDefault(unit.id(), List.of()));
        tree.expand(roots);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title") + " – " + getTranslation("app.name");
    }
}
