import type { Day } from '../model/dates.ts';

// The neutral shape every export adapter produces (src/adapters/import/<kind>-export.ts): what was measured, on
// which day, about which post or account, in which column. Matching, mapping and merging read only this.

/**
 * What a column's figures are, which decides the kind of metric it may fill:
 * `amount` a day's amount (a flow), `level` a level on that day (a stock), `total` a lifetime or date-range
 * total (stored as a stock snapshot, never spread over days), `percent` a rate, `given` as the file says (any).
 */
export type Measure = 'amount' | 'level' | 'total' | 'percent' | 'given';

export interface ExportColumn {
  /** The header as the file writes it. */
  header: string;
  /** Names to match against the metrics' ids, labels and aliases: the header, and its English name if known. */
  names: string[];
  /** 1-based column in the file, to locate a bad cell. */
  at: number;
  measure: Measure;
  /** A metric id chosen by a mapping file: no name matching. */
  metric?: string;
}

/** An account as an export names it; every part optional. */
export interface AccountRef {
  platform?: string;
  externalId?: string;
  handle?: string;
  /** A channel id, handle or external id given by the user (`--channel`, a mapping file). */
  pinned?: string;
}

/** A post or video as an export names it. */
export interface ItemRef {
  kind: 'item';
  /** Ids and URLs the export gives for it (video id, post id, permalink). */
  ids: string[];
  title?: string;
  published?: Day;
  platform?: string;
  account?: AccountRef;
}

export interface AccountSubject {
  kind: 'account';
  account: AccountRef;
}

/** A generic CSV's own words for the subject: an id, title, alias, handle or external id; resolved by name. */
export interface NamedSubject {
  kind: 'named';
  name: string;
  channel?: string;
}

export type ExportSubject = ItemRef | AccountSubject | NamedSubject;

export interface ExportRow {
  line: number;
  /** The day measured; undefined for a total whose day is the export's last (`asOf`). */
  date?: Day;
  subject: ExportSubject;
  /** The raw cells of `columns`, in their order; '' when blank. */
  cells: string[];
}

export interface ExportTable {
  /** As shown to people: `export.zip/Chart data.csv`. */
  file: string;
  /** What the file was read as: `Chart data (daily, per video)`. */
  layout: string;
  columns: ExportColumn[];
  rows: ExportRow[];
  /** The export's last day: where totals are stored. */
  asOf?: Day;
  /** The decimal mark the export's language uses, when its numbers alone cannot tell. */
  decimalHint?: '.' | ',';
  /** What was read but deliberately not imported, for the summary (a `Total` row). */
  notes: string[];
}
