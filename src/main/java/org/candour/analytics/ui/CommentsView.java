package org.candour.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.ExportTable;
import org.candour.analytics.Measure;
import org.candour.base.ui.StaffLayout;

import java.util.Map;
import java.util.Optional;

/** Released comments of a unit for one question (rule 8: large units only, redacted, never by profile). */
@Route(value = "staff/analytics/comments", layout = StaffLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
class CommentsView extends AnalyticsPage {

    final ComboBox<Measure> question = new ComboBox<>();
    final TextField search = new TextField();

    CommentsView(AnalyticsService analytics, TransparencyLog transparency) {
        super("comments", analytics, transparency, Controls.WAVE);
        question.setLabel(getTranslation("analytics.comments.question"));
        question.setItemLabelGenerator(Measure::label);
        question.setWidth("28em");
        Runnable load = () -> {
            if (wave.getValue() != null) {
                var questions = analytics.textQuestions(wave.getValue().id());
                question.setItems(questions);
                question.setValue(questions.isEmpty() ? null : questions.getFirst());
            }
        };
        load.run();
        wave.addValueChangeListener(e -> load.run());
        question.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("analytics.comments.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        controls.add(question, search);
        refresh();
    }

    @Override
    Optional<Shown> show(Choice c) {
        if (question == null || question.getValue() == null) {
            return Optional.empty();
        }
        return Shown.tableOnly(tables.comments(c.node().name(), Optional.of(question.getValue()),
                analytics.comments(c.wave().id(), c.node().id(), question.getValue().code(), search.getValue()),
                search.getValue()));
    }

    @Override
    Map<String, String> parameters() {
        Map<String, String> parameters = super.parameters();
        if (question.getValue() != null) {
            parameters.put("question", question.getValue().code());
        }
        if (!search.getValue().isBlank()) {
            parameters.put("search", search.getValue().strip());
        }
        return parameters;
    }
}
