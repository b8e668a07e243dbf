import type { Config } from 'vega-lite';

// One look for every chart: white background, the machine's sans-serif, a title that says what and when.

// DejaVu ships with most Linux images (fonts-dejavu-core); resvg falls back to any system sans-serif, and the
// lines, bars and axes draw even when the machine has no font at all.
export const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

export const CHART_CONFIG: Config = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e8e8e8' },
  legend: { labelFontSize: 12, titleFontSize: 12 },
  header: { labelFontSize: 12, labelFontWeight: 'bold', labelAnchor: 'start', labelAngle: 0 },
};

export function chartTitle(text: string, subtitle: string | undefined) {
  return {
    text,
    ...(subtitle ? { subtitle } : {}),
    anchor: 'start' as const,
    fontSize: 16,
    subtitleFontSize: 12,
    subtitleColor: '#555555',
    offset: 12,
  };
}
