import type { DataIssue } from '../../core/errors.ts';
import { parseExportDate, slashOrderOf } from '../../core/import/export-dates.ts';
import type { AccountRef, ExportRow, ExportTable } from '../../core/import/export-table.ts';
import type { Day } from '../../core/model/dates.ts';
import type { ExportFile } from './export-files.ts';
import { accountDailyTable, figureColumns, type ReadContext } from './export-rows.ts';
import {
  cellAt,
  findColumns,
  findHeader,
  headerKey,
  isLevelName,
  measureOf,
  rangeEndInNames,
  readSheet,
  type SheetRecord,
} from './export-sheet.ts';

// Meta Business Suite (Instagram and Facebook):
// - the content export: one row per post with its lifetime (`Date` = `Lifetime`) or range totals, stored as
//   snapshots on the export's last day;
// - the account insights export: UTF-16 with a BOM, a `sep=,` line, a title line naming the figure
//   (`Instagram reach`), then `Date, Primary`, daily for the account. A file may hold several such blocks.

const POST = {
  postId: ['Post ID'],
  accountId: ['Account ID'],
  username: ['Account username'],
  accountName: ['Account name'],
  description: ['Description'],
  duration: ['Duration (sec)'],
  published: ['Publish time'],
  permalink: ['Permalink'],
  postType: ['Post type'],
  comment: ['Data comment'],
  date: ['Date'],
} as const;

const ACCOUNT = { date: ['Date'], primary: ['Primary'] } as const;

const LIFETIME = new Set(['lifetime', 'total']);

/** Which network a post or account is on: its link, its post type, or the title of an insights block. */
function platformOf(...texts: string[]): string | undefined {
  const t = texts.join(' ').toLowerCase();
  if (/instagram\.com|\binstagram\b|\big\b/.test(t)) return 'instagram';
  if (/facebook\.com|fb\.watch|\bfacebook\b|\bfb\b/.test(t)) return 'facebook';
  if (/threads\.net|\bthreads\b/.test(t)) return 'threads';
  return undefined;
}

function contentTable(
  file: ExportFile,
  records: readonly SheetRecord[],
  headerAt: number,
  columns: Partial<Record<keyof typeof POST, number>>,
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable {
  const header = records[headerAt]?.cells ?? [];
  const figures = figureColumns(header, new Set(Object.values(columns)), (h) => measureOf(h, 'total'));
  const body = records.slice(headerAt + 1);
  const cell = (r: SheetRecord, c: number | undefined): string => (c === undefined ? '' : (r.cells[c] ?? ''));
  const order = slashOrderOf(body.map((r) => cell(r, columns.published)));
  const dateOf = (r: SheetRecord, c: number | undefined, range: boolean): Day | undefined | null => {
    const text = cell(r, c);
    if (text === '' || (range && LIFETIME.has(headerKey(text)))) return undefined;
    // A range (`09/01/2026 - 09/30/2026`) is dated by its last day.
    const last = range ? (text.split(/\s+[-–]\s+/).pop() ?? text) : text;
    const d = parseExportDate(last, order);
    if (d && 'day' in d) return d.day;
    issues.push({
      file: file.file,
      where: cellAt(r.line, c ?? 0, header[c ?? 0] ?? ''),
      message: `"${text}" is not a date`,
    });
    return null;
  };
  const rows: ExportRow[] = [];
  for (const r of body) {
    const date = dateOf(r, columns.date, true);
    const published = dateOf(r, columns.published, false);
    if (date === null || published === null) continue;
    const permalink = cell(r, columns.permalink);
    const platform = platformOf(permalink, cell(r, columns.postType));
    const account: AccountRef = {
      platform,
      externalId: cell(r, columns.accountId) || undefined,
      handle: cell(r, columns.username) || undefined,
    };
    rows.push({
      line: r.line,
      date,
      subject: {
        kind: 'item',
        ids: [permalink, cell(r, columns.postId)].filter(Boolean),
        title: cell(r, columns.description) || undefined,
        published,
        platform,
        account,
      },
      cells: figures.at.map((c) => r.cells[c] ?? ''),
    });
  }
  return {
    file: file.file,
    layout: 'content export (totals per post)',
    columns: figures.columns,
    rows,
    asOf: ctx.asOf ?? rangeEndInNames(file.names),
    notes: [],
  };
}

/** A line holding only a title: one text that is not a date. */
const titleOf = (r: SheetRecord | undefined): string | undefined => {
  const texts = r?.cells.filter((c) => c !== '') ?? [];
  return texts.length === 1 && texts[0] && !parseExportDate(texts[0]) ? texts[0] : undefined;
};

/** Each `Date, Primary` block, named by the title line above it. */
function accountTables(
  file: ExportFile,
  records: readonly SheetRecord[],
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable[] {
  const starts = records.flatMap((r, i) => (findHeader([r], ACCOUNT, ['date', 'primary']) ? [i] : []));
  return starts.map((at, k) => {
    const header = records[at] as SheetRecord;
    const columns = findColumns(header.cells, ACCOUNT);
    const title = titleOf(records[at - 1]) ?? '';
    const next = starts[k + 1];
    const end = next === undefined ? records.length : titleOf(records[next - 1]) ? next - 1 : next;
    const name = title
      .replace(/\b(instagram|facebook|page|fb|ig)\b/gi, '')
      .replace(/\s+/g, ' ')
      .trim();
    const primary = columns.primary ?? 1;
    const named = { ...header, cells: header.cells.map((h, c) => (c === primary && title ? title : h)) };
    const table = accountDailyTable(
      file,
      [named, ...records.slice(at + 1, end)],
      0,
      columns.date ?? 0,
      {
        layout: `account insights${title ? ` "${title}"` : ''} (daily, account)`,
        account: { platform: platformOf(title) },
        measure: (h) => (isLevelName(name || h) ? 'level' : measureOf(h, 'amount')),
      },
      ctx,
      issues,
    );
    return {
      ...table,
      columns: table.columns.map((c) => ({ ...c, names: [c.header, name].filter(Boolean) })),
    };
  });
}

export function readMeta(files: readonly ExportFile[], ctx: ReadContext, issues: DataIssue[]): ExportTable[] {
  return files.flatMap((file) => {
    const records = readSheet(file, issues);
    const posts = findHeader(records, POST, ['published']) ?? findHeader(records, POST, ['postId']);
    if (posts) {
      if (posts.columns.postId === undefined && posts.columns.permalink === undefined) {
        issues.push({
          file: file.file,
          where: `line ${records[posts.at]?.line ?? 1}`,
          message: 'missing column Post ID or Permalink',
        });
        return [];
      }
      return [contentTable(file, records, posts.at, posts.columns, ctx, issues)];
    }
    const tables = accountTables(file, records, ctx, issues);
    if (tables.length === 0 && records.length > 0)
      issues.push({
        file: file.file,
        where: `line ${records[0]?.line ?? 1}`,
        message:
          'not a Meta Business Suite export: expected a content export (Post ID, Publish time, …) or account insights (Date, Primary)',
      });
    return tables;
  });
}
