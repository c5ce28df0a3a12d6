// <tandem-chart>: a thin custom element around Apache ECharts (npm package `echarts`), used by
// io.tandem.insight.ui.Chart. The server sends the whole ECharts option as JSON in the `option` property;
// the element draws it with the SVG renderer, resizes with its box and describes the chart for screen readers.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, FunnelChart, LineChart, PieChart, AriaComponent, DatasetComponent, GridComponent,
  LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

class TandemChart extends HTMLElement {
  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._chart = echarts.init(this, null, { renderer: 'svg' });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._draw();
  }

  disconnectedCallback() {
    this._resize?.disconnect();
    this._chart?.dispose();
    this._chart = null;
  }

  get option() {
    return this._option;
  }

  set option(json) {
    this._option = json;
    this._draw();
  }

  _draw() {
    if (!this._chart || !this._option) {
      return;
    }
    const option = JSON.parse(this._option);
    option.aria = { enabled: true, ...(option.aria || {}) };
    option.animationDuration = option.animationDuration ?? 300;
    this._chart.setOption(option, { notMerge: true });
    this.setAttribute('data-drawn', String(Date.now()));
  }
}

if (!customElements.get('tandem-chart')) {
  customElements.define('tandem-chart', TandemChart);
}
