import { LitElement, css, html } from 'lit';
import { followWaveform, type TimeView } from './analysis-data';

/** Canvases are limited in width; longer spectrograms keep the loudest of each group of columns. */
const MAX_COLUMNS = 16_384;

interface Decoded { rate: number; hop: number; bands: number; columns: number; image: HTMLCanvasElement }

/**
 * The server's display spectrogram (docs/formats/spectrogram.md) drawn under the waveform: time across, the
 * 1/12-octave bands from 20 Hz (bottom) to 20 kHz (top), level as colour. Follows the waveform's zoom and scroll.
 * Attributes: revision, waveform (the id of the mixroom-waveform), duration (seconds).
 */
export class MixroomSpectrogram extends LitElement {
  static properties = { revision: { type: String }, waveform: { type: String }, duration: { type: Number },
    failure: { state: true } };

  static styles = css`
    :host { display: block; }
    figure { margin: 0; }
    figcaption { font-size: var(--lumo-font-size-s, 14px); font-weight: 600; }
    canvas { width: 100%; height: 120px; display: block; background: #000; }
  `;

  revision = '';
  waveform = '';
  duration = 0;
  failure = '';
  private decoded?: Decoded;
  private view: TimeView = { start: 0, end: 0 };
  private stopFollowing = () => undefined as void;
  private readonly resize = new ResizeObserver(() => this.paint());

  render() {
    return html`
      <figure>
        <figcaption id="caption">Spectrogram</figcaption>
        <canvas role="img" aria-label="Spectrogram: time from left to right, frequency from 20 Hz at the bottom to 20 kHz at the top, louder is brighter"></canvas>
        ${this.failure ? html`<p role="status">${this.failure}</p>` : ''}
      </figure>
    `;
  }

  disconnectedCallback(): void {
    this.resize.disconnect();
    this.stopFollowing();
    super.disconnectedCallback();
  }

  protected updated(changed: Map<string, unknown>): void {
    if (changed.has('revision') && this.revision && this.duration > 0) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      const response = await fetch(`api/revisions/${encodeURIComponent(this.revision)}/spectrogram`,
        { credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      this.decoded = decode(await response.arrayBuffer());
    } catch (e) {
      this.failure = `The spectrogram is not available: ${(e as Error).message}.`;
      return;
    }
    this.stopFollowing();
    this.stopFollowing = followWaveform(this.waveform, this.duration, (view) => {
      this.view = view;
      this.paint();
    });
    this.resize.observe(this);
  }

  private paint(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const d = this.decoded;
    if (!canvas || !d || !(this.view.end > this.view.start)) {
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    canvas.height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    const ctx = canvas.getContext('2d')!;
    const columnSeconds = (d.hop / d.rate) * (d.columns / d.image.width);
    ctx.imageSmoothingEnabled = true;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(d.image, this.view.start / columnSeconds, 0, (this.view.end - this.view.start) / columnSeconds,
      d.bands, 0, 0, canvas.width, canvas.height);
  }
}

/** Reads the MXSG blob into an image: one pixel column per (group of) column(s), low bands at the bottom. */
function decode(buffer: ArrayBuffer): Decoded {
  const view = new DataView(buffer);
  const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
  if (magic !== 'MXSG' || view.getInt32(4, true) !== 1) {
    throw new Error('the spectrogram is in an unknown format');
  }
  const rate = view.getInt32(8, true);
  const hop = view.getInt32(12, true);
  const bands = view.getInt32(16, true);
  const columns = view.getInt32(20, true);
  const cells = new Uint8Array(buffer, 24 + 8 * bands, bands * columns);
  const group = Math.max(1, Math.ceil(columns / MAX_COLUMNS));
  const width = Math.max(1, Math.ceil(columns / group));
  const image = document.createElement('canvas');
  image.width = width;
  image.height = bands;
  const ctx = image.getContext('2d')!;
  const pixels = ctx.createImageData(width, bands);
  for (let x = 0; x < width; x++) {
    for (let band = 0; band < bands; band++) {
      let level = 0;
      for (let c = x * group; c < Math.min(columns, (x + 1) * group); c++) {
        level = Math.max(level, cells[c * bands + band]);
      }
      const [r, g, b] = colour(level);
      const at = 4 * ((bands - 1 - band) * width + x);
      pixels.data[at] = r;
      pixels.data[at + 1] = g;
      pixels.data[at + 2] = b;
      pixels.data[at + 3] = 255;
    }
  }
  ctx.putImageData(pixels, 0, 0);
  return { rate, hop, bands, columns, image };
}

/** Black → purple → orange → yellow over −100 … 0 dB (byte 55 … 255). */
function colour(byte: number): [number, number, number] {
  const t = Math.max(0, Math.min(1, (byte - 55) / 200));
  const r = Math.round(255 * Math.min(1, t * 1.6));
  const g = Math.round(255 * Math.max(0, Math.min(1, (t - 0.45) * 1.8)));
  const b = Math.round(255 * Math.max(0, Math.min(1, t < 0.4 ? t * 2 : (0.8 - t) * 2)));
  return [r, g, b];
}

customElements.define('mixroom-spectrogram', MixroomSpectrogram);
