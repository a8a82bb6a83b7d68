import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import uPlot from 'uplot';
import uPlotCss from 'uplot/dist/uPlot.min.css?inline';
import { formatValue, loadReport, type AnalysisReport } from './analysis-data';
import type { BandSeries } from './mixroom-band-bars';
import './mixroom-band-bars';

const COLOR_A = '#1f3d63';
const COLOR_B = '#d9480f';

/**
 * The long-term spectrum (1/24 octave, log-frequency axis) and the third-octave bars of a revision, or of A and B
 * overlaid with their difference (B − A) when compare is set (analysis-spec §1.9). Dragging across the long-term
 * spectrum or pressing a band fires band-selected {lowHz, highHz, label}.
 *
 * Attributes: revision (A), compare (B, optional), label-a, label-b.
 */
export class MixroomSpectrumChart extends LitElement {
  static properties = {
    revision: { type: String },
    compare: { type: String },
    labelA: { type: String, attribute: 'label-a' },
    labelB: { type: String, attribute: 'label-b' },
    bands: { state: true },
    centres: { state: true },
    summary: { state: true },
    failure: { state: true },
  };

  static styles = [unsafeCSS(uPlotCss), css`
    :host { display: block; }
    figure { margin: 0 0 var(--lumo-space-m, 16px) 0; }
    figcaption { font-size: var(--lumo-font-size-s, 14px); font-weight: 600; }
    .summary { font-size: var(--lumo-font-size-xs, 12px); color: var(--lumo-secondary-text-color, #555); }
  `];

  revision = '';
  compare = '';
  labelA = 'A';
  labelB = 'B';
  bands: BandSeries[] = [];
  centres: number[] = [];
  summary = '';
  failure = '';
  private plots: uPlot[] = [];
  private readonly resize = new ResizeObserver(() => {
    for (const plot of this.plots) {
      plot.setSize({ width: this.plotWidth(), height: plot.height });
    }
  });

  render() {
    return html`
      <figure>
        <figcaption id="long-caption">Long-term spectrum (dB, 1/24 octave)</figcaption>
        <div class="long" role="img" aria-labelledby="long-caption" aria-describedby="summary"></div>
      </figure>
      ${this.compare ? html`<figure>
        <figcaption id="diff-caption">Spectrum difference, ${this.labelB} − ${this.labelA} (dB)</figcaption>
        <div class="diff" role="img" aria-labelledby="diff-caption" aria-describedby="summary"></div>
      </figure>` : nothing}
      <mixroom-band-bars caption="Third-octave bands (dB)" unit="dB" .centres=${this.centres} .series=${this.bands}
          .min=${-90} .max=${0}></mixroom-band-bars>
      <p class="summary" id="summary">${this.failure || this.summary}</p>
    `;
  }

  disconnectedCallback(): void {
    this.resize.disconnect();
    this.destroyPlots();
    super.disconnectedCallback();
  }

  protected updated(changed: Map<string, unknown>): void {
    if ((changed.has('revision') || changed.has('compare')) && this.revision) {
      void this.draw();
    }
  }

  private plotWidth(): number {
    return Math.max(200, this.clientWidth || 800);
  }

  private destroyPlots(): void {
    this.plots.forEach((p) => p.destroy());
    this.plots = [];
  }

