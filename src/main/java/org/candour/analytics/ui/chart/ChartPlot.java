package org.candour.analytics.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** The browser side of a {@link Chart}: the {@code <candour-chart>} web component drawing with ECharts. */
@Tag("candour-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/candour-chart.ts")
class ChartPlot extends Component {
}
