import { LitElement, css, html, nothing } from 'lit';
import { readLayout, toPlanar, UnsupportedPcm, type PcmLayout } from './pcm';
import { timestamp } from './mixroom-waveform';

/** Seconds of the timeline fetched per request and side. */
const CHUNK_SECONDS = 2;
/** How far ahead of the playhead audio is scheduled on the AudioContext clock. */
const LOOKAHEAD_SECONDS = 4;
/** Chunks kept around the playhead (besides a loop's); everything else is let go. */
const CHUNKS_KEPT_BEHIND = 1;
const CHUNKS_KEPT_AHEAD = 3;
/** The crossfade when switching sides: both sides always run, only their gains move. */
const CROSSFADE_SECONDS = 0.015;
const START_LATENCY_SECONDS = 0.08;
const SEEK_STEP_SECONDS = 5;
const TICK_MS = 100;
/** Below this cross-correlation confidence the alignment means little (engine.align.Alignment). */
const MIN_ALIGNMENT_CONFIDENCE = 0.3;

type Physical = 'A' | 'B';
type Mode = 'open' | 'blind' | 'abx';

interface RevisionJson {
  id: string;
  status: string;
  fileName: string;
  format: { container: string; sampleRate: number; channels: number; durationSeconds: number | null };
}

interface ComparisonJson {
  a: { integratedLufs: number | null; gainDb: number };
  b: { integratedLufs: number | null; gainDb: number };
  alignmentSeconds: number;
  alignmentConfidence: number;
}

interface NormalizationJson {
  platform: string;
  referenceLufs: number;
  gainDb: number | null;
  resultingTruePeakDbtp: number | null;
  source: string;
  checkedOn: string | null;
}

/** One side's audio: frames fetched on demand, never the whole file. */
interface Source {
  sampleRate: number;
  channels: number;
  frames: number;
  read(first: number, count: number): Promise<Float32Array<ArrayBuffer>[]>;
}

/** A stretch of one side's file, as an AudioBuffer starting at file frame firstFrame. */
interface Piece {
  buffer: AudioBuffer;
  firstFrame: number;
}

type Chunk = Record<Physical, Piece | null>;

/** "−3.00" with a real minus sign, "+1.50", "0.00". */
export function formatDb(db: number): string {
  if (Math.abs(db) < 0.005) return '0.00';
  return (db < 0 ? '\u2212' : '+') + Math.abs(db).toFixed(2);
}

/** The chance of getting at least correct of trials right by guessing (one-sided binomial test, p = 0.5). */
export function guessingProbability(correct: number, trials: number): number {
  let total = 0;
  let choose = 1;
  for (let k = 0; k <= trials; k++) {
    if (k >= correct) total += choose;
    choose = (choose * (trials - k)) / (k + 1);
  }
  return total / 2 ** trials;
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, { credentials: 'same-origin', ...init });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // not a problem document
    }
    throw new Error(detail);
  }
  return response;
}

async function rangeSource(url: string): Promise<Source> {
  const read = async (offset: number, length: number) =>
    (await fetchOk(url, { headers: { Range: `bytes=${offset}-${offset + length - 1}` } })).arrayBuffer();
  const layout: PcmLayout = await readLayout(read);
  return {
    sampleRate: layout.sampleRate,
    channels: layout.channels,
    frames: layout.frames,
    async read(first, count) {
      const bytes = await read(layout.dataOffset + first * layout.blockAlign, count * layout.blockAlign);
      return toPlanar(bytes, layout);
    },
  };
}

/** For formats a browser cannot decode in pieces: the server decodes the stretch to a float WAV. */
function serverPcmSource(api: string, revision: RevisionJson): Source {
  const rate = revision.format.sampleRate;
  return {
    sampleRate: rate,
    channels: revision.format.channels,
    frames: Math.round((revision.format.durationSeconds ?? 0) * rate),
    async read(first, count) {
      const url = `${api}revisions/${revision.id}/pcm?start=${first / rate}&duration=${count / rate}`;
      const wav = await (await fetchOk(url)).arrayBuffer();
      const layout = await readLayout(async (offset, length) => wav.slice(offset, offset + length));
      return toPlanar(wav.slice(layout.dataOffset), layout);
    },
  };
}

