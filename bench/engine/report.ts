// Printing helpers shared by the benchmark's sections.

export interface TargetResult {
  target: string;
  figure: string;
  pass: boolean;
}

export const line = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

export const pad = (cells: string[], widths: number[]): string =>
  cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');

export const ratio = (r: number): string => `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
