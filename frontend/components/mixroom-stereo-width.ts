import { LitElement, html } from 'lit';
import { formatValue, loadReport } from './analysis-data';
import type { BandSeries } from './mixroom-band-bars';
import './mixroom-band-bars';

/**
 * Stereo width per third-octave band: side-to-mid in dB (docs/measures.md); higher bars are wider, −∞ is mono.
 * Attribute: revision. Pressing a band fires band-selected like the spectrum.
 */
export class MixroomStereoWidth extends LitElement {
  static properties = { revision: { type: String }, centres: { state: true }, series: { state: true },
    note: { state: true } };

  revision = '';
  centres: number[] = [];
  series: BandSeries[] = [];
  note = '';

  render() {
    return html`
      <mixroom-band-bars caption="Stereo width per band (side-to-mid, dB)" unit="dB" .centres=${this.centres}
          .series=${this.series} .min=${-40} .max=${0}></mixroom-band-bars>
      <p style="font-size: var(--lumo-font-size-xs, 12px)">${this.note}</p>
    `;
  }

  protected updated(changed: Map<string, unknown>): void {
    if (changed.has('revision') && this.revision) {
      loadReport(this.revision).then((report) => {
        const widths = report.stereo?.sideToMidPerBandDb;
        if (!report.stereo || !widths) {
          this.note = 'No stereo width: the file is mono or was analysed before widths were measured.';
          return;
        }
        this.centres = report.spectrum.thirdOctaveCentersHz;
        this.series = [{ name: 'Side-to-mid', color: '#7048e8', values: widths }];
        this.note = `Whole file side-to-mid ${formatValue(report.stereo.sideToMidDb, 'dB')}: 0 dB is as much side `
          + 'as mid, −20 dB nearly mono.';
      }, (e: Error) => { this.note = `Stereo width is not available: ${e.message}.`; });
    }
  }
}

customElements.define('mixroom-stereo-width', MixroomStereoWidth);
