import { LitElement, css, html, nothing } from 'lit';
import { THIRD_OCTAVE_LABELS, formatValue, thirdOctaveEdges } from './analysis-data';

/** One row of values per third-octave band (the report's 31 bands), drawn as a bar per band and series. */
export interface BandSeries { name: string; color: string; values: (number | null)[] }

/**
 * Third-octave bars, one button per band (ISO 266 labels), so that each band can be reached by keyboard and
 * named by a screen reader. Pressing a band fires band-selected {lowHz, highHz, label}: the comment form takes
 * the band from it. Properties: caption, unit, centres (Hz), series, min and max of the value scale.
 */
export class MixroomBandBars extends LitElement {
  static properties = {
    caption: { type: String },
    unit: { type: String },
    centres: { type: Array },
    series: { type: Array },
    min: { type: Number },
    max: { type: Number },
  };

  static styles = css`
    :host { display: block; }
    figure { margin: 0; }
    figcaption { font-size: var(--lumo-font-size-s, 14px); font-weight: 600; }
    .bands { display: flex; align-items: stretch; gap: 1px; height: 140px; }
    button { flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; justify-content: flex-end; padding: 0;
      border: none; background: var(--lumo-contrast-5pct, #f3f5f7); cursor: pointer; position: relative; }
    button:hover, button:focus-visible { background: var(--lumo-primary-color-10pct, #e3edfb); outline: 2px solid var(--lumo-primary-color, #1676f3); }
    .bars { display: flex; align-items: flex-end; height: 100%; gap: 1px; }
    .bar { flex: 1; min-height: 1px; }
    .labels { display: flex; gap: 1px; font-size: 10px; color: #555; }
    .labels span { flex: 1 1 0; min-width: 0; text-align: center; overflow: hidden; white-space: nowrap; }
    .legend { font-size: var(--lumo-font-size-xs, 12px); display: flex; gap: 1em; }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
  `;

  caption = '';
  unit = 'dB';
  centres: number[] = [];
  series: BandSeries[] = [];
  min = -90;
  max = 0;

  render() {
    const span = this.max - this.min;
    const height = (v: number | null) => v == null ? 0 : Math.max(0, Math.min(1, (v - this.min) / span)) * 100;
    return html`
      <figure>
        <figcaption>${this.caption}</figcaption>
        <div class="legend" aria-hidden="true">${this.series.map((s) => html`
          <span><span class="swatch" style="background:${s.color}"></span>${s.name}</span>`)}</div>
        <div class="bands" role="group" aria-label="${this.caption}: press a band to comment on it">
          ${this.centres.map((centre, i) => html`
            <button type="button" aria-label="${this.bandText(i)}. Comment on this band"
                title="${this.bandText(i)}" @click=${() => this.select(centre, i)}>
              <span class="bars">${this.series.map((s) => html`
                <span class="bar" style="height:${height(s.values[i])}%;background:${s.color}"></span>`)}</span>
            </button>`)}
        </div>
        <div class="labels" aria-hidden="true">${this.centres.map((_, i) => html`
          <span>${i % 3 === 2 ? THIRD_OCTAVE_LABELS[i]?.replace(' Hz', '').replace(' kHz', 'k') : nothing}</span>`)}
        </div>
      </figure>
    `;
  }

  private bandText(i: number): string {
    const values = this.series.map((s) => `${s.name} ${formatValue(s.values[i], this.unit)}`).join(', ');
    return `${THIRD_OCTAVE_LABELS[i] ?? `${Math.round(this.centres[i])} Hz`} band: ${values}`;
  }

  private select(centre: number, i: number): void {
    const [lowHz, highHz] = thirdOctaveEdges(centre);
    this.dispatchEvent(new CustomEvent('band-selected', {
      detail: { lowHz: Math.round(lowHz * 10) / 10, highHz: Math.round(highHz * 10) / 10, label: THIRD_OCTAVE_LABELS[i] },
      bubbles: true, composed: true,
    }));
  }
}

customElements.define('mixroom-band-bars', MixroomBandBars);
