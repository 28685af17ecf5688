/*
 * <candour-chart>: draws one analytics chart with ECharts from the JSON model that the Java component
 * org.candour.analytics.ui.chart.Chart sets as the `chart` property. Every text (labels, series names,
 * the wording of the three states) arrives already translated; this file only draws.
 *
 * Each data point is in one of four states. Only VALUE is drawn to scale. SUPPRESSED, BANDED and
 * NO_RESPONSES are drawn as grey placeholders that differ in pattern (diagonal hatching, dots, an empty
 * dashed outline) and always carry their text label, so colour is never the only sign.
 */
import { LitElement, html, nothing } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, ScatterChart,
  AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent,
  LabelLayout, SVGRenderer,
]);

type State = 'VALUE' | 'SUPPRESSED' | 'BANDED' | 'NO_RESPONSES';

interface Point {
  state: State;
  value?: number;
  label: string;
}

interface Series {
  name: string;
  gap: boolean;
  points: Point[];
}

interface ChartModel {
  kind: 'STACKED_BARS' | 'TREND_LINES' | 'HEATMAP' | 'FUNNEL';
  title: string;
  summaryId: string;
  categories: string[];
  series: Series[];
  axisMax: number;
  placeholderName: string;
}

const PALETTE = ['#1b6e3a', '#8a6d00', '#a3262a', '#1f4e9c', '#6b3fa0', '#00707a', '#8c4b00'];
const PLACEHOLDER_FILL = '#eeeeee';
const PLACEHOLDER_INK = '#3d3d3d';

/** The pattern and outline that tell the three non-value states apart without colour. */
function placeholderStyle(state: State): Record<string, unknown> {
  switch (state) {
    case 'SUPPRESSED':
      return {
        color: PLACEHOLDER_FILL, borderColor: PLACEHOLDER_INK, borderWidth: 1,
        decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: 'rgba(0,0,0,0.45)' },
      };
    case 'BANDED':
      return {
        color: PLACEHOLDER_FILL, borderColor: PLACEHOLDER_INK, borderWidth: 1,
        decal: { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[6, 6]], dashArrayY: [6, 0], color: 'rgba(0,0,0,0.45)' },
      };
    default:
      return { color: '#ffffff', borderColor: PLACEHOLDER_INK, borderWidth: 1, borderType: 'dashed', decal: { symbol: 'none' } };
  }
}

