import type uPlot from 'uplot';
import { TimeChart, seriesTimes } from './time-chart';
import { formatValue, type AnalysisReport } from './analysis-data';

/**
 * Stereo correlation over time (400 ms windows, docs/measures.md): +1 mono, 0 unrelated channels, below 0 out of
 * phase. Attributes as mixroom-loudness-chart.
 */
export class MixroomCorrelationChart extends TimeChart {
  protected readonly caption = 'Stereo correlation over time';
  protected readonly height = 90;
  protected readonly yRange: [number, number] = [-1, 1];
  protected readonly yTicks = [-0.5, 0, 0.5];

  protected series(report: AnalysisReport): { data: uPlot.AlignedData; series: uPlot.Series[] } {
    const values = report.stereo?.correlationSeries ?? [];
    return {
      data: [seriesTimes(values.length), values],
      series: [{ label: `Correlation (whole file ${formatValue(report.stereo?.correlation, '', 2)})`,
        stroke: '#7048e8', width: 1, fill: 'rgba(112, 72, 232, 0.12)' }],
    };
  }

  protected describe(report: AnalysisReport): string {
    const values = (report.stereo?.correlationSeries ?? []).filter((v): v is number => v != null);
    if (!report.stereo || values.length === 0) {
      return 'No correlation over time: the file is mono, silent or shorter than 400 ms.';
    }
    const below = values.filter((v) => v < 0).length;
    return `Correlation over the whole file ${formatValue(report.stereo.correlation, '', 2)}; over time between `
      + `${formatValue(Math.min(...values), '', 2)} and ${formatValue(Math.max(...values), '', 2)}`
      + (below ? `, below 0 (out of phase) for ${(below * 0.1).toFixed(1)} s.` : ', never below 0.');
  }
}

customElements.define('mixroom-correlation-chart', MixroomCorrelationChart);
