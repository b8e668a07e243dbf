import type { DataIssue } from '../../core/errors.ts';
import { parseExportDate } from '../../core/import/export-dates.ts';
import type { ExportTable, ItemRef } from '../../core/import/export-table.ts';
import type { Day } from '../../core/model/dates.ts';
import type { ExportFile } from './export-files.ts';
import { accountDailyTable, figureColumns, type ReadContext, readDates } from './export-rows.ts';
import {
  cellAt,
  findHeader,
  headerKey,
  measureOf,
  rangeEndInNames,
  readSheet,
  type SheetRecord,
} from './export-sheet.ts';

// YouTube Studio's Advanced-mode export (a ZIP, or its folder): `Chart data.csv` (daily, per video),
// `Table data.csv` (totals for the export's range, per video, first row `Total`), `Totals.csv` (daily, channel).
// Headers follow the UI language: English and Simplified Chinese are known.

const FIXED = {
  date: ['Date', '日期'],
  content: ['Content', '内容'],
  title: ['Video title', '视频标题'],
  published: ['Video publish time', '视频发布时间'],
  duration: ['Duration', '时长'],
} as const;

/** Studio's figure columns in Simplified Chinese, by their English names. */
const ENGLISH: Readonly<Record<string, string>> = {
  观看次数: 'Views',
  '观看时长（小时）': 'Watch time (hours)',
  订阅人数: 'Subscribers',
  获得的订阅人数: 'Subscribers gained',
  失去的订阅人数: 'Subscribers lost',
  展示次数: 'Impressions',
  '展示次数点击率 (%)': 'Impressions click-through rate (%)',
  平均观看时长: 'Average view duration',
  '平均观看百分比 (%)': 'Average percentage viewed (%)',
  不重复观看者人数: 'Unique viewers',
  顶: 'Likes',
  点赞数: 'Likes',
  踩: 'Dislikes',
  评论: 'Comments',
  评论数: 'Comments',
  分享: 'Shares',
  分享次数: 'Shares',
  '预计收入 (USD)': 'Estimated revenue (USD)',
};
const ENGLISH_BY_KEY = new Map(Object.entries(ENGLISH).map(([zh, en]) => [headerKey(zh), en]));
const english = (h: string): string | undefined => ENGLISH_BY_KEY.get(headerKey(h));

/** The `Total` row, in any UI language: it sums the others, so it is never imported. */
const TOTAL_ROW = new Set(['total', '总计', '合计', '總計']);
const CHANNEL = { platform: 'youtube' };

type Columns = Partial<Record<keyof typeof FIXED, number>>;

function videoTable(
  file: ExportFile,
  records: readonly SheetRecord[],
  headerAt: number,
  columns: Columns,
  asOf: Day | undefined,
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable {
  const header = records[headerAt]?.cells ?? [];
  const daily = columns.date !== undefined;
  const fixed = new Set(Object.values(columns));
  const figures = figureColumns(header, fixed, (h) => measureOf(h, daily ? 'amount' : 'total'), english);
  const all = records.slice(headerAt + 1);
  const content = columns.content ?? 0;
  const rows = all.filter((r) => !TOTAL_ROW.has(headerKey(r.cells[content] ?? '')));
  const dates = daily
    ? readDates(file, rows, columns.date ?? 0, header[columns.date ?? 0] ?? 'Date', ctx, issues)
    : [];
  const cell = (r: SheetRecord, c: number | undefined): string => (c === undefined ? '' : (r.cells[c] ?? ''));
  return {
    file: file.file,
    layout: daily ? 'Chart data (daily, per video)' : "Table data (the export's range, per video)",
    columns: figures.columns,
    asOf,
    notes: rows.length < all.length ? ['the Total row is not imported (it sums the videos)'] : [],
    rows: rows.flatMap((r, i) => {
      const published = cell(r, columns.published);
      const when = published ? parseExportDate(published) : undefined;
      if (published && !(when && 'day' in when))
        issues.push({
          file: file.file,
          where: cellAt(r.line, columns.published ?? 0, header[columns.published ?? 0] ?? ''),
          message: `"${published}" is not a date`,
        });
      const item: ItemRef = {
        kind: 'item',
        ids: [cell(r, columns.content)].filter(Boolean),
        title: cell(r, columns.title) || undefined,
        published: when && 'day' in when ? when.day : undefined,
        platform: 'youtube',
      };
      const date = daily ? dates[i] : undefined;
      if (daily && date === undefined) return [];
      return [{ line: r.line, date, subject: item, cells: figures.at.map((c) => r.cells[c] ?? '') }];
    }),
  };
}

/** Reads every file of a Studio export; the range's last day (for `Table data`) comes from the names or the daily rows. */
export function readYoutubeStudio(
  files: readonly ExportFile[],
  ctx: ReadContext,
  issues: DataIssue[],
): ExportTable[] {
  const sheets = files.map((file) => {
    const records = readSheet(file, issues);
    const header =
      findHeader(records, FIXED, ['content']) ??
      findHeader(records, FIXED, ['date']) ??
      findHeader(records, FIXED, ['title']);
    return { file, records, header };
  });
  const tables: ExportTable[] = [];
  let lastDaily: Day | undefined;
  for (const { file, records, header } of sheets) {
    if (!header) {
      if (records.length > 0)
        issues.push({
          file: file.file,
          where: `line ${records[0]?.line ?? 1}`,
          message:
            'not a YouTube Studio export: expected a header with Content (Chart data.csv, Table data.csv) or Date (Totals.csv)',
        });
      continue;
    }
    const { at, columns } = header;
    if (
      columns.content === undefined &&
      [columns.title, columns.published, columns.duration].some((c) => c !== undefined)
    ) {
      issues.push({
        file: file.file,
        where: `line ${records[at]?.line ?? 1}`,
        message: 'missing column Content (the video id)',
      });
      continue;
    }
    const asOf = ctx.asOf ?? rangeEndInNames(file.names);
    const table =
      columns.content !== undefined
        ? videoTable(file, records, at, columns, asOf, ctx, issues)
        : accountDailyTable(
            file,
            records,
            at,
            columns.date ?? 0,
            {
              layout: 'Totals (daily, channel)',
              account: CHANNEL,
              measure: (h) => measureOf(h, 'amount'),
              english,
            },
            ctx,
            issues,
          );
    for (const r of table.rows)
      if (r.date !== undefined && (lastDaily === undefined || r.date > lastDaily)) lastDaily = r.date;
    tables.push(table);
  }
  // Totals without a stated range end on the last day the daily files cover: they come from the same export.
  return tables.map((t) => (t.asOf === undefined && lastDaily !== undefined ? { ...t, asOf: lastDaily } : t));
}