/** Tooltips render HTML: group and wave names are text. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const placeholderLabel = (text: string, position = 'inside') =>
  ({ show: true, position, formatter: () => text, color: '#000000', backgroundColor: '#ffffff', padding: [2, 4] });

const valueData = (series: Series) =>
  series.points.map((p) => (p.state === 'VALUE' ? { value: p.value, label: { formatter: () => p.label } } : null));

function stackedBars(model: ChartModel): object {
  // A group with any figure that is not a number gets one full-width placeholder bar naming its state(s).
  const placeholders = model.categories.map((_, c) => {
    const shown = model.series.filter((s) => s.points[c].state !== 'VALUE');
    if (shown.length === 0) {
      return null;
    }
    // A band belongs to one series ("Favourable: 90% or more"), unless every series carries the same band
    // (a whole group published as one band, worded in full); the other two states apply to the whole group.
    const sameBand = shown.length === model.series.length && new Set(shown.map((s) => s.points[c].label)).size === 1;
    const text = [...new Set(shown.map((s) => (s.points[c].state === 'BANDED' && !sameBand
      ? `${s.name}: ${s.points[c].label}` : s.points[c].label)))].join('; ');
    return { value: model.axisMax, itemStyle: placeholderStyle(shown[0].points[c].state), label: placeholderLabel(text) };
  });
  return {
    legend: { data: model.series.map((s) => s.name), top: 0 },
    xAxis: { type: 'value', max: model.axisMax },
    yAxis: { type: 'category', data: model.categories, inverse: true },
    series: [
      ...model.series.map((s) => ({
        type: 'bar', name: s.name, stack: 'all', data: valueData(s),
        label: { show: true, color: '#ffffff' },
      })),
      { type: 'bar', name: model.placeholderName, stack: 'all', data: placeholders, tooltip: { show: false } },
    ],
  };
}

function groupedBars(model: ChartModel): object {
  return {
    legend: { data: model.series.map((s) => s.name), top: 0 },
    xAxis: { type: 'value', max: model.axisMax },
    yAxis: { type: 'category', data: model.categories, inverse: true },
    series: model.series.map((s) => ({
      type: 'bar', name: s.name,
      label: { show: true, position: 'right', color: '#000000' },
      data: s.points.map((p) => (p.state === 'VALUE'
        ? { value: p.value, label: { formatter: () => p.label } }
        : { value: model.axisMax, itemStyle: placeholderStyle(p.state), label: placeholderLabel(p.label) })),
    })),
  };
}

function trendLines(model: ChartModel, width: number): object {
  // A marker's label runs right, up to the next wave (the last one has half a wave's room before the edge);
  // longer ones end in "…" and are whole in the tooltip and in the table below the chart.
  const band = Math.max(60, (width - 120) / Math.max(1, model.categories.length));
  const room = (c: number) => Math.max(40, (c === model.categories.length - 1 ? band / 2 : band) - 28);
  const markers = model.series.flatMap((s, i) => s.points
    .map((p, c) => ({ p, c }))
    .filter(({ p }) => p.state !== 'VALUE')
    .map(({ p, c }) => ({
      // Spread up the axis, one row per series, so markers at the same wave do not overlap.
      value: [c, (model.axisMax * (i + 0.5)) / model.series.length],
      text: `${s.name}: ${p.label}`,
      itemStyle: placeholderStyle(p.state),
      label: { ...placeholderLabel(`${s.name}: ${p.label}`, 'right'), width: room(c), overflow: 'truncate', ellipsis: '…' },
    })));
  return {
    // One scrolling row: many groups and their gap lines must not wrap over the plot.
    legend: { type: 'scroll', data: model.series.map((s) => s.name), top: 0 },
    xAxis: { type: 'category', data: model.categories, boundaryGap: true },
    // The gap to the reference group is a difference (it can be negative): it gets its own axis on the right.
    yAxis: [{ type: 'value', max: model.axisMax }, { type: 'value', position: 'right', splitLine: { show: false } }],
    series: [
      ...model.series.map((s) => ({
        type: 'line', name: s.name, connectNulls: false, symbolSize: 8, yAxisIndex: s.gap ? 1 : 0,
        lineStyle: s.gap ? { type: 'dashed', width: 2 } : { width: 3 },
        label: { show: true, position: 'top', color: '#000000' },
        data: valueData(s),
      })),
      { type: 'scatter', name: model.placeholderName, symbol: 'rect', symbolSize: 14, data: markers,
        tooltip: { formatter: (item: { data: { text: string } }) => escapeHtml(item.data.text) } },
    ],
  };
}

function heatmap(model: ChartModel): object {
  // One series: the visual map colours the numbers; a figure that is not a number sits outside its range
  // (value -1), so it keeps the grey placeholder fill, its pattern and its label.
  const cells = model.series.flatMap((s, row) => s.points.map((p, column) => (p.state === 'VALUE'
    ? { value: [column, row, p.value], text: p.label, label: { formatter: () => p.label } }
    : { value: [column, row, -1], text: p.label, itemStyle: placeholderStyle(p.state), label: placeholderLabel(p.label) })));
  return {
    xAxis: { type: 'category', data: model.categories },
    yAxis: { type: 'category', data: model.series.map((s) => s.name), inverse: true },
    visualMap: {
      min: 0, max: model.axisMax, text: [String(model.axisMax), '0'], seriesIndex: 0, calculable: false, orient: 'horizontal', left: 'center', top: 0,
      inRange: { color: ['#f7e7c4', '#a9c9a4', '#2f7a55'] }, outOfRange: { color: PLACEHOLDER_FILL },
    },
    series: [{
      type: 'heatmap', name: model.title, data: cells,
      // The colour scale carries the numbers here, so the numbers get no pattern: only the placeholders do.
      itemStyle: { decal: { symbol: 'none' } },
      label: { show: true, color: '#000000' },
      tooltip: { formatter: (item: { data: { text: string } }) => escapeHtml(item.data.text) },
    }],
  };
}

const DRAW: Record<ChartModel['kind'], (m: ChartModel, width: number) => object> = {
  STACKED_BARS: stackedBars,
  FUNNEL: groupedBars,
  TREND_LINES: trendLines,
  HEATMAP: heatmap,
};

export class CandourChart extends LitElement {
  static properties = { chart: { type: Object } };

  declare chart?: ChartModel;
  private instance?: echarts.ECharts;
  // A new size redraws too: the trend chart's label widths depend on it.
  private resizer = new ResizeObserver(() => {
    this.instance?.resize();
    this.requestUpdate();
  });

  render() {
    // The plot is named by the chart's title and described by the visible one-sentence summary, which sits
    // beside this element in the page; it has to be in the same (light) DOM for aria-describedby to reach it.
    return html`<div class="candour-chart-plot" role="img" aria-describedby=${this.chart?.summaryId ?? nothing}></div>`;
  }

  // Light DOM: aria-describedby on the plot must be able to point at the summary paragraph next to it.
  createRenderRoot() {
    return this;
  }

  updated() {
    const plot = this.querySelector<HTMLElement>('.candour-chart-plot');
    if (!plot || !this.chart) {
      return;
    }
    this.instance ??= echarts.init(plot, undefined, { renderer: 'svg' });
    this.resizer.observe(plot);
    this.instance.setOption({
      color: PALETTE,
      animation: false,
      aria: { enabled: true, label: { description: this.chart.title }, decal: { show: true } },
      tooltip: { trigger: 'item' },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      ...DRAW[this.chart.kind](this.chart, plot.clientWidth),
    }, true);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer.disconnect();
    this.instance?.dispose();
    this.instance = undefined;
  }
}

customElements.define('candour-chart', CandourChart);