/**
 * A/B player of two revisions through the Web Audio API. Both sides stream in lockstep, a few seconds at a time:
 * WAV and AIFF by HTTP Range from the audio endpoint (converted here), other formats as PCM decoded by the server.
 * Each chunk is scheduled on the AudioContext clock for both sides at once; switching only moves two gains, so the
 * playhead never jumps and there is neither click nor gap. B is shifted by the server's alignment or a manual trim.
 *
 * Readable from the page: properties playhead and audioTime (seconds), activeSide, playing, score; attributes
 * active-side and playing.
 * Keys (anywhere on the page but in text fields): Space play/pause, X switch (X in an ABX test), A/B (1/2 in blind
 * mode) pick a side, arrows seek 5 s.
 */
export class MixroomAbPlayer extends LitElement {
  static properties = {
    a: { type: String },
    b: { type: String },
    aLabel: { type: String, attribute: 'a-label' },
    bLabel: { type: String, attribute: 'b-label' },
    api: { type: String },
    failure: { state: true },
    loading: { state: true },
    playing: { state: true },
    position: { state: true },
    selected: { state: true },
    match: { state: true },
    matchOverLoop: { state: true },
    preset: { state: true },
    trimMs: { state: true },
    loopStart: { state: true },
    loopEnd: { state: true },
    mode: { state: true },
    result: { state: true },
    score: { state: true },
    comparison: { state: true },
  };

  static styles = css`
    :host { display: block; }
    .row { display: flex; flex-wrap: wrap; gap: var(--lumo-space-s, 0.5rem); align-items: center; margin: 0.5rem 0; }
    .offset { font-size: var(--lumo-font-size-xl, 1.4rem); font-variant-numeric: tabular-nums; }
    .position { font-variant-numeric: tabular-nums; min-width: 12em; }
    button[aria-pressed='true'] { font-weight: bold; outline: 2px solid currentColor; }
    input[type='range'] { flex: 1; min-width: 12em; }
    table { border-collapse: collapse; }
    td, th { padding: 0.15rem 0.6rem; text-align: left; }
    .unchecked { font-style: italic; }
  `;

  a = '';
  b = '';
  aLabel = 'A';
  bLabel = 'B';
  api = 'api/';
  failure = '';
  loading = true;
  playing = false;
  /** The playhead while paused; while playing, see playhead. */
  position = 0;
  /** What the listener picked: A/B in open mode, 1/2 in blind mode, A/B/X in an ABX test. */
  selected = 'A';
  match = true;
  matchOverLoop = false;
  /** Index of the streaming preset previewed, -1 for none. */
  preset = -1;
  /** Manual shift of B in ms; null to use the server's alignment. */
  trimMs: number | null = null;
  loopStart: number | null = null;
  loopEnd: number | null = null;
  mode: Mode = 'open';
  result = '';
  score = { correct: 0, trials: 0 };
  comparison: ComparisonJson | null = null;

