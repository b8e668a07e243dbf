import type { DataIssue } from '../errors.ts';
import { type Day, formatDay } from '../model/dates.ts';
import type { Catalog } from '../model/types.ts';
import { inferDecimalMark, isBlankCell, parseExportNumber } from './export-numbers.ts';
import type { ExportRow, ExportTable, ItemRef } from './export-table.ts';
import { mapColumn } from './map-columns.ts';
import { type AssetEntry, assetOf, campaignFor, newAssetEntry } from './new-asset.ts';
import { type Resolved, SubjectIndex } from './subject-index.ts';

// Export tables + the catalog → the series rows to merge, and everything the user should hear about: which
// column went where, what was skipped and why, which posts the catalog lacks. Pure: the CLI reads and writes.

export interface ImportOptions {
  /** Append the posts the catalog lacks instead of only listing them. */
  addAssets: boolean;
  /** The campaign new assets join (`--campaign`). */
  campaign?: string;
  /** The account every account-level row is about (`--channel`). */
  channel?: string;
}

export interface PlannedRow {
  date: Day;
  subject: string;
  channel: string;
  metric: string;
  value: number;
}

export interface ColumnReport {
  /** The table's index in the list imported. */
  table: number;
  header: string;
  metric?: string;
  reason?: string;
}

export interface NewAsset {
  entry: AssetEntry;
  /** Figures that belong to it (skipped unless it is added). */
  figures: number;
  added: boolean;
  /** The campaigns to choose from when none could be told. */
  choices?: string[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  columns: ColumnReport[];
  newAssets: NewAsset[];
  /** metric → reason → figures skipped. */
  skipped: Map<string, Map<string, number>>;
  notes: string[];
  /** Bad input: the import stops (exit 2). */
  issues: DataIssue[];
}

const NOT_IN_CATALOG = 'not in the catalog';

/** A post the catalog lacks, with what its rows resolve to (its new id once added). */
type Fresh = NewAsset & { resolved: Resolved };
/** What a row is about; `fresh` when it is a post the catalog lacks. */
type Target = { resolved: Resolved; fresh?: Fresh };

const itemKey = (item: ItemRef): string => item.ids[0] ?? item.title ?? '';

export function planImport(
  tables: readonly ExportTable[],
  catalog: Catalog,
  options: ImportOptions,
): ImportPlan {
  return new ImportPlanner(catalog, options).run(tables);
}

class ImportPlanner {
  readonly #catalog: Catalog;
  readonly #options: ImportOptions;
  readonly #index: SubjectIndex;
  readonly #taken: Set<string>;
  readonly #newAssets = new Map<string, Fresh>();
  readonly #rows = new Map<string, PlannedRow & { from: string }>();
  readonly #plan: ImportPlan = {
    rows: [],
    columns: [],
    newAssets: [],
    skipped: new Map(),
    notes: [],
    issues: [],
  };

  constructor(catalog: Catalog, options: ImportOptions) {
    this.#catalog = catalog;
    this.#options = options;
    this.#index = new SubjectIndex(catalog);
    this.#taken = new Set([...catalog.assets, ...catalog.campaigns, ...catalog.channels].map((x) => x.id));
    if (options.campaign !== undefined && !catalog.campaigns.some((c) => c.id === options.campaign))
      this.#issue('(options)', '--campaign', `no campaign "${options.campaign}" in the data file`);
  }

  run(tables: readonly ExportTable[]): ImportPlan {
    for (const [i, table] of tables.entries()) this.#table(table, i);
    const plan = this.#plan;
    plan.rows = [...this.#rows.values()].map(({ from: _, ...row }) => row);
    plan.newAssets = [...this.#newAssets.values()].map(({ resolved: _, ...n }) => n);
    return plan;
  }

  #issue(file: string, where: string, message: string): void {
    this.#plan.issues.push({ file, where, message });
  }

  #skip(metric: string, reason: string): void {
    const reasons = this.#plan.skipped.get(metric) ?? new Map<string, number>();
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    this.#plan.skipped.set(metric, reasons);
  }

