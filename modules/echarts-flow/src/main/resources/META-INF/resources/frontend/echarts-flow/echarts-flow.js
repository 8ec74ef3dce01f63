import * as echarts from 'echarts';

// Host defaults with zero specificity (:where), so any page style or inline size wins.
const STYLE_ID = 'echarts-flow-style';
function ensureHostStyle() {
  if (document.getElementById(STYLE_ID)) {
    return;
  }
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = ':where(echarts-flow){display:block;position:relative;height:400px;min-width:0;}';
  document.head.appendChild(style);
}

// customLabels is echarts-flow's own (AxisLabel.setCustomLabels, Axis.setPointerLabels): texts
// made on the server for the customValues beside them, in their order, under an axis's axisLabel
// or axisPointer.label. ECharts formats those only with a template or a function, so the element
// turns them into a formatter that looks the value up.
const AXES = ['xAxis', 'yAxis', 'singleAxis', 'radiusAxis', 'angleAxis'];

function tickNumber(value) {
  return typeof value === 'number' ? value : echarts.number.parseDate(value).getTime();
}

function lookUp(label) {
  const texts = new Map();
  (label.customValues || []).forEach((value, index) => texts.set(tickNumber(value), label.customLabels[index]));
  delete label.customLabels;
  return (value) => texts.get(tickNumber(value)) ?? '';
}

function applyCustomLabels(option) {
  if (!option || typeof option !== 'object') {
    return option;
  }
  const parts = [option, option.baseOption];
  for (const media of Array.isArray(option.media) ? option.media : []) {
    parts.push(media && media.option);
  }
  for (const part of parts) {
    for (const key of AXES) {
      const axes = part && part[key];
      for (const axis of Array.isArray(axes) ? axes : axes ? [axes] : []) {
        const label = axis && axis.axisLabel;
        if (label && Array.isArray(label.customLabels)) {
          const text = lookUp(label);
          // a time axis reads the result as a template: braces would be taken for its {yyyy}-style fields
          label.formatter = (value) => text(value).replace(/[{}]/g, '');
        }
        const pointer = axis && axis.axisPointer && axis.axisPointer.label;
        if (pointer && Array.isArray(pointer.customLabels)) {
          const text = lookUp(pointer);
          delete pointer.customValues; // not ECharts'
          pointer.formatter = (params) => text(params.value);
        }
      }
    }
  }
  return option;
}

// ECharts' own background colours, used when the option sets none (PNG export).
const THEME_BACKGROUND = { light: '#ffffff', dark: '#100c2a' };

/**
 * <echarts-flow chart-theme="light|dark" renderer="canvas|svg">: one ECharts instance that
 * follows the element's size. It keeps the last full option and the merges since, so that a
 * theme or renderer change (which needs a new instance) can rebuild the same chart.
 *
 * data-instance counts echarts.init calls; data-rendered="true" appears after the first
 * 'finished' event. Both exist for tests.
 */
class EchartsFlow extends HTMLElement {
  static get observedAttributes() {
    return ['chart-theme', 'renderer'];
  }

  constructor() {
    super();
    this._chart = null;
    this._full = null;
    this._merges = [];
    this._instances = 0;
  }

  connectedCallback() {
    ensureHostStyle();
    this._init();
    this._resizeObserver = new ResizeObserver(() => {
      if (this._chart) {
        this._chart.resize();
      }
    });
    this._resizeObserver.observe(this);
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    this._dispose();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this._chart) {
      this._reinit();
    }
  }

  /** Applies option JSON: a full replace when notMerge, otherwise a merge into the current chart. */
  setOption(json, notMerge) {
    const option = applyCustomLabels(typeof json === 'string' ? JSON.parse(json) : json);
    if (notMerge) {
      this._full = option;
      this._merges = [];
    } else {
      this._merges.push(option);
    }
    if (this._chart) {
      this._chart.setOption(option, { notMerge: !!notMerge });
    }
  }

  /** The ECharts instance (null while detached), for page scripts and browser tests. */
  get chart() {
    return this._chart;
  }

  setTheme(theme) {
    this.setAttribute('chart-theme', theme);
  }

  setRenderer(renderer) {
    this.setAttribute('renderer', renderer);
  }

  /** A PNG data URL at twice the size, on the chart's background (a Promise). */
  exportPng() {
    if (!this._chart) {
      return Promise.reject(new Error('The chart is not rendered'));
    }
    const backgroundColor = this._backgroundColor();
    if (this._renderer() !== 'svg') {
      return Promise.resolve(this._chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor }));
    }
    // The SVG renderer only gives SVG; draw it on a canvas to get a PNG.
    const svgUrl = this._chart.getDataURL({ type: 'svg', backgroundColor });
    const width = this._chart.getWidth() * 2;
    const height = this._chart.getHeight() * 2;
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        context.fillStyle = backgroundColor;
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        resolve(canvas.toDataURL('image/png'));
      };
      image.onerror = () => reject(new Error('The SVG could not be drawn'));
      image.src = svgUrl;
    });
  }

  _theme() {
    return this.getAttribute('chart-theme') === 'dark' ? 'dark' : 'light';
  }

  _renderer() {
    return this.getAttribute('renderer') === 'svg' ? 'svg' : 'canvas';
  }

  _backgroundColor() {
    const option = this._chart.getOption();
    const background = option && option.backgroundColor;
    if (typeof background === 'string' && background !== 'transparent' && background !== 'none') {
      return background;
    }
    return THEME_BACKGROUND[this._theme()];
  }

  _init() {
    if (this._chart) {
      return;
    }
    const chart = echarts.init(this, this._theme() === 'dark' ? 'dark' : null, { renderer: this._renderer() });
    this._chart = chart;
    this._instances++;
    this.setAttribute('data-instance', String(this._instances));
    chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
    chart.on('click', (p) => this._dispatch('echarts-click', {
      componentType: p.componentType ?? null,
      seriesIndex: p.seriesIndex ?? null,
      seriesName: p.seriesName ?? null,
      seriesId: p.seriesId ?? null,
      dataIndex: p.dataIndex ?? null,
      name: p.name ?? null,
      valueJson: p.value === undefined ? null : JSON.stringify(p.value),
    }));
    chart.on('legendselectchanged', (p) => this._dispatch('echarts-legend-select', {
      name: p.name ?? null,
      selectedJson: JSON.stringify(p.selected || {}),
    }));
    // The payload differs between slider and inside zoom (and may be batched): read the state.
    chart.on('datazoom', () => {
      const zooms = (chart.getOption() || {}).dataZoom || [];
      const zoom = zooms[0] || {};
      this._dispatch('echarts-datazoom', { start: zoom.start ?? null, end: zoom.end ?? null });
    });
    if (this._full) {
      chart.setOption(this._full, { notMerge: true });
    }
    for (const merge of this._merges) {
      chart.setOption(merge, { notMerge: false });
    }
  }

  _reinit() {
    this._dispose();
    this.removeAttribute('data-rendered');
    this._init();
  }

  _dispose() {
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _dispatch(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

if (!customElements.get('echarts-flow')) {
  customElements.define('echarts-flow', EchartsFlow);
}
