import { LitElement, css, html, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import uPlot from 'uplot';
import uPlotCss from 'uplot/dist/uPlot.min.css?inline';
import { timestamp } from './mixroom-waveform';
import { followWaveform, loadReport, type AnalysisReport } from './analysis-data';

/** Seconds between the points of the report's series (analysis-spec §1.3): point j ends at (j+1)·0.1 s. */
export const SERIES_STEP_SECONDS = 0.1;

/**
 * A uPlot chart of series over time that lines up under a mixroom-waveform: the plot spans the element's full
 * width (the value scale is written inside the plot, not beside it), covers the same seconds and follows the
 * waveform's zoom and scroll. Dragging across it fires region-selected {start, end} in seconds, as the waveform does.
 *
 * Subclasses say what to plot ({@link series}) and write the text summary screen readers get.
 */
export abstract class TimeChart extends LitElement {
  static properties = {
    revision: { type: String },
    waveform: { type: String },
    summary: { state: true },
    failure: { state: true },
  };

  static styles = [unsafeCSS(uPlotCss), css`
    :host { display: block; }
    figure { margin: 0; }
    figcaption { font-size: var(--lumo-font-size-s, 14px); font-weight: 600; }
    .plot { min-height: 120px; }
    .summary { font-size: var(--lumo-font-size-xs, 12px); color: var(--lumo-secondary-text-color, #555); margin: 2px 0; }
  `];

  revision = '';
  /** The id of the mixroom-waveform to follow. */
  waveform = '';
  summary = '';
  failure = '';

  protected abstract readonly caption: string;
  protected abstract readonly height: number;
  /** The value scale's range and the lines to label on it. */
  protected abstract readonly yRange: [number, number];
  protected abstract readonly yTicks: number[];

  protected abstract series(report: AnalysisReport): { data: uPlot.AlignedData; series: uPlot.Series[] };

  protected abstract describe(report: AnalysisReport): string;

  private plot?: uPlot;
  private stopFollowing = () => undefined as void;
  private readonly resize = new ResizeObserver(() => this.plot?.setSize({ width: this.plotWidth(), height: this.height }));

  render(): TemplateResult {
    return html`
      <figure>
        <figcaption id="caption">${this.caption}</figcaption>
        <div class="plot" role="img" aria-labelledby="caption" aria-describedby="summary"></div>
        <p class="summary" id="summary">${this.failure || this.summary}</p>
      </figure>
    `;
  }

  disconnectedCallback(): void {
    this.resize.disconnect();
    this.stopFollowing();
    this.plot?.destroy();
    this.plot = undefined;
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has('revision') && this.revision) {
      void this.draw();
    }
  }

  private plotWidth(): number {
    return Math.max(100, this.clientWidth || 800);
  }

  private async draw(): Promise<void> {
    let report: AnalysisReport;
    try {
      report = await loadReport(this.revision);
    } catch (e) {
      this.failure = `${this.caption} is not available: ${(e as Error).message}.`;
      return;
    }
    const { data, series } = this.series(report);
    const container = this.renderRoot.querySelector('.plot') as HTMLElement;
    this.plot?.destroy();
    this.stopFollowing();
    const duration = report.file.durationSeconds;
    this.plot = new uPlot({
      width: this.plotWidth(),
      height: this.height,
      padding: [6, 0, 0, 0],
      legend: { show: true, live: false },
      cursor: { drag: { x: true, y: false, setScale: false } },
      select: { show: true, left: 0, top: 0, width: 0, height: 0 },
      scales: { x: { time: false, range: () => [0, duration] }, y: { range: () => this.yRange } },
      axes: [
        { incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600],
          values: (_u, ticks) => ticks.map((t) => timestamp(t).replace(/\.\d+$/, '')), size: 28 },
        { show: false },
      ],
      series: [{ label: 'Time' }, ...series.map((one) => ({ points: { show: false }, ...one }))],
      hooks: {
        draw: [(u) => this.drawScale(u)],
        setSelect: [(u) => this.onSelect(u)],
      },
    }, data, container);
    this.summary = this.describe(report);
    this.resize.observe(this);
    this.stopFollowing = followWaveform(this.waveform, duration, (view) =>
      this.plot?.setScale('x', { min: view.start, max: view.end }));
  }

  /** Grid lines and their values, drawn inside the plot so that it spans the same width as the waveform. */
  private drawScale(u: uPlot): void {
    const ctx = u.ctx;
    const ratio = window.devicePixelRatio || 1;
    ctx.save();
    ctx.font = `${10 * ratio}px sans-serif`;
    ctx.fillStyle = '#555';
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.08)';
    ctx.lineWidth = ratio;
    for (const value of this.yTicks) {
      const y = Math.round(u.valToPos(value, 'y', true));
      ctx.beginPath();
      ctx.moveTo(u.bbox.left, y);
      ctx.lineTo(u.bbox.left + u.bbox.width, y);
      ctx.stroke();
      ctx.fillText(String(value), u.bbox.left + 3 * ratio, y - 2 * ratio);
    }
    ctx.restore();
  }

  private onSelect(u: uPlot): void {
    if (u.select.width < 3) {
      return;
    }
    const start = Math.max(0, u.posToVal(u.select.left, 'x'));
    const end = u.posToVal(u.select.left + u.select.width, 'x');
    this.dispatchEvent(new CustomEvent('region-selected', { detail: { start, end }, bubbles: true, composed: true }));
  }
}

/** x values for a series of the report: the end of each window. */
export function seriesTimes(length: number): number[] {
  return Array.from({ length }, (_, j) => (j + 1) * SERIES_STEP_SECONDS);
}
