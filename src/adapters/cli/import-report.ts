import type { MetricTally } from '../../core/import/merge-series.ts';
import type { ImportPlan } from '../../core/import/plan-import.ts';
import { pasteEntries } from '../import/catalog-edit.ts';
import type { ImportOutcome } from '../import/run-import.ts';

const plural = (n: number, noun: string): string =>
  `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** Per metric: added, replaced, unchanged, skipped and why. */
function metricLines(plan: ImportPlan, tally: ReadonlyMap<string, MetricTally>): string[] {
  const metrics = [...new Set([...tally.keys(), ...plan.skipped.keys()])].sort();
  if (metrics.length === 0) return ['  No figure was imported.'];
  const width = Math.max(...metrics.map((m) => m.length));
  return metrics.map((m) => {
    const t = tally.get(m) ?? { added: 0, replaced: 0, unchanged: 0 };
    const reasons = [...(plan.skipped.get(m) ?? new Map<string, number>())];
    const skipped = reasons.reduce((n, [, c]) => n + c, 0);
    const why = reasons.map(([reason, n]) => `${n} ${reason}`).join('; ');
    return `  ${m.padEnd(width)}  ${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged, ${skipped} skipped${why ? ` (${why})` : ''}`;
  });
}

/** What was read, where each column went, what was skipped, the posts the catalog lacks, and what was written. */
export function describeImport(
  o: ImportOutcome,
  /** What to do about posts the catalog lacks, where `--add-assets` is not at hand (Slack). */
  missingHint?: string,
): string[] {
  const { plan } = o;
  const lines = [`pulse import ${o.kind}`];
  for (const [i, t] of o.tables.entries()) {
    lines.push(`  ${t.file}: ${t.layout}, ${plural(t.rows.length, 'row')}`);
    for (const c of plan.columns.filter((c) => c.table === i))
      lines.push(
        c.metric ? `    "${c.header}" → ${c.metric}` : `    "${c.header}" not imported: ${c.reason}`,
      );
  }
  for (const note of plan.notes) lines.push(`  Note: ${note}`);
  lines.push('', `Figures, per metric (${o.seriesFile}):`, ...metricLines(plan, o.tally));

  const missing = plan.newAssets.filter((n) => !n.added);
  const added = plan.newAssets.filter((n) => n.added);
  if (missing.length > 0) {
    const hint =
      missingHint ??
      (o.addAssets
        ? 'name their campaign with --campaign ID to add them'
        : 'or rerun with --add-assets to append them');
    lines.push(
      '',
      `Not in the catalog: ${plural(missing.length, 'post')} (${plural(
        missing.reduce((n, m) => n + m.figures, 0),
        'figure',
      )} skipped). Paste under \`assets:\` in ${o.dataFile}, ${hint}:`,
      ...pasteEntries(missing).trimEnd().split('\n'),
    );
  }
  if (added.length > 0)
    lines.push(
      '',
      `Added to the catalog in ${o.dataFile}: ${added.map((a) => `${a.entry.id} (${a.entry.campaign})`).join(', ')}`,
    );

  lines.push('');
  if (o.written === undefined) lines.push('Dry run: nothing written.');
  else if (o.written.length === 0)
    lines.push(`Nothing to write: ${o.seriesFile} already holds these figures.`);
  else lines.push(`Wrote ${o.written.join(' and ')}.`);
  return lines;
}
