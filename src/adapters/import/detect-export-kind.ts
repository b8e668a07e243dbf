import type { ExportFile } from './export-files.ts';
import { headerKey } from './export-sheet.ts';

// Which kind of export a file is, from what the platforms write (shared/spec/imports.md, "Export layouts"): the
// file names they give and the header cells only they use. A file that fits no kind, or more than one, is not
// guessed at: the caller asks.

interface Signature {
  kind: string;
  /** File names the platform gives its export. */
  names?: RegExp;
  /** Header cells (any UI language known) that only this kind writes. */
  headers: readonly string[];
}

const SIGNATURES: readonly Signature[] = [
  {
    kind: 'youtube-studio',
    names: /^(chart data|table data|totals|图表数据|表格数据|总计)\.csv$/i,
    headers: ['Video title', '视频标题', 'Video publish time', '视频发布时间'],
  },
  { kind: 'meta', headers: ['Post ID', 'Permalink', 'Primary'] },
  {
    kind: 'tiktok',
    names: /^(overview|followerhistory)\.csv$/i,
    headers: ['Video Views', 'Profile Views', 'Difference in followers from previous day'],
  },
  {
    kind: 'x',
    names: /^account_overview_analytics.*\.csv$/i,
    headers: ['Engagements', 'Bookmarks', 'New follows', 'Reposts', 'Create Post'],
  },
];

const LONG_HEADER = ['date', 'subject', 'channel', 'metric', 'value'];

/** Header-like cells: the first few records, where exports put their header under any title lines. */
const headCells = (text: string): Set<string> =>
  new Set(
    text
      .replace(/^\ufeff/, '')
      .split(/\r?\n/, 6)
      .flatMap((line) => line.split(/[,;\t]/))
      .map((c) => headerKey(c.replace(/^"|"$/g, ''))),
  );

function kindsOf(file: ExportFile): string[] {
  // The name the platform gave its file is the surest sign (X's `Video views` is TikTok's `Video Views` too).
  const named = SIGNATURES.filter((s) => s.names?.test(file.name));
  if (named.length > 0) return named.map((s) => s.kind);
  const cells = headCells(file.text);
  const found = SIGNATURES.filter((s) => s.headers.some((h) => cells.has(headerKey(h)))).map((s) => s.kind);
  if (found.length === 0 && LONG_HEADER.every((h) => cells.has(h))) found.push('csv');
  return found;
}

/**
 * The kinds the files may be: one when they say which, none or several when they do not (a wide CSV, an
 * export renamed and trimmed). Every file of one upload must agree.
 */
export function exportKindsOf(files: readonly ExportFile[]): string[] {
  const per = files.map(kindsOf).filter((k) => k.length > 0);
  const all = [...new Set(per.flat())];
  return all.filter((k) => per.every((kinds) => kinds.includes(k)));
}
