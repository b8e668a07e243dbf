import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { DataIssue } from '../../core/errors.ts';
import type { ExportColumn, ExportRow, ExportSubject, ExportTable } from '../../core/import/export-table.ts';
import { parseDay } from '../../core/model/dates.ts';
import { formatPath } from '../../core/model/issue-path.ts';
import type { ExportFile } from './export-files.ts';
import { figureColumns, type ReadContext, readDates } from './export-rows.ts';
import { findColumns, readSheet, type SheetRecord } from './export-sheet.ts';

// Any spreadsheet's CSV, in the long layout (`date, subject, channel, metric, value`) or wide (`date`, a column
// naming the subject, one column per metric), with an optional small mapping file (YAML or JSON) among the FILEs.

const mappingSchema = z.strictObject({
  /** The date column (default `date`). */
  date: z.string().min(1).optional(),
  /** The column naming each row's subject: an id, title, alias, external id or handle. */
  subject: z.string().min(1).optional(),
  /** The channel of every row (id, handle or external id); the subject itself when no column names one. */
  channel: z.string().min(1).optional(),
  /** Columns → metric ids, for headers that name no metric. */
  columns: z.record(z.string(), z.string()).optional(),
  /** The figures are lifetime or range totals: stored as stock snapshots on `as_of` (or each row's date). */
  totals: z.boolean().optional(),
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .optional(),
  /** The decimal mark, when the numbers alone cannot tell (`1.234`). */
  decimal: z.enum(['.', ',']).optional(),
});
type Mapping = z.infer<typeof mappingSchema>;

const isMappingFile = (f: ExportFile): boolean => /\.(ya?ml|json)$/i.test(f.name);

const LONG = {
  date: ['date'],
  subject: ['subject'],
  channel: ['channel'],
  metric: ['metric'],
  value: ['value'],
} as const;
/** Headers that name the subject of a wide row when the mapping does not say. */
const SUBJECT_NAMES = [
  'subject',
  'asset',
  'id',
  'title',
  'video',
  'video title',
  'post',
  'content',
  'campaign',
  'channel',
];

function readMapping(files: readonly ExportFile[], issues: DataIssue[]): Mapping {
  const found = files.filter(isMappingFile);
  const [file, ...more] = found;
  if (!file) return {};
  for (const extra of more)
    issues.push({ file: extra.file, where: '(file)', message: 'only one mapping file may be given' });
  let raw: unknown;
  try {
    raw = parseYaml(file.text);
  } catch (error) {
    issues.push({
      file: file.file,
      where: '(file)',
      message: `invalid mapping: ${(error as Error).message.split('\n')[0]}`,
    });
    return {};
  }
  const r = mappingSchema.safeParse(raw ?? {});
  if (r.success) return r.data;
  for (const i of r.error.issues)
    issues.push({
      file: file.file,
      where: formatPath(i.code === 'unrecognized_keys' ? [...i.path, ...i.keys] : i.path),
      message: i.code === 'unrecognized_keys' ? 'unknown key' : i.message,
    });
  return {};
}

