import { parseArgs } from 'node:util';
import { parseDay } from '../../core/model/dates.ts';
import { EXPORT_KINDS } from '../import/export-kinds.ts';

export const IMPORT_USAGE = `Usage: pulse import ${Object.keys(EXPORT_KINDS).join('|')} FILE… [--data FILE] [--dry-run] [--add-assets]
         [--year YYYY] [--as-of YYYY-MM-DD] [--campaign ID] [--channel ID|HANDLE]`;

export interface ImportArgs {
  kind: string;
  files: string[];
  data?: string;
  dryRun: boolean;
  addAssets: boolean;
  year?: number;
  asOf?: number;
  campaign?: string;
  channel?: string;
}

const tryParse = (argv: string[]) => {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return (error as Error).message;
  }
};

/** The options, or a usage problem (exit 1). */
export function parseImportArgs(argv: string[]): ImportArgs | string {
  const parsed = tryParse(argv);
  if (typeof parsed === 'string') return parsed;
  const {
    values: v,
    positionals: [kind = '', ...files],
  } = parsed;
  if (v.help) return 'help';
  if (!EXPORT_KINDS[kind]) return kind ? `Unknown kind "${kind}".` : 'Name the kind of export.';
  if (files.length === 0) return 'Give the export file(s) to import.';
  const year = v.year === undefined ? undefined : Number(v.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200))
    return `--year must be a year YYYY, got "${v.year}"`;
  const asOf = v['as-of'] === undefined ? undefined : parseDay(v['as-of']);
  if (v['as-of'] !== undefined && asOf === undefined)
    return `--as-of must be a date YYYY-MM-DD, got "${v['as-of']}"`;
  return {
    kind,
    files,
    data: v.data,
    dryRun: v['dry-run'] ?? false,
    addAssets: v['add-assets'] ?? false,
    year,
    asOf,
    campaign: v.campaign,
    channel: v.channel,
  };
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  data: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'add-assets': { type: 'boolean' },
  year: { type: 'string' },
  'as-of': { type: 'string' },
  campaign: { type: 'string' },
  channel: { type: 'string' },
} as const;
