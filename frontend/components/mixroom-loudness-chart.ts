import type uPlot from 'uplot';
import { TimeChart, seriesTimes } from './time-chart';
import { formatValue, type AnalysisReport } from './analysis-data';

/**
 * Momentary and short-term loudness over time (analysis-spec §1.3) with the integrated loudness and the target
 * as lines, under the waveform. Attributes: revision (id), waveform (the id of the mixroom-waveform to follow),
 * target-lufs.
 */
export class MixroomLoudnessChart extends TimeChart {
  static properties = { ...TimeChart.properties, targetLufs: { type: Number, attribute: 'target-lufs' } };

  targetLufs = -14;
  protected readonly caption = 'Loudness over time (LUFS)';
  protected readonly height = 140;
  protected readonly yRange: [number, number] = [-48, 0];
  protected readonly yTicks = [-40, -30, -20, -10];

  protected series(report: AnalysisReport): { data: uPlot.AlignedData; series: uPlot.Series[] } {
    const momentary = report.loudness.momentaryLufs;
    const shortTerm = report.loudness.shortTermLufs;
    const times = seriesTimes(momentary.length);
    const integrated = report.loudness.integratedLufs;
    return {
      data: [times, momentary, shortTerm, times.map(() => integrated), times.map(() => this.targetLufs)],
      series: [
        { label: 'Momentary', stroke: 'rgba(91, 126, 166, 0.7)', width: 1 },
        { label: 'Short-term', stroke: '#1f3d63', width: 2 },
        { label: `Integrated ${formatValue(integrated, 'LUFS')}`, stroke: '#2b8a3e', width: 1, dash: [6, 4] },
        { label: `Target ${formatValue(this.targetLufs, 'LUFS')}`, stroke: '#d9480f', width: 1, dash: [2, 3] },
      ],
    };
  }

  protected describe(report: AnalysisReport): string {
    const l = report.loudness;
    const defined = l.shortTermLufs.filter((v): v is number => v != null);
    const range = defined.length
      ? ` The short-term loudness moves between ${formatValue(Math.min(...defined), 'LUFS')} and `
        + `${formatValue(Math.max(...defined), 'LUFS')}.` : '';
    const offset = l.integratedLufs == null ? '' : ` (${formatValue(l.integratedLufs - this.targetLufs, 'LU')} `
      + 'from the target)';
    return `Integrated ${formatValue(l.integratedLufs, 'LUFS')}${offset}, target ${formatValue(this.targetLufs, 'LUFS')}, `
      + `maximum momentary ${formatValue(l.maxMomentaryLufs, 'LUFS')}, maximum short-term `
      + `${formatValue(l.maxShortTermLufs, 'LUFS')}.${range} Drag across the chart to comment on a time range.`;
  }
}

customElements.define('mixroom-loudness-chart', MixroomLoudnessChart);