  private async draw(): Promise<void> {
    let a: AnalysisReport;
    let b: AnalysisReport | undefined;
    try {
      [a, b] = await Promise.all([loadReport(this.revision), this.compare ? loadReport(this.compare) : undefined]);
    } catch (e) {
      this.failure = `The spectrum is not available: ${(e as Error).message}.`;
      return;
    }
    await this.updateComplete; // the difference figure exists only once compare has rendered
    this.destroyPlots();
    const frequencies = a.spectrum.longTermFrequenciesHz;
    const levelsA = a.spectrum.longTermLevelsDb;
    const series: uPlot.Series[] = [{ label: 'Hz' }, { label: this.labelA, stroke: COLOR_A, width: 1.5 }];
    const data: (number | null)[][] = [frequencies, levelsA];
    if (b) {
      series.push({ label: this.labelB, stroke: COLOR_B, width: 1.5 });
      data.push(b.spectrum.longTermLevelsDb);
    }
    this.plots.push(this.logFrequencyPlot('.long', series, data as uPlot.AlignedData, [-100, 0]));
    if (b) {
      const difference = levelsA.map((v, i) => {
        const w = b!.spectrum.longTermLevelsDb[i];
        return v == null || w == null ? null : w - v;
      });
      this.plots.push(this.logFrequencyPlot('.diff', [{ label: 'Hz' },
        { label: `${this.labelB} − ${this.labelA}`, stroke: '#7048e8', width: 1.5 }],
      [frequencies, difference] as uPlot.AlignedData, [-12, 12]));
    }
    this.centres = a.spectrum.thirdOctaveCentersHz;
    this.bands = [{ name: this.labelA, color: COLOR_A, values: a.spectrum.thirdOctaveLevelsDb },
      ...(b ? [{ name: this.labelB, color: COLOR_B, values: b.spectrum.thirdOctaveLevelsDb }] : [])];
    this.summary = describe(a, b, this.labelA, this.labelB);
    this.resize.observe(this);
  }

  private logFrequencyPlot(selector: string, series: uPlot.Series[], data: uPlot.AlignedData,
      range: [number, number]): uPlot {
    return new uPlot({
      width: this.plotWidth(),
      height: 180,
      cursor: { drag: { x: true, y: false, setScale: false } },
      scales: { x: { time: false, distr: 3, range: () => [20, 20_000] }, y: { range: () => range } },
      axes: [
        { values: (_u, ticks) => ticks.map((t) => (t >= 1000 ? `${t / 1000}k` : String(t))) },
        { size: 40, values: (_u, ticks) => ticks.map((t) => String(t).replace('-', '−')) },
      ],
      series,
      hooks: { setSelect: [(u) => this.onSelect(u)] },
    }, data, this.renderRoot.querySelector(selector) as HTMLElement);
  }

  private onSelect(u: uPlot): void {
    if (u.select.width < 3) {
      return;
    }
    const lowHz = Math.round(u.posToVal(u.select.left, 'x'));
    const highHz = Math.round(u.posToVal(u.select.left + u.select.width, 'x'));
    this.dispatchEvent(new CustomEvent('band-selected', {
      detail: { lowHz, highHz, label: `${lowHz}–${highHz} Hz` }, bubbles: true, composed: true,
    }));
  }
}

/** Where the energy sits, in words: the loudest third-octave band and, for a comparison, the largest changes. */
function describe(a: AnalysisReport, b: AnalysisReport | undefined, labelA: string, labelB: string): string {
  const centres = a.spectrum.thirdOctaveCentersHz;
  const loudest = (r: AnalysisReport) => {
    let best = -1;
    r.spectrum.thirdOctaveLevelsDb.forEach((v, i) => {
      if (v != null && (best < 0 || v > r.spectrum.thirdOctaveLevelsDb[best]!)) {
        best = i;
      }
    });
    return best < 0 ? 'no band' : `${Math.round(centres[best])} Hz (${formatValue(r.spectrum.thirdOctaveLevelsDb[best], 'dB')})`;
  };
  let text = `${labelA}: loudest third-octave band ${loudest(a)}.`;
  if (b) {
    const moves = a.spectrum.thirdOctaveLevelsDb
      .map((v, i) => ({ i, d: v == null || b.spectrum.thirdOctaveLevelsDb[i] == null ? 0 : b.spectrum.thirdOctaveLevelsDb[i]! - v }))
      .filter((m) => Math.abs(m.d) > 1);
    text += ` ${labelB}: loudest band ${loudest(b)}. `
      + (moves.length ? `Bands moving more than 1 dB: ${moves.map((m) => `${Math.round(centres[m.i])} Hz `
        + `${formatValue(m.d, 'dB')}`).join(', ')}.` : 'No band moves more than 1 dB.');
  }
  return `${text} Press a band, or drag across the long-term spectrum, to comment on a frequency range.`;
}

customElements.define('mixroom-spectrum-chart', MixroomSpectrumChart);
