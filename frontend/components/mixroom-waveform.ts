import { LitElement, css, html, type PropertyValues } from 'lit';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.esm.js';

/** A comment drawn on the waveform: a point when end is null or equal to start. */
export interface WaveformMarker {
  id: string;
  start: number;
  end: number | null;
  label: string;
}

const MARKER_PREFIX = 'marker:';
const SEEK_STEP_SECONDS = 5;
/** Pick the finest stored zoom level that is at most this many pixels long. */
const MAX_PEAK_PIXELS = 30_000;

/** m:ss.mmm, the way Mixroom writes every time. */
export function timestamp(seconds: number): string {
  const millis = Math.max(0, Math.round(seconds * 1000));
  const m = Math.floor(millis / 60_000);
  const s = Math.floor((millis % 60_000) / 1000);
  const ms = millis % 1000;
  return `${m}:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
}

/**
 * Decodes the peaks blob of docs/formats/peaks.md (audiowaveform binary v2 levels, finest first) and returns,
 * per channel, the min/max pairs of one level as values from -1 to 1.
 */
export function decodePeaks(buffer: ArrayBuffer): number[][] {
  const view = new DataView(buffer);
  let offset = 0;
  let chosen = -1;
  while (offset + 24 <= buffer.byteLength) {
    const length = view.getUint32(offset + 16, true);
    const channels = view.getInt32(offset + 20, true);
    if (chosen < 0 || length <= MAX_PEAK_PIXELS) {
      const chosenLength = chosen < 0 ? Infinity : view.getUint32(chosen + 16, true);
      if (chosen < 0 || chosenLength > MAX_PEAK_PIXELS) {
        chosen = offset;
      }
    }
    offset += 24 + 4 * length * channels;
  }
  if (chosen < 0) {
    return [];
  }
  const length = view.getUint32(chosen + 16, true);
  const channels = view.getInt32(chosen + 20, true);
  const result: number[][] = Array.from({ length: channels }, () => new Array<number>(2 * length));
  let at = chosen + 24;
  for (let i = 0; i < length; i++) {
    for (let c = 0; c < channels; c++) {
      result[c][2 * i] = view.getInt16(at, true) / 32767;
      result[c][2 * i + 1] = view.getInt16(at + 2, true) / 32767;
      at += 4;
    }
  }
  return result;
}

/**
 * The player of a revision: wavesurfer.js fed the server's peaks and duration, so no browser downloads or decodes
 * the whole file; the audio element streams it with Range requests. Comments appear as markers; dragging over the
 * waveform selects a range.
 *
 * Events (bubbling, composed): region-selected {start, end}, marker-clicked {id}, comment-requested {start, end},
 * view-changed {start, end} (the seconds in view, after a zoom or scroll; charts under the waveform follow it).
 */
export class MixroomWaveform extends LitElement {
  static properties = {
    audioUrl: { type: String, attribute: 'audio-url' },
    peaksUrl: { type: String, attribute: 'peaks-url' },
    duration: { type: Number },
    markers: { type: Array },
    time: { state: true },
    playing: { state: true },
    failure: { state: true },
  };

  static styles = css`
    :host { display: block; outline: none; }
    :host(:focus-visible) .wave { box-shadow: 0 0 0 2px var(--lumo-primary-color, #1676f3); }
    .wave { min-height: 128px; border-radius: 4px; background: var(--lumo-contrast-5pct, #f3f5f7); }
    .clock { font-variant-numeric: tabular-nums; font-size: var(--lumo-font-size-s, 14px); margin-top: 4px; }
  `;

  audioUrl = '';
  peaksUrl = '';
  duration = 0;
  markers: WaveformMarker[] = [];
  time = 0;
  playing = false;
  failure = '';

  private wavesurfer?: WaveSurfer;
  private regions?: ReturnType<typeof RegionsPlugin.create>;
  private selection?: Region;
  private pxPerSec = 0;
  private loadedFrom = '';
  private readonly keyListener = (event: KeyboardEvent) => this.onKey(event);

  connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.setAttribute('role', 'slider');
    if (!this.hasAttribute('aria-label')) {
      this.setAttribute('aria-label', 'Waveform and playhead');
    }
    window.addEventListener('keydown', this.keyListener);
  }

  disconnectedCallback(): void {
    window.removeEventListener('keydown', this.keyListener);
    this.wavesurfer?.destroy();
    this.wavesurfer = undefined;
    this.regions = undefined;
    this.selection = undefined;
    this.loadedFrom = '';
    super.disconnectedCallback();
  }

  render() {
    return html`
      <div class="wave" part="wave"></div>
      <div class="clock" aria-hidden="true">${timestamp(this.time)} / ${timestamp(this.duration)}</div>
      ${this.failure ? html`<div role="alert">${this.failure}</div>` : ''}
    `;
  }

  protected updated(changed: PropertyValues): void {
    this.setAttribute('aria-valuemin', '0');
    this.setAttribute('aria-valuemax', String(this.duration || 0));
    this.setAttribute('aria-valuenow', String(Math.round(this.time * 1000) / 1000));
    this.setAttribute('aria-valuetext', `${timestamp(this.time)} of ${timestamp(this.duration)}`);
    if ((changed.has('audioUrl') || changed.has('peaksUrl') || changed.has('duration')) && this.audioUrl
        && this.peaksUrl && this.duration > 0 && this.loadedFrom !== this.peaksUrl + this.audioUrl) {
      this.loadedFrom = this.peaksUrl + this.audioUrl;
      void this.load();
    } else if (changed.has('markers')) {
      this.drawMarkers();
    }
  }

  private async load(): Promise<void> {
    this.wavesurfer?.destroy();
    try {
      const response = await fetch(this.peaksUrl, { credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(`the waveform could not be loaded (HTTP ${response.status})`);
      }
      const peaks = decodePeaks(await response.arrayBuffer());
      const container = this.renderRoot.querySelector('.wave') as HTMLElement;
      this.regions = RegionsPlugin.create();
      this.wavesurfer = WaveSurfer.create({
        container,
        height: 128,
        waveColor: '#5b7ea6',
        progressColor: '#1f3d63',
        cursorColor: '#d9480f',
        normalize: false,
        peaks,
        duration: this.duration,
        url: this.audioUrl,
        plugins: [this.regions, TimelinePlugin.create({ height: 18 })],
      });
      this.regions.enableDragSelection({ color: 'rgba(217, 72, 15, 0.2)' });
      this.regions.on('region-created', (region: Region) => this.onRegion(region));
      this.regions.on('region-updated', (region: Region) => this.onRegion(region));
      this.regions.on('region-clicked', (region: Region, event: MouseEvent) => {
        if (region.id.startsWith(MARKER_PREFIX)) {
          event.stopPropagation();
          this.fire('marker-clicked', { id: region.id.substring(MARKER_PREFIX.length) });
          this.seek(region.start);
        }
      });
      this.wavesurfer.on('scroll', (start: number, end: number) => this.fire('view-changed', { start, end }));
      this.wavesurfer.on('zoom', () => this.announceView());
      this.wavesurfer.on('timeupdate', (t: number) => { this.time = t; });
      this.wavesurfer.on('play', () => { this.playing = true; });
      this.wavesurfer.on('pause', () => { this.playing = false; });
      // Regions are placed by the file's duration, which wavesurfer knows only once the peaks are in.
      this.wavesurfer.on('decode', () => this.drawMarkers());
    } catch (e) {
      this.failure = `The waveform is not available: ${(e as Error).message}.`;
    }
  }

  private onRegion(region: Region): void {
    if (region.id.startsWith(MARKER_PREFIX)) {
      return;
    }
    if (this.selection && this.selection !== region) {
      this.selection.remove();
    }
    this.selection = region;
    this.fire('region-selected', { start: region.start, end: region.end });
  }

  private drawMarkers(): void {
    if (!this.regions || !this.wavesurfer || !(this.wavesurfer.getDuration() > 0)) {
      return; // drawn on 'decode'
    }
    for (const region of this.regions.getRegions()) {
      if (region.id.startsWith(MARKER_PREFIX)) {
        region.remove();
      }
    }
    for (const marker of this.markers ?? []) {
      const range = marker.end != null && marker.end > marker.start;
      this.regions.addRegion({
        id: MARKER_PREFIX + marker.id,
        start: marker.start,
        end: range ? marker.end! : undefined,
        content: marker.label,
        color: range ? 'rgba(22, 118, 243, 0.15)' : 'rgba(22, 118, 243, 0.8)',
        drag: false,
        resize: false,
      });
    }
  }

  /** Starts or pauses playback. */
  playPause(): void {
    void this.wavesurfer?.playPause();
  }

  /** Moves the playhead to {@code seconds}, clamped to the file. */
  seek(seconds: number): void {
    const target = Math.min(Math.max(0, seconds), this.duration || 0);
    this.wavesurfer?.setTime(target);
    this.time = target;
  }

  /** Zooms in (factor above 1) or out around the current view. */
  zoomBy(factor: number): void {
    if (!this.wavesurfer || !this.duration) {
      return;
    }
    const fit = (this.clientWidth || 800) / this.duration;
    const current = this.pxPerSec || fit;
    this.pxPerSec = Math.min(Math.max(current * factor, fit), 2000);
    this.wavesurfer.zoom(this.pxPerSec);
  }

  /** Tells the charts that follow the waveform which seconds are in view. */
  private announceView(): void {
    const ws = this.wavesurfer;
    const duration = ws?.getDuration() || this.duration;
    if (!ws || !(duration > 0)) {
      return;
    }
    const width = ws.getWidth() || this.clientWidth || 800;
    const pxPerSec = Math.max(this.pxPerSec, width / duration);
    const start = Math.max(0, ws.getScroll() / pxPerSec);
    this.fire('view-changed', { start, end: Math.min(duration, start + width / pxPerSec) });
  }

  /** Asks for a comment at the playhead, or over the selected range when there is one. */
  requestComment(): void {
    if (this.selection) {
      this.fire('comment-requested', { start: this.selection.start, end: this.selection.end });
    } else {
      this.fire('comment-requested', { start: this.time, end: null });
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const tag = target?.tagName?.toLowerCase() ?? '';
    if (target !== this && (['input', 'textarea', 'select', 'button', 'vaadin-button', 'a'].includes(tag)
        || target?.isContentEditable || target?.getAttribute?.('role') === 'option')) {
      return;
    }
    if (event.key === ' ') {
      this.playPause();
    } else if (event.key === 'ArrowLeft') {
      this.seek(this.time - SEEK_STEP_SECONDS);
    } else if (event.key === 'ArrowRight') {
      this.seek(this.time + SEEK_STEP_SECONDS);
    } else if (event.key === 'c' || event.key === 'C') {
      this.requestComment();
    } else {
      return;
    }
    event.preventDefault();
  }

  private fire(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('mixroom-waveform', MixroomWaveform);
