import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

/**
 * <portal-chart>: draws a chart.js chart from the JSON the server puts in its "config" property. The server also
 * shows each chart's figures as a table, so the canvas is never the only way to read them.
 */
class PortalChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative}div{position:absolute;inset:0}</style>'
      + '<div><canvas></canvas></div>';
    this._canvas = root.querySelector('canvas');
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    // Flow may set the property before this element is upgraded; take it over from the plain object.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _draw() {
    if (!this.isConnected || !this._config) {
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    const style = getComputedStyle(this);
    const font = style.getPropertyValue('--lumo-font-family').trim();
    if (font) {
      Chart.defaults.font.family = font;
    }
    Chart.defaults.color = style.getPropertyValue('--lumo-secondary-text-color').trim() || Chart.defaults.color;
    this._chart = new Chart(this._canvas, structuredClone(this._config));
  }
}

if (!customElements.get('portal-chart')) {
  customElements.define('portal-chart', PortalChart);
}
