package org.candour.analytics.ui.chart;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Test sources only, so never in the application: every kind of chart with every state, for the browser test. */
@Route("test/charts")
@PageTitle("Charts")
@AnonymousAllowed
public class ChartTestView extends Main {

    public ChartTestView() {
        add(new H1("Charts"));
        ChartExamples.all().forEach(model -> add(new Chart(model)));
    }
}
