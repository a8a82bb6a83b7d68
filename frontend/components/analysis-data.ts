/**
 * The stored analysis of a revision as GET /api/revisions/{id} returns it (analysis-spec §4), fetched once per
 * revision and page, and helpers the chart elements share.
 */
export interface AnalysisReport {
  file: { sampleRate: number; channels: number; bitDepth: number | null; durationSeconds: number };
  loudness: {
    integratedLufs: number | null; loudnessRangeLu: number | null; maxMomentaryLufs: number | null;
    maxShortTermLufs: number | null; momentaryLufs: (number | null)[]; shortTermLufs: (number | null)[];
  };
  peaks: { truePeakDbtp: number | null };
  dynamics: { plrDb: number | null; psrDb: number | null; crestFactorDb: number | null; drScore: number | null };
  stereo: {
    correlation: number | null; sideToMidDb: number | null; correlationSeries?: (number | null)[];
    sideToMidPerBandDb?: (number | null)[];
  } | null;
  spectrum: {
    thirdOctaveCentersHz: number[]; thirdOctaveLevelsDb: (number | null)[];
    longTermFrequenciesHz: number[]; longTermLevelsDb: (number | null)[];
  };
}

const reports = new Map<string, Promise<AnalysisReport>>();

/** The report of a revision; rejects with a sentence a person can read. */
export function loadReport(revisionId: string): Promise<AnalysisReport> {
  let report = reports.get(revisionId);
  if (!report) {
    report = fetch(`api/revisions/${encodeURIComponent(revisionId)}`, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) {
          throw new Error(`the analysis could not be loaded (HTTP ${response.status})`);
        }
        const body = await response.json();
        if (!body.analysis) {
          throw new Error('the revision has not been analysed yet');
        }
        return body.analysis as AnalysisReport;
      });
    report.catch(() => reports.delete(revisionId));
    reports.set(revisionId, report);
  }
  return report;
}

/** ISO 266 names of the report's 31 third-octave bands, 20 Hz … 20 kHz. */
export const THIRD_OCTAVE_LABELS = ['20 Hz', '25 Hz', '31.5 Hz', '40 Hz', '50 Hz', '63 Hz', '80 Hz', '100 Hz',
  '125 Hz', '160 Hz', '200 Hz', '250 Hz', '315 Hz', '400 Hz', '500 Hz', '630 Hz', '800 Hz', '1 kHz', '1.25 kHz',
  '1.6 kHz', '2 kHz', '2.5 kHz', '3.15 kHz', '4 kHz', '5 kHz', '6.3 kHz', '8 kHz', '10 kHz', '12.5 kHz', '16 kHz',
  '20 kHz'];

/** Band edges of a third-octave centre: f·10^(±0.05), analysis-spec §1.9. */
export function thirdOctaveEdges(centreHz: number): [number, number] {
  return [centreHz * Math.pow(10, -0.05), centreHz * Math.pow(10, 0.05)];
}

/** One decimal and the unit, or an en dash for a value the report does not have. */
export function formatValue(value: number | null | undefined, unit: string, digits = 1): string {
  if (value == null || !Number.isFinite(value)) {
    return '–';
  }
  return `${value.toFixed(digits).replace('-', '−')}${unit ? ` ${unit}` : ''}`;
}

/** The time range the waveform shows, as mixroom-waveform announces it in 'view-changed'. */
export interface TimeView { start: number; end: number }

/**
 * Follows a mixroom-waveform's visible range: calls back at once with the whole file and then on every zoom or
 * scroll. Returns the function that stops following.
 */
export function followWaveform(waveformId: string, duration: number, onView: (view: TimeView) => void): () => void {
  onView({ start: 0, end: duration });
  const waveform = waveformId ? document.getElementById(waveformId) : null;
  if (!waveform) {
    return () => undefined;
  }
  const listener = (event: Event) => onView((event as CustomEvent<TimeView>).detail);
  waveform.addEventListener('view-changed', listener);
  return () => waveform.removeEventListener('view-changed', listener);
}