  #table(table: ExportTable, at: number): void {
    this.#plan.notes.push(...table.notes.map((n) => `${table.file}: ${n}`));
    const mapped = table.columns.map((column, i) => {
      const m = mapColumn(column, this.#catalog.metrics);
      this.#plan.columns.push({
        table: at,
        header: column.header,
        ...('metric' in m ? { metric: m.metric.id } : { reason: m.reason }),
      });
      return 'metric' in m ? { column, metric: m.metric.id, i } : undefined;
    });
    const used = mapped.filter((m) => m !== undefined);
    if (used.length === 0) return;
    const decimal = inferDecimalMark(
      table.rows.flatMap((r) => used.map((u) => r.cells[u.i] ?? '')).filter((c) => !isBlankCell(c)),
      table.decimalHint,
    );
    let undated = false;
    for (const row of table.rows) {
      const date = row.date ?? table.asOf;
      const target = this.#resolve(table, row);
      if (target === undefined) return;
      const { resolved, fresh } = target;
      for (const { column, metric, i } of used) {
        const cell = row.cells[i] ?? '';
        if (isBlankCell(cell)) continue;
        const value = parseExportNumber(cell, decimal);
        const where = `line ${row.line}, column ${column.at} (${column.header})`;
        if (value === undefined) {
          this.#issue(table.file, where, `"${cell}" is not a number`);
          continue;
        }
        if (date === undefined) {
          undated = true;
          continue;
        }
        if (fresh) fresh.figures++;
        if ('unknown' in resolved) this.#skip(metric, NOT_IN_CATALOG);
        else if ('problem' in resolved) this.#skip(metric, resolved.problem);
        else this.#add({ date, ...resolved, metric, value }, table.file, where);
      }
    }
    if (undated)
      this.#issue(
        table.file,
        '(file)',
        "holds totals, and the export's last day is unknown: keep the date range in the file name or give --as-of YYYY-MM-DD",
      );
  }

  /** What a row is about; undefined stops the table (an account the file cannot tell). */
  #resolve(table: ExportTable, row: ExportRow): Target | undefined {
    const s = row.subject;
    if (s.kind === 'named') {
      const r = this.#index.named(s.name, s.channel);
      return { resolved: 'unknown' in r ? { problem: `unknown subject "${s.name}"` } : r };
    }
    if (s.kind === 'account') {
      const ch = this.#index.channel({ ...s.account, pinned: s.account.pinned ?? this.#options.channel });
      if ('id' in ch) return { resolved: { subject: ch.id, channel: '' } };
      this.#issue(table.file, `line ${row.line}`, `cannot tell which account this is: ${ch.problem}`);
      return undefined;
    }
    const known = this.#newAssets.get(itemKey(s));
    if (known) return { resolved: known.resolved, fresh: known };
    const r = this.#index.item(s);
    if (!('unknown' in r)) return { resolved: r };
    const fresh = this.#newAsset(s);
    return { resolved: fresh.resolved, fresh };
  }

  /** A post the catalog lacks: one entry per post, added when `--add-assets` and its campaign is known. */
  #newAsset(item: ItemRef): Fresh {
    const account = this.#index.channel({
      ...item.account,
      platform: item.account?.platform ?? item.platform,
      pinned: this.#options.channel,
    });
    const channel = 'id' in account ? account.id : undefined;
    const { campaign, choices } = campaignFor(this.#catalog, item.published, this.#options.campaign);
    const entry = newAssetEntry(item, channel, campaign, this.#taken);
    const added = this.#options.addAssets && campaign !== undefined;
    if (added) this.#index.add(assetOf(entry, item.published));
    const resolved: Resolved = added ? { subject: entry.id, channel: channel ?? '' } : { unknown: true };
    const fresh: Fresh = { entry, figures: 0, added, choices, resolved };
    this.#newAssets.set(itemKey(item), fresh);
    return fresh;
  }

  /** One figure; the same day, subject, channel and metric twice in one import must agree. */
  #add(row: PlannedRow, file: string, where: string): void {
    const from = `${file} ${where}`;
    const key = `${row.date}|${row.subject}|${row.channel}|${row.metric}`;
    const seen = this.#rows.get(key);
    if (seen && seen.value !== row.value) {
      this.#issue(
        file,
        where,
        `${row.metric} of ${row.subject} on ${formatDay(row.date)} is ${row.value} here but ${seen.value} at ${seen.from}`,
      );
      return;
    }
    if (!seen) this.#rows.set(key, { ...row, from });
  }
}