function longTable(
  file: ExportFile,
  records: readonly SheetRecord[],
  cols: Partial<Record<keyof typeof LONG, number>>,
  m: Mapping,
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable {
  const header = records[0]?.cells ?? [];
  const body = records.slice(1);
  const dates = readDates(file, body, cols.date ?? 0, header[cols.date ?? 0] ?? 'date', ctx, issues);
  const columns: ExportColumn[] = [];
  const byMetric = new Map<string, number>();
  const rows: ExportRow[] = [];
  body.forEach((r, i) => {
    const metric = (r.cells[cols.metric ?? 0] ?? '').trim();
    const date = dates[i];
    if (date === undefined || metric === '') return;
    let at = byMetric.get(metric);
    if (at === undefined) {
      at =
        columns.push({
          header: metric,
          names: [metric],
          at: (cols.value ?? 0) + 1,
          measure: m.totals ? 'total' : 'given',
          metric: m.columns?.[metric],
        }) - 1;
      byMetric.set(metric, at);
    }
    const cells = new Array<string>(at + 1).fill('');
    cells[at] = r.cells[cols.value ?? 0] ?? '';
    const channel = cols.channel === undefined ? m.channel : r.cells[cols.channel] || m.channel;
    rows.push({
      line: r.line,
      date,
      subject: { kind: 'named', name: r.cells[cols.subject ?? 0] ?? '', channel },
      cells,
    });
  });
  return {
    file: file.file,
    layout: 'long CSV (date, subject, channel, metric, value)',
    columns,
    rows,
    notes: [],
    decimalHint: m.decimal,
  };
}

function wideTable(
  file: ExportFile,
  records: readonly SheetRecord[],
  m: Mapping,
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable | undefined {
  const header = records[0]?.cells ?? [];
  const date = findColumns(header, { date: [m.date ?? 'date'] }).date;
  const subject = findColumns(header, { subject: m.subject ? [m.subject] : SUBJECT_NAMES }).subject;
  if (date === undefined || (subject === undefined && m.channel === undefined)) {
    const missing = [
      date === undefined && `a date column ("${m.date ?? 'date'}")`,
      subject === undefined && 'a subject column (or `channel:` in a mapping file)',
    ];
    issues.push({
      file: file.file,
      where: `line ${records[0]?.line ?? 1}`,
      message: `missing ${missing.filter(Boolean).join(' and ')}`,
    });
    return undefined;
  }
  const body = records.slice(1);
  const fixed = new Set([date, ...(subject === undefined ? [] : [subject])]);
  const { columns, at } = figureColumns(header, fixed, () => (m.totals ? 'total' : 'given'));
  const mapped = columns.map((c) => ({ ...c, metric: m.columns?.[c.header] }));
  const dates = readDates(file, body, date, header[date] ?? 'date', ctx, issues);
  const subjectOf = (r: SheetRecord): ExportSubject =>
    subject === undefined
      ? { kind: 'account', account: { pinned: m.channel } }
      : { kind: 'named', name: r.cells[subject] ?? '', channel: m.channel };
  return {
    file: file.file,
    layout: 'wide CSV (date, subject, one column per metric)',
    columns: mapped,
    rows: body.flatMap((r, i) => {
      const d = dates[i];
      return d === undefined
        ? []
        : [{ line: r.line, date: d, subject: subjectOf(r), cells: at.map((c) => r.cells[c] ?? '') }];
    }),
    notes: [],
    decimalHint: m.decimal,
  };
}

export function readCsv(files: readonly ExportFile[], ctx: ReadContext, issues: DataIssue[]): ExportTable[] {
  const m = readMapping(files, issues);
  const asOf = m.as_of === undefined ? undefined : parseDay(m.as_of);
  if (m.as_of !== undefined && asOf === undefined)
    issues.push({
      file: files.find(isMappingFile)?.file ?? 'mapping',
      where: 'as_of',
      message: `"${m.as_of}" is not a real date`,
    });
  return files
    .filter((f) => !isMappingFile(f))
    .flatMap((file) => {
      const records = readSheet(file, issues);
      if (records.length === 0) return [];
      const long = findColumns(records[0]?.cells ?? [], LONG);
      // Half a long header is a mistake, not a wide file with a column called "metric".
      if ((long.metric === undefined) !== (long.value === undefined)) {
        const missing = long.metric === undefined ? 'metric' : 'value';
        issues.push({
          file: file.file,
          where: `line ${records[0]?.line ?? 1}`,
          message: `missing column ${missing} (long layout: date, subject, channel, metric, value)`,
        });
        return [];
      }
      const table =
        long.date !== undefined &&
        long.subject !== undefined &&
        long.metric !== undefined &&
        long.value !== undefined
          ? longTable(file, records, long, m, ctx, issues)
          : wideTable(file, records, m, ctx, issues);
      return table ? [{ ...table, asOf: ctx.asOf ?? asOf }] : [];
    });
}