  private revisions: Record<Physical, RevisionJson | null> = { A: null, B: null };
  private sources: Record<Physical, Source | null> = { A: null, B: null };
  private normalization: Record<Physical, NormalizationJson[]> = { A: [], B: [] };
  private regionGains: { a: number; b: number } | null = null;
  /** In blind mode, whether side 1 is B; in an ABX test, what X is. */
  private blindSwap = false;
  private abxX: Physical = 'A';
  private context: AudioContext | null = null;
  private levels: Record<Physical, GainNode> | null = null;
  private switches: Record<Physical, GainNode> | null = null;
  private chunks = new Map<string, Promise<Chunk>>();
  private nodes = new Set<AudioBufferSourceNode>();
  private segments: { ctxStart: number; ctxEnd: number; tStart: number }[] = [];
  private cursorT = 0;
  private cursorCtx = 0;
  private timer: number | undefined;
  private generation = 0;
  private readonly keys = (event: KeyboardEvent) => this.onKey(event);

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.keys);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.keys);
    this.stopScheduling();
    void this.context?.close();
    this.context = null;
  }

  updated(changed: Map<string, unknown>): void {
    if ((changed.has('a') || changed.has('b')) && this.a && this.b) {
      void this.load();
    }
    this.setAttribute('active-side', this.selected);
    this.toggleAttribute('playing', this.playing);
  }

  /** The playhead in seconds of A's time line, read from the audio clock while playing. */
  get playhead(): number {
    if (!this.playing || !this.context) return this.position;
    const now = this.context.currentTime;
    const segment = this.segments.find((s) => now >= s.ctxStart && now < s.ctxEnd)
      ?? this.segments.filter((s) => s.ctxStart <= now).at(-1) ?? this.segments[0];
    if (!segment) return this.position;
    return segment.tStart + Math.max(0, Math.min(now, segment.ctxEnd) - segment.ctxStart);
  }

  /** The AudioContext's clock (s), which the playhead follows while playing; 0 before the first play. */
  get audioTime(): number {
    return this.context?.currentTime ?? 0;
  }

  get activeSide(): string {
    return this.selected;
  }

  private async load() {
    this.loading = true;
    this.failure = '';
    try {
      const [a, b] = await Promise.all([this.a, this.b].map(async (id) =>
        (await fetchOk(`${this.api}revisions/${id}`)).json() as Promise<RevisionJson>));
      for (const revision of [a, b]) {
        if (revision.status !== 'READY') {
          throw new Error(`${revision.fileName} is not analysed yet (${revision.status.toLowerCase()}); `
            + 'the comparison opens once both sides are ready.');
        }
      }
      this.revisions = { A: a, B: b };
      const [sourceA, sourceB, comparison, normA, normB] = await Promise.all([
        this.source(a), this.source(b),
        fetchOk(`${this.api}comparisons?a=${this.a}&b=${this.b}`).then((r) => r.json()),
        fetchOk(`${this.api}revisions/${this.a}/normalization`).then((r) => r.json()),
        fetchOk(`${this.api}revisions/${this.b}/normalization`).then((r) => r.json()),
      ]);
      this.sources = { A: sourceA, B: sourceB };
      this.comparison = comparison;
      this.normalization = { A: normA, B: normB };
    } catch (e) {
      this.failure = (e as Error).message;
    } finally {
      this.loading = false;
    }
  }

  private async source(revision: RevisionJson): Promise<Source> {
    const audio = `${this.api}revisions/${revision.id}/audio`;
    if (['wav', 'rf64', 'bw64', 'aiff', 'aifc'].includes(revision.format.container)) {
      try {
        return await rangeSource(audio);
      } catch (e) {
        if (!(e instanceof UnsupportedPcm)) throw e;
      }
    }
    return serverPcmSource(this.api, revision);
  }

  // --- Time line -------------------------------------------------------------------------------------------

  /** Whether the server's alignment can be trusted: below this the two hardly share material. */
  private get aligned(): boolean {
    return (this.comparison?.alignmentConfidence ?? 0) >= MIN_ALIGNMENT_CONFIDENCE;
  }

  /** How much later B's material starts than A's: the manual trim, else the server's alignment if trusted. */
  private get shiftB(): number {
    if (this.trimMs !== null) return this.trimMs / 1000;
    return this.aligned ? this.comparison!.alignmentSeconds : 0;
  }

  private offsetOf(side: Physical): number {
    return side === 'A' ? 0 : this.shiftB;
  }

  private get duration(): number {
    const a = this.sources.A;
    const b = this.sources.B;
    if (!a || !b) return 0;
    return Math.max(a.frames / a.sampleRate, b.frames / b.sampleRate - this.shiftB);
  }

  private chunk(k: number): Promise<Chunk> {
    const key = `${k}@${this.shiftB}`;
    let found = this.chunks.get(key);
    if (!found) {
      found = this.fetchChunk(k);
      this.chunks.set(key, found);
      found.catch(() => this.chunks.delete(key));
    }
    return found;
  }

  /** Both sides' audio for time line [k·C, (k+1)·C), fetched together so the two never drift apart. */
  private async fetchChunk(k: number): Promise<Chunk> {
    const context = this.context!;
    const piece = async (side: Physical): Promise<Piece | null> => {
      const source = this.sources[side]!;
      const from = Math.max(0, Math.round((k * CHUNK_SECONDS + this.offsetOf(side)) * source.sampleRate));
      const to = Math.min(source.frames, Math.round(((k + 1) * CHUNK_SECONDS + this.offsetOf(side)) * source.sampleRate));
      if (to <= from) return null;
      const planar = await source.read(from, to - from);
      const channels = Math.min(2, planar.length);
      const buffer = context.createBuffer(channels, planar[0].length, source.sampleRate);
      for (let c = 0; c < channels; c++) buffer.copyToChannel(planar[c], c);
      return { buffer, firstFrame: from };
    };
    const [A, B] = await Promise.all([piece('A'), piece('B')]);
    return { A, B };
  }

  private forgetChunks() {
    const current = Math.floor(this.playhead / CHUNK_SECONDS);
    const ahead = Math.floor(this.cursorT / CHUNK_SECONDS) + CHUNKS_KEPT_AHEAD;
    const loop = this.loopStart !== null && this.loopEnd !== null
      ? [Math.floor(this.loopStart / CHUNK_SECONDS), Math.floor(this.loopEnd / CHUNK_SECONDS)] : null;
    for (const key of [...this.chunks.keys()]) {
      const [index, shift] = key.split('@');
      const k = Number(index);
      const inLoop = loop !== null && k >= loop[0] && k <= loop[1] && loop[1] - loop[0] <= 10;
      if (Number(shift) !== this.shiftB || ((k < current - CHUNKS_KEPT_BEHIND || k > ahead) && !inLoop)) {
        this.chunks.delete(key);
      }
    }
  }

  // --- Playback ----------------------------------------------------------------------------------------------

  private ensureContext(): AudioContext {
    if (!this.context) {
      const context = new AudioContext({ latencyHint: 'interactive' });
      const chain = (side: Physical) => {
        const level = context.createGain();
        const select = context.createGain();
        select.gain.value = this.physical() === side ? 1 : 0;
        level.connect(select).connect(context.destination);
        return [level, select] as const;
      };
      const [levelA, switchA] = chain('A');
      const [levelB, switchB] = chain('B');
      this.context = context;
      this.levels = { A: levelA, B: levelB };
      this.switches = { A: switchA, B: switchB };
      this.applyLevels();
    }
    return this.context;
  }

  async play() {
    if (this.playing || !this.sources.A || !this.sources.B) return;
    const context = this.ensureContext();
    await context.resume();
    if (this.position >= this.duration) this.position = this.loopStart ?? 0;
    this.playing = true;
    this.startScheduling(this.position);
  }

  pause() {
    if (!this.playing) return;
    this.position = this.playhead;
    this.stopScheduling();
    this.playing = false;
  }

  togglePlay() {
    if (this.playing) this.pause();
    else void this.play();
  }

  seek(seconds: number) {
    const target = Math.max(0, Math.min(this.duration, seconds));
    if (this.playing) {
      this.stopScheduling();
      this.startScheduling(target);
    } else {
      this.position = target;
    }
  }

  private startScheduling(from: number) {
    const context = this.context!;
    this.generation++;
    this.cursorT = from;
    this.cursorCtx = context.currentTime + START_LATENCY_SECONDS;
    this.segments = [{ ctxStart: this.cursorCtx, ctxEnd: this.cursorCtx, tStart: from }];
    this.timer = window.setInterval(() => void this.tick(), TICK_MS);
    void this.tick();
  }

  private stopScheduling() {
    this.generation++;
    window.clearInterval(this.timer);
    this.timer = undefined;
    for (const node of this.nodes) {
      node.onended = null;
      node.stop();
      node.disconnect();
    }
    this.nodes.clear();
  }

  private ticking = false;

  /** Schedules what lies within the look-ahead, fetching chunks as needed; both sides always get the same piece. */
  private async tick() {
    if (this.ticking || !this.playing) return;
    this.ticking = true;
    const generation = this.generation;
    try {
      const context = this.context!;
      this.position = this.playhead;
      const end = this.duration;
      if (!this.looping() && this.cursorT >= end - 1e-9 && context.currentTime >= this.cursorCtx) {
        this.stopScheduling();
        this.playing = false;
        this.position = end;
        return;
      }
      while (this.cursorCtx < context.currentTime + LOOKAHEAD_SECONDS && (this.looping() || this.cursorT < end - 1e-9)) {
        const k = Math.floor(this.cursorT / CHUNK_SECONDS + 1e-9);
        void this.chunk(k + 1); // prefetch
        const chunk = await this.chunk(k);
        if (generation !== this.generation) return;
        if (this.cursorCtx < context.currentTime) {
          // The network fell behind: start again a moment from now, still together.
          this.cursorCtx = context.currentTime + START_LATENCY_SECONDS;
        }
        let t1 = Math.min((k + 1) * CHUNK_SECONDS, end);
        if (this.looping() && this.cursorT < this.loopEnd!) t1 = Math.min(t1, this.loopEnd!);
        this.schedulePiece(chunk, this.cursorT, t1, this.cursorCtx);
        this.segments.push({ ctxStart: this.cursorCtx, ctxEnd: this.cursorCtx + (t1 - this.cursorT), tStart: this.cursorT });
        this.cursorCtx += t1 - this.cursorT;
        this.cursorT = t1;
        if (this.looping() && this.cursorT >= this.loopEnd! - 1e-9) this.cursorT = this.loopStart!;
      }
      this.segments = this.segments.filter((s) => s.ctxEnd >= context.currentTime - 1);
      this.forgetChunks();
    } catch (e) {
      this.failure = (e as Error).message;
      this.pause();
    } finally {
      this.ticking = false;
    }
  }

  private looping(): boolean {
    return this.loopStart !== null && this.loopEnd !== null && this.loopEnd > this.loopStart;
  }

  private schedulePiece(chunk: Chunk, t0: number, t1: number, when: number) {
    for (const side of ['A', 'B'] as Physical[]) {
      const piece = chunk[side];
      if (!piece) continue;
      const rate = piece.buffer.sampleRate;
      let start = when;
      let offset = t0 + this.offsetOf(side) - piece.firstFrame / rate;
      let length = t1 - t0;
      if (offset < 0) {
        start -= offset;
        length += offset;
        offset = 0;
      }
      length = Math.min(length, piece.buffer.duration - offset);
      if (length <= 0) continue;
      const node = this.context!.createBufferSource();
      node.buffer = piece.buffer;
      node.connect(this.levels![side]);
      node.onended = () => {
        node.disconnect();
        this.nodes.delete(node);
      };
      node.start(start, offset, length);
      this.nodes.add(node);
    }
  }

  // --- Sides, levels and modes -------------------------------------------------------------------------------

  /** The side actually heard for what the listener picked. */
  private physical(): Physical {
    if (this.mode === 'blind') return (this.selected === '1') !== this.blindSwap ? 'A' : 'B';
    if (this.mode === 'abx' && this.selected === 'X') return this.abxX;
    return this.selected === 'B' ? 'B' : 'A';
  }

  /** Picks a side by the name the listener sees; the other fades out over a few milliseconds. */
  select(name: string) {
    if (!this.names().includes(name)) return;
    this.selected = name;
    if (!this.context || !this.switches) return;
    const now = this.context.currentTime;
    const heard = this.physical();
    for (const side of ['A', 'B'] as Physical[]) {
      const gain = this.switches[side].gain;
      gain.cancelScheduledValues(now);
      gain.setValueAtTime(gain.value, now);
      gain.linearRampToValueAtTime(side === heard ? 1 : 0, now + CROSSFADE_SECONDS);
    }
  }

  /** The other side (in an ABX test: the next of A, B, X). */
  switchSide() {
    const names = this.names();
    this.select(names[(names.indexOf(this.selected) + 1) % names.length]);
  }

  private names(): string[] {
    return this.mode === 'blind' ? ['1', '2'] : this.mode === 'abx' ? ['A', 'B', 'X'] : ['A', 'B'];
  }

  /** The gain (dB) each side plays at: a streaming preset's, the loudness match's, or none. */
  private gains(): Record<Physical, number> {
    if (this.preset >= 0) {
      return { A: this.normalization.A[this.preset]?.gainDb ?? 0, B: this.normalization.B[this.preset]?.gainDb ?? 0 };
    }
    if (!this.match || !this.comparison) return { A: 0, B: 0 };
    const matched = this.matchOverLoop && this.regionGains ? this.regionGains
      : { a: this.comparison.a.gainDb, b: this.comparison.b.gainDb };
    return { A: matched.a, B: matched.b };
  }

  private applyLevels() {
    if (!this.context || !this.levels) return;
    const gains = this.gains();
    const now = this.context.currentTime;
    for (const side of ['A', 'B'] as Physical[]) {
      this.levels[side].gain.setTargetAtTime(10 ** (gains[side] / 20), now, CROSSFADE_SECONDS / 3);
    }
  }

  private async matchLoop() {
    if (!this.looping()) {
      this.regionGains = null;
    } else {
      const url = `${this.api}comparisons?a=${this.a}&b=${this.b}&start=${this.loopStart}&end=${this.loopEnd}`;
      try {
        const region: ComparisonJson = await (await fetchOk(url)).json();
        this.regionGains = { a: region.a.gainDb, b: region.b.gainDb };
      } catch (e) {
        this.failure = (e as Error).message;
      }
    }
    this.applyLevels();
    this.requestUpdate();
  }

  private setMode(mode: Mode) {
    this.mode = mode;
    this.result = '';
    this.score = { correct: 0, trials: 0 };
    this.newTrial();
    this.select(this.names()[0]);
  }

  private newTrial() {
    this.blindSwap = Math.random() < 0.5;
    this.abxX = Math.random() < 0.5 ? 'A' : 'B';
    this.select(this.selected);
  }

  /** A guess: in blind mode which of 1 and 2 is A, in an ABX test what X is. Then a new trial. */
  guess(answer: string) {
    const truth = this.mode === 'blind' ? (this.blindSwap ? '2' : '1') : this.abxX;
    const right = answer === truth;
    this.score = { correct: this.score.correct + (right ? 1 : 0), trials: this.score.trials + 1 };
    this.result = this.mode === 'blind'
      ? `${right ? 'Right' : 'Wrong'}: A was ${truth}, B was ${truth === '1' ? '2' : '1'}.`
      : `${right ? 'Right' : 'Wrong'}: X was ${truth}.`;
    this.newTrial();
  }

  private setLoop(start: number | null, end: number | null) {
    this.loopStart = start;
    this.loopEnd = end;
    if (this.matchOverLoop) void this.matchLoop();
    if (this.playing) this.seek(this.playhead);
  }

  private onKey(event: KeyboardEvent) {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (event.ctrlKey || event.metaKey || event.altKey || this.failure || this.loading || !target) return;
    const tag = target.tagName;
    const type = tag === 'INPUT' ? (target as HTMLInputElement).type : '';
    const typing = target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT'
      || (tag === 'INPUT' && !['checkbox', 'radio', 'range', 'button'].includes(type));
    if (typing) return;
    const key = event.key.toLowerCase();
    if (key === ' ') {
      if (tag === 'BUTTON' || tag === 'INPUT') return; // the control itself answers
      this.togglePlay();
    } else if (key === 'x') {
      if (this.mode === 'abx') this.select('X');
      else this.switchSide();
    } else if (this.names().includes(key.toUpperCase())) {
      this.select(key.toUpperCase());
    } else if ((key === 'arrowleft' || key === 'arrowright') && type !== 'range') {
      this.seek(this.playhead + (key === 'arrowleft' ? -SEEK_STEP_SECONDS : SEEK_STEP_SECONDS));
    } else {
      return;
    }
    event.preventDefault();
  }

  // --- View ------------------------------------------------------------------------------------------------

  private offsetText(): string {
    if (this.preset >= 0) {
      const platform = this.normalization.A[this.preset]?.platform ?? '';
      const gains = this.gains();
      return `${platform}: A ${formatDb(gains.A)} dB, B ${formatDb(gains.B)} dB`;
    }
    if (!this.match) return 'Loudness match off: 0.00 dB';
    if (this.mode !== 'open') return 'Loudness matched (which side is turned down stays hidden)';
    const gains = this.gains();
    if (gains.A < 0) return `A ${formatDb(gains.A)} dB`;
    if (gains.B < 0) return `B ${formatDb(gains.B)} dB`;
    return 'A and B are equally loud: 0.00 dB';
  }

  private sideLabel(name: string): string {
    if (this.mode === 'blind') return `Side ${name}`;
    if (name === 'X') return 'X (A or B, hidden)';
    const lufs = name === 'A' ? this.comparison?.a.integratedLufs : this.comparison?.b.integratedLufs;
    const label = name === 'A' ? this.aLabel : this.bLabel;
    return `${name}: ${label}${lufs != null ? ` (${lufs < 0 ? '\u2212' : ''}${Math.abs(lufs).toFixed(1)} LUFS)` : ''}`;
  }

  render() {
    if (this.failure) return html`<p role="alert">${this.failure}</p>`;
    if (this.loading) return html`<p role="status">Loading and lining up A and B…</p>`;
    const playhead = this.position;
    const names = this.names();
    const other = names[(names.indexOf(this.selected) + 1) % names.length];
    return html`
      <div class="offset" role="status" aria-label="Level offset">${this.offsetText()}</div>
      <ul>${names.map((n) => html`<li>${this.sideLabel(n)}</li>`)}</ul>
      <div class="row" role="group" aria-label="Transport">
        <button @click=${() => this.togglePlay()}>${this.playing ? 'Pause' : 'Play'}</button>
        ${names.map((n) => html`<button aria-pressed=${this.selected === n ? 'true' : 'false'}
          aria-label=${`Listen to ${n}`} @click=${() => this.select(n)}>${n}</button>`)}
        ${this.mode === 'abx' ? nothing : html`<button @click=${() => this.switchSide()}>Switch to ${other}</button>`}
        <span class="position" aria-label="Position" role="timer">
          ${timestamp(playhead)} / ${timestamp(this.duration)} · hearing ${this.selected}</span>
      </div>
      <div class="row">
        <input type="range" aria-label="Seek" min="0" max=${this.duration} step="0.1" .value=${String(playhead)}
          @change=${(e: Event) => this.seek(Number((e.target as HTMLInputElement).value))}>
      </div>
      <div class="row" role="group" aria-label="Loop">
        <button @click=${() => this.setLoop(this.playhead, this.loopEnd !== null && this.loopEnd > this.playhead ? this.loopEnd : null)}>Set loop start</button>
        <button @click=${() => this.setLoop(this.loopStart ?? 0, this.playhead)}>Set loop end</button>
        <button ?disabled=${this.loopStart === null && this.loopEnd === null} @click=${() => this.setLoop(null, null)}>Clear loop</button>
        <span>${this.looping() ? `Loop ${timestamp(this.loopStart!)} to ${timestamp(this.loopEnd!)}` : 'No loop'}</span>
      </div>
      <div class="row" role="group" aria-label="Level">
        <label><input type="checkbox" role="switch" aria-label="Loudness match" .checked=${this.match}
          @change=${(e: Event) => { this.match = (e.target as HTMLInputElement).checked; this.applyLevels(); }}>
          Loudness match</label>
        <label><input type="checkbox" aria-label="Match over the loop" .checked=${this.matchOverLoop}
          ?disabled=${!this.match} @change=${(e: Event) => {
            this.matchOverLoop = (e.target as HTMLInputElement).checked; void this.matchLoop(); }}>
          Match over the loop (short-term loudness)</label>
      </div>
      <div class="row" role="group" aria-label="Alignment">
        <span>${this.alignmentText()}</span>
        <label>Trim B (ms) <input type="number" step="1" aria-label="Trim B (ms)"
          .value=${this.trimMs === null ? String(Math.round(this.shiftB * 1000)) : String(this.trimMs)}
          @change=${(e: Event) => this.setTrim(Number((e.target as HTMLInputElement).value))}></label>
        <button ?disabled=${this.trimMs === null} @click=${() => this.setTrim(null)}>Use automatic alignment</button>
      </div>
      ${this.renderPreview()}
      <div class="row" role="group" aria-label="Blind test">
        <label><input type="checkbox" role="switch" aria-label="Blind mode" .checked=${this.mode === 'blind'}
          @change=${(e: Event) => this.setMode((e.target as HTMLInputElement).checked ? 'blind' : 'open')}>
          Blind mode</label>
        <label><input type="checkbox" role="switch" aria-label="ABX test" .checked=${this.mode === 'abx'}
          @change=${(e: Event) => this.setMode((e.target as HTMLInputElement).checked ? 'abx' : 'open')}>
          ABX test</label>
      </div>
      ${this.renderTest()}
    `;
  }

  private alignmentText(): string {
    const shift = this.shiftB;
    const confidence = (this.comparison?.alignmentConfidence ?? 0).toFixed(2);
    const how = this.trimMs !== null ? 'manual trim'
      : this.aligned ? `found by cross-correlation, confidence ${confidence}`
        : `cross-correlation found no reliable offset, confidence ${confidence}`;
    if (Math.abs(shift) < 0.0005) return `A and B start together (${how}).`;
    return `B's material starts ${Math.abs(shift).toFixed(3)} s ${shift > 0 ? 'later' : 'earlier'} than A's (${how}).`;
  }

  private setTrim(ms: number | null) {
    this.trimMs = ms === null || Number.isFinite(ms) ? ms : null;
    this.chunks.clear();
    if (this.playing) this.seek(Math.min(this.playhead, this.duration));
  }

  private renderPreview() {
    const entries = this.normalization.A;
    return html`
      <div class="row">
        <label>Streaming preview
          <select aria-label="Streaming preview" @change=${(e: Event) => {
            this.preset = Number((e.target as HTMLSelectElement).value); this.applyLevels(); }}>
            <option value="-1" ?selected=${this.preset < 0}>Off</option>
            ${entries.map((p, i) => html`<option value=${i} ?selected=${this.preset === i}>${p.platform}</option>`)}
          </select></label>
      </div>
      ${this.preset < 0 ? nothing : html`
        <table aria-label="Streaming normalisation">
          <thead><tr><th>Side</th><th>Gain</th><th>Resulting true peak</th><th>Reference</th><th>Checked</th></tr></thead>
          <tbody>${(['A', 'B'] as Physical[]).map((side) => {
            const entry = this.normalization[side][this.preset];
            if (!entry) return nothing;
            return html`<tr>
              <td>${this.mode === 'open' ? side : 'hidden'}</td>
              <td>${entry.gainDb === null ? 'no loudness' : `${formatDb(entry.gainDb)} dB`}</td>
              <td>${entry.resultingTruePeakDbtp === null ? '–' : `${formatDb(entry.resultingTruePeakDbtp)} dBTP`}</td>
              <td>${entry.referenceLufs} LUFS (${entry.source})</td>
              <td class=${entry.checkedOn ? '' : 'unchecked'}>${entry.checkedOn ?? 'not yet checked'}</td>
            </tr>`;
          })}</tbody>
        </table>`}
    `;
  }

  private renderTest() {
    if (this.mode === 'open') return nothing;
    const guesses = this.mode === 'blind' ? [['1', '1 is A'], ['2', '2 is A']] : [['A', 'X is A'], ['B', 'X is B']];
    const { correct, trials } = this.score;
    return html`
      <div class="row" role="group" aria-label="Your guess">
        ${guesses.map(([answer, label]) => html`<button @click=${() => this.guess(answer)}>${label}</button>`)}
      </div>
      <p role="status" aria-label="Score">
        ${this.result} ${trials === 0 ? 'No guesses yet.' : `${correct} of ${trials} correct; the chance of doing `
          + `at least this well by guessing is ${(100 * guessingProbability(correct, trials)).toFixed(1)} %.`}
      </p>
    `;
  }
}

customElements.define('mixroom-ab-player', MixroomAbPlayer);
