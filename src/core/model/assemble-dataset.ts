import type { z } from 'zod';
import { DataError, type DataIssue } from '../errors.ts';
import type { FigureSource } from '../ports.ts';
import { Dataset, type SampleMeta } from './dataset.ts';
import { type Day, formatDay, parseDay } from './dates.ts';
import { externalIdKeys } from './external-ids.ts';
import { formatPath } from './issue-path.ts';
import {
  assetSchema,
  awardSchema,
  campaignSchema,
  channelSchema,
  metricSchema,
  organizationSchema,
  rankingSchema,
  seriesDatabaseSchema,
  seriesIncludeSchema,
  seriesRowSchema,
  seriesUrlSchema,
  topLevelSchema,
} from './schema.ts';
import type { SeriesReader } from './series-reader.ts';
import { SeriesBuilder } from './series-store.ts';
import type { Asset, Award, Campaign, Catalog, Channel, Metric, Organization, Ranking } from './types.ts';

/**
 * A value written in a CSV: a decimal number as JSON writes one (leading zeros allowed). Not hex, not a sign
 * `+`, not Infinity or NaN, no separators: `1,000` is two fields, and `0x10` is a typo, not 16.
 */
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A CSV value as the contract reads it, or NaN when it is not one (see DECIMAL). */
export const readDecimal = (text: string): number => (DECIMAL.test(text) ? Number(text) : Number.NaN);

/** CSV rows a parser validated, column-wise (see `addParsedRows`): ids as `idCode` codes, days as Day. */
export interface ParsedRows {
  days: Int32Array;
  subjects: Int32Array;
  channels: Int32Array;
  metrics: Int32Array;
  values: Float64Array;
  lines: Int32Array;
}

/** Past this many, further problems are counted rather than listed: a broken million-row file stays readable. */
const MAX_LISTED_ISSUES = 500;

/** A series entry the adapter must read: a CSV file, or a CSV fetched from a URL. */
export type SeriesInclude =
  | { kind: 'file'; file: string; where: string }
  | { kind: 'url'; url: string; refreshMs: number; where: string }
  | { kind: 'database'; url: string; table: string; refreshMs: number; where: string };

/** How often a live source is fetched again when its entry names no `refresh`. */
export const DEFAULT_REFRESH_MS = 15 * 60_000;

/** The latest day of each metric's rows, per source (the data file, a CSV, a URL's label): how fresh each is. */
export interface SourceReach {
  source: string;
  through: ReadonlyMap<string, Day>;
}

const refreshMsOf = (text: string | undefined): number => {
  const m = text?.match(/^(\d+)\s*(m|min|h)$/);
  return m ? Number(m[1]) * (m[2] === 'h' ? 3_600_000 : 60_000) : DEFAULT_REFRESH_MS;
};

/**
 * Builds a Dataset from a parsed data document and streamed series rows, collecting every problem with its
 * location. The adapter does the reading (YAML/JSON/CSV); this stays pure.
 */
export class DatasetAssembler {
  readonly #file: string;
  readonly #issues: DataIssue[] = [];
  #unlisted = 0;
  #catalog: Catalog | undefined;
  #sample: SampleMeta | undefined;
  readonly #builder = new SeriesBuilder();
  readonly #dayCache = new Map<string, Day | null>();
  /**
   * Known ids, each coded by a small number (a channel's from 1: 0 is a row without one). Series keep the
   * catalog's own strings (`#names`), never a slice of a CSV's text; a fast parser resolves ids to codes once.
   */
  readonly #subjects = new Map<string, number>();
  readonly #channelIds = new Map<string, number>();
  readonly #metricIds = new Map<string, number>();
  readonly #names = { subject: [] as string[], channel: [''], metric: [] as string[] };
  /** Series index in the builder, by (subject, channel, metric) codes packed in one number. */
  readonly #seriesAt = new Map<number, number>();
  /**
   * The same, as a flat table (index + 1; 0: not yet) when the catalog's ids make at most a million keys: an array
   * read per row instead of a map lookup. Made on the first row.
   */
  #seriesTable: Int32Array | undefined;
  #tableDecided = false;
  /** Row locations, indexed by the order rows were added, to name the line of a duplicate. */
  readonly #sources: string[] = [];
  #lastSource = -1;
  /** Per source index, each metric's latest day (by metric code), and the codes in the order first seen. */
  readonly #reach: { latest: (Day | undefined)[]; order: number[] }[] = [];
  /** Series read where they live (a database table), by the index of their source's rows. */
  readonly #readers: SeriesReader[] = [];

  constructor(file: string) {
    this.#file = file;
  }

  issue(file: string, where: string, message: string): void {
    if (this.#issues.length < MAX_LISTED_ISSUES) this.#issues.push({ file, where, message });
    else this.#unlisted++;
  }

  #zodIssues(error: z.ZodError, prefix: (string | number)[]): void {
    for (const i of error.issues) {
      const path = [...prefix, ...i.path];
      if (i.code === 'unrecognized_keys') {
        for (const key of i.keys) this.issue(this.#file, formatPath([...path, key]), 'unknown key');
      } else {
        this.issue(this.#file, formatPath(path), i.message);
      }
    }
  }

  #each<T>(list: unknown[] | undefined, name: string, schema: z.ZodType<T>): { item: T; at: number }[] {
    const out: { item: T; at: number }[] = [];
    (list ?? []).forEach((raw, at) => {
      const r = schema.safeParse(raw);
      if (r.success) out.push({ item: r.data, at });
      else this.#zodIssues(r.error, [name, at]);
    });
    return out;
  }

  #uniqueIds<T extends { id: string }>(list: { item: T; at: number }[], name: string): void {
    const seen = new Map<string, number>();
    for (const { item, at } of list) {
      const first = seen.get(item.id);
      if (first !== undefined)
        this.issue(this.#file, `${name}[${at}].id`, `duplicate id "${item.id}" (first at ${name}[${first}])`);
      else seen.set(item.id, at);
    }
  }

  #date(value: string | undefined, where: string): Day | undefined {
    if (value === undefined) return undefined;
    const d = parseDay(value);
    if (d === undefined) this.issue(this.#file, where, `"${value}" is not a real calendar date`);
    return d;
  }

  /** Reads the document; returns the CSV includes the adapter must stream in with `addRow`. */
  readDocument(doc: unknown): SeriesInclude[] {
    const top = topLevelSchema.safeParse(doc);
    if (!top.success) {
      this.#zodIssues(top.error, []);
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return [];
    }
    const raw = (top.success ? top.data : doc) as Record<string, unknown>;
    const sample = top.success ? top.data.sample : undefined;
    if (sample) this.#sample = sample.relative_to ? { relativeTo: sample.relative_to } : {};
    const list = (key: string): unknown[] | undefined =>
      Array.isArray(raw[key]) ? (raw[key] as unknown[]) : undefined;

    const org = organizationSchema.safeParse(raw.organization);
    let organization: Organization = { name: 'Organization', timezone: 'UTC', aliases: [] };
    if (org.success) {
      organization = { name: org.data.name, timezone: org.data.timezone, aliases: org.data.aliases ?? [] };
      if (!isTimeZone(org.data.timezone))
        this.issue(this.#file, 'organization.timezone', `"${org.data.timezone}" is not an IANA time zone`);
    } else if (raw.organization !== undefined) this.#zodIssues(org.error, ['organization']);

    const metrics = this.#each(list('metrics'), 'metrics', metricSchema);
    const campaigns = this.#each(list('campaigns'), 'campaigns', campaignSchema);
    const channels = this.#each(list('channels'), 'channels', channelSchema);
    const assets = this.#each(list('assets'), 'assets', assetSchema);
    const awards = this.#each(list('awards'), 'awards', awardSchema);
    const rankings = this.#each(list('rankings'), 'rankings', rankingSchema);
    this.#uniqueIds(metrics, 'metrics');
    this.#uniqueIds(campaigns, 'campaigns');
    this.#uniqueIds(channels, 'channels');
    this.#uniqueIds(assets, 'assets');

    // References are checked against every id written, even on an item with other problems, so one mistake is
    // reported once rather than again at each place that refers to it.
    for (const id of idsOf(list('metrics'))) this.#metricIds.set(id, this.#names.metric.push(id) - 1);
    for (const id of idsOf(list('channels'))) this.#channelIds.set(id, this.#names.channel.push(id) - 1);
    const campaignIds = idsOf(list('campaigns'));
    const assetIds = idsOf(list('assets'));
    for (const ids of [campaignIds, assetIds, this.#channelIds.keys()])
      for (const x of ids) if (!this.#subjects.has(x)) this.#subjects.set(x, this.#names.subject.push(x) - 1);

    const catalog: Catalog = {
      organization,
      metrics: metrics.map(({ item }): Metric => ({ ...item, aliases: item.aliases ?? [] })),
      campaigns: campaigns.map(({ item, at }): Campaign => {
        const start = this.#date(item.start, `campaigns[${at}].start`) ?? 0;
        const end = this.#date(item.end, `campaigns[${at}].end`);
        if (end !== undefined && end < start)
          this.issue(
            this.#file,
            `campaigns[${at}].end`,
            `ends (${item.end}) before it starts (${item.start})`,
          );
        return {
          id: item.id,
          name: item.name,
          aliases: item.aliases ?? [],
          status: item.status,
          start,
          end,
          languages: item.languages ?? [],
          markets: item.markets ?? [],
          owner: item.owner,
          description: item.description,
          visibility: item.visibility,
          goals: (item.goals ?? []).map((g, gi) => {
            const where = `campaigns[${at}].goals[${gi}]`;
            if (!this.#metricIds.has(g.metric))
              this.issue(this.#file, `${where}.metric`, `undefined metric "${g.metric}"`);
            return { metric: g.metric, target: g.target, by: this.#date(g.by, `${where}.by`) };
          }),
        };
      }),
      channels: channels.map(
        ({ item: { external_id, ...rest } }): Channel => ({
          ...rest,
          externalId: external_id,
        }),
      ),
      assets: assets.map(({ item, at }): Asset => {
        if (!campaignIds.has(item.campaign))
          this.issue(this.#file, `assets[${at}].campaign`, `unknown campaign "${item.campaign}"`);
        (item.channels ?? []).forEach((c, ci) => {
          if (!this.#channelIds.has(c))
            this.issue(this.#file, `assets[${at}].channels[${ci}]`, `unknown channel "${c}"`);
        });
        return {
          id: item.id,
          campaign: item.campaign,
          title: item.title,
          aliases: item.aliases ?? [],
          format: item.format,
          language: item.language,
          markets: item.markets ?? [],
          published: this.#date(item.published, `assets[${at}].published`),
          channels: item.channels ?? [],
          versions: item.versions ?? [],
          externalIds: item.external_ids,
        };
      }),
      awards: awards.map(({ item, at }): Award => {
        if (item.subject !== undefined && !campaignIds.has(item.subject) && !assetIds.has(item.subject))
          this.issue(this.#file, `awards[${at}].subject`, `unknown campaign or asset "${item.subject}"`);
        return { ...item, date: this.#date(item.date, `awards[${at}].date`) };
      }),
      rankings: rankings.map(({ item }): Ranking => ({ ...item })),
    };
    this.#checkExternalIds(assets);
    this.#catalog = catalog;

    const includes: SeriesInclude[] = [];
    (list('series') ?? []).forEach((entry, at) => {
      const where = `series[${at}]`;
      if (typeof entry === 'object' && entry !== null && 'file' in entry) {
        const inc = seriesIncludeSchema.safeParse(entry);
        if (inc.success) includes.push({ kind: 'file', file: inc.data.file, where });
        else this.#zodIssues(inc.error, ['series', at]);
        return;
      }
      if (typeof entry === 'object' && entry !== null && 'database' in entry) {
        const db = seriesDatabaseSchema.safeParse(entry);
        if (db.success)
          includes.push({
            kind: 'database',
            url: db.data.database,
            table: db.data.table,
            refreshMs: refreshMsOf(db.data.refresh),
            where,
          });
        else this.#zodIssues(db.error, ['series', at]);
        return;
      }
      if (typeof entry === 'object' && entry !== null && 'url' in entry) {
        const live = seriesUrlSchema.safeParse(entry);
        if (live.success)
          includes.push({
            kind: 'url',
            url: live.data.url,
            refreshMs: refreshMsOf(live.data.refresh),
            where,
          });
        else this.#zodIssues(live.error, ['series', at]);
        return;
      }
      const row = seriesRowSchema.safeParse(entry);
      if (!row.success) {
        this.#zodIssues(row.error, ['series', at]);
        return;
      }
      const r = row.data;
      this.addRow(r.date, r.subject, r.channel ?? '', r.metric, r.value, this.#file, at, where);
    });
    return includes;
  }

  /** Each `external_ids` key names a channel of the file, and no two assets share an id (in any of its forms). */
  #checkExternalIds(
    assets: { item: { id: string; external_ids?: Record<string, string> }; at: number }[],
  ): void {
    const owners = new Map<string, string>();
    for (const { item, at } of assets)
      for (const [channel, value] of Object.entries(item.external_ids ?? {})) {
        const where = `assets[${at}].external_ids.${channel}`;
        if (!this.#channelIds.has(channel)) this.issue(this.#file, where, `unknown channel "${channel}"`);
        const key = externalIdKeys(value)[0] ?? value;
        const owner = owners.get(key);
        if (owner !== undefined && owner !== item.id)
          this.issue(this.#file, where, `"${value}" is already the external id of asset "${owner}"`);
        else owners.set(key, item.id);
      }
  }

  /**
   * Adds one observation. `line` locates it (a CSV line, or the index in `series`); `where` overrides the
   * location text for inline rows. A CSV row gives `columns`, the 1-based columns of its date, subject, channel,
   * metric and value: its problems are located by line and column and never repeat its text, because an include
   * may be any file and these messages reach Slack. Hot path at a million rows: no allocation unless something
   * is wrong.
   */
  addRow(
    date: string,
    subject: string,
    channel: string,
    metric: string,
    value: number | string,
    source: string,
    line: number,
    where?: string,
    columns?: readonly number[],
  ): void {
    let day = this.#dayCache.get(date);
    if (day === undefined) {
      day = parseDay(date) ?? null;
      this.#dayCache.set(date, day);
    }
    const v = typeof value === 'number' ? value : readDecimal(value);
    const subjectId = this.#subjects.get(subject);
    const channelId = channel === '' ? 0 : this.#channelIds.get(channel);
    const metricId = this.#metricIds.get(metric);
    if (
      day === null ||
      subjectId === undefined ||
      channelId === undefined ||
      metricId === undefined ||
      !Number.isFinite(v)
    ) {
      // Messages are built only here: a valid row allocates nothing.
      const at = (field: number) =>
        where ?? (columns ? `line ${line}, column ${columns[field] ?? '?'}` : `line ${line}`);
      const quoted = (text: string | number) => (columns ? '' : ` "${text}"`);
      if (day === null) this.issue(source, at(0), `date${quoted(date)} is not a real YYYY-MM-DD date`);
      if (subjectId === undefined)
        this.issue(source, at(1), `unknown subject${quoted(subject)} (not an asset, channel or campaign id)`);
      if (channelId === undefined) this.issue(source, at(2), `unknown channel${quoted(channel)}`);
      if (metricId === undefined) this.issue(source, at(3), `undefined metric${quoted(metric)}`);
      if (!Number.isFinite(v))
        this.issue(source, at(4), `value${quoted(value)} is not a decimal number (e.g. 1200, -3 or 4.75)`);
      return;
    }
    this.#accept(day, subjectId, channelId, metricId, v, source, where === undefined ? line : 2 ** 31 + line);
  }

  /**
   * The code of a known id (`channel` '' is 0), or -1 when the catalog has no such id. A parser that reads ids
   * as bytes asks once per distinct id, then hands the codes to `addParsedRows`.
   */
  idCode(kind: 'subject' | 'channel' | 'metric', id: string): number {
    if (kind === 'channel' && id === '') return 0;
    const map = kind === 'subject' ? this.#subjects : kind === 'channel' ? this.#channelIds : this.#metricIds;
    return map.get(id) ?? -1;
  }

  /**
   * Adds CSV rows their parser has already validated as `addRow` would: each day a real date (see `realDay`), the
   * codes from `idCode` (never -1), each value finite. A row that fails any of these goes through `addRow`,
   * which says why; both end in the same acceptance, so a row is accepted one way. Rows come in columns, `count`
   * at a time: a value never crosses a call one by one (each would be a heap number at a million rows).
   */
  addParsedRows(rows: ParsedRows, count: number, source: string): void {
    const s = this.#sourceIndex(source);
    const { days, subjects, channels, metrics, values, lines } = rows;
    for (let i = 0; i < count; i++) {
      const day = days[i] ?? 0;
      const metric = metrics[i] ?? 0;
      this.#reachTo(s, metric, day);
      const series = this.#seriesIndex(subjects[i] ?? 0, channels[i] ?? 0, metric);
      this.#builder.addTo(series, day, values[i] ?? 0, s * 2 ** 32 + (lines[i] ?? 0));
    }
  }

  #sourceIndex(source: string): number {
    const last = this.#lastSource;
    if (last >= 0 && this.#sources[last] === source) return last;
    let s = this.#sources.lastIndexOf(source);
    if (s < 0) {
      s = this.#sources.push(source) - 1;
      this.#reach[s] = { latest: [], order: [] };
    }
    this.#lastSource = s;
    return s;
  }

  #reachTo(s: number, metric: number, day: Day): void {
    const reach = this.#reach[s];
    if (!reach) return;
    const latest = reach.latest[metric];
    if (latest === undefined) reach.order.push(metric);
    if (latest === undefined || day > latest) reach.latest[metric] = day;
  }

  #seriesIndex(subject: number, channel: number, metric: number): number {
    const names = this.#names;
    const key = (subject * names.channel.length + channel) * names.metric.length + metric;
    if (!this.#tableDecided) {
      // Ids are all known by the first row (readDocument): the table's size is fixed from here on.
      this.#tableDecided = true;
      const keys = names.subject.length * names.channel.length * names.metric.length;
      if (keys <= 1 << 20) this.#seriesTable = new Int32Array(keys);
    }
    const table = this.#seriesTable;
    if (table !== undefined && key < table.length) {
      const at = table[key] ?? 0;
      if (at > 0) return at - 1;
    }
    let series = this.#seriesAt.get(key);
    if (series === undefined) {
      series = this.#builder.seriesOf(
        this.#names.subject[subject] ?? '',
        this.#names.channel[channel] ?? '',
        this.#names.metric[metric] ?? '',
      );
      this.#seriesAt.set(key, series);
    }
    if (table !== undefined && key < table.length) table[key] = series + 1;
    return series;
  }

  #accept(
    day: Day,
    subject: number,
    channel: number,
    metric: number,
    v: number,
    source: string,
    at: number,
  ): void {
    const s = this.#sourceIndex(source);
    this.#reachTo(s, metric, day);
    // One number locates the row: the source's index above 2^32, the line (or 2^31 + index inline) below.
    this.#builder.addTo(this.#seriesIndex(subject, channel, metric), day, v, s * 2 ** 32 + at);
  }

  /**
   * Adds a series that stays where it lives (a database answers its reads), from one row of the source's index.
   * Its ids are checked as a CSV row's are; an id is named only when it looks like one, since a table may hold
   * anything and these messages reach Slack.
   */
  addReader(reader: SeriesReader, source: string, where: string): void {
    const named = (id: string) => (/^[\w.-]{1,64}$/.test(id) ? ` "${id}"` : '');
    const rows = `(${reader.rows} row${reader.rows === 1 ? '' : 's'})`;
    let ok = true;
    if (!this.#subjects.has(reader.subject)) {
      ok = false;
      this.issue(
        source,
        where,
        `unknown subject${named(reader.subject)} ${rows}: not an asset, channel or campaign id`,
      );
    }
    if (reader.channel !== '' && !this.#channelIds.has(reader.channel)) {
      ok = false;
      this.issue(source, where, `unknown channel${named(reader.channel)} ${rows}`);
    }
    if (!this.#metricIds.has(reader.metric)) {
      ok = false;
      this.issue(source, where, `undefined metric${named(reader.metric)} ${rows}`);
    }
    if (!ok) return;
    const s = this.#sourceIndex(source);
    if (reader.last !== undefined) this.#reachTo(s, this.#metricIds.get(reader.metric) ?? 0, reader.last);
    this.#readers.push(reader);
  }

  /** Builds the dataset, or throws a DataError listing every problem found. */
  finish(meta: { source: string; version: string }, figures?: FigureSource): Dataset {
    const catalog = this.#catalog;
    if (!catalog)
      throw new DataError([{ file: this.#file, where: '(top level)', message: 'no data document was read' }]);
    const series = this.#builder.build((day, firstRow, secondRow) => {
      const [source, where] = this.#locate(secondRow);
      this.issue(
        source,
        where,
        `duplicate row: same date (${formatDay(day)}), subject, channel and metric as ${this.#locate(firstRow).join(': ')}`,
      );
    });
    if (this.#readers.length > 0) {
      const held = new Set(series.map((x) => `${x.subject}\u0000${x.channel}\u0000${x.metric}`));
      for (const r of this.#readers)
        if (held.has(`${r.subject}\u0000${r.channel}\u0000${r.metric}`))
          this.issue(
            this.#file,
            'series',
            `the same series (${r.metric} of ${r.subject}) is in a file and in a database table`,
          );
    }
    if (this.#unlisted > 0)
      this.#issues.push({
        file: this.#file,
        where: '…',
        message: `${this.#unlisted} more problem(s) not listed`,
      });
    if (this.#issues.length > 0) throw new DataError(this.#issues);
    const all: SeriesReader[] = this.#readers.length > 0 ? [...series, ...this.#readers] : series;
    return new Dataset(
      catalog,
      all,
      this.#sample ? { ...meta, sample: this.#sample } : meta,
      undefined,
      figures,
    );
  }

  /** Each source's reach (a source without valid rows is absent): read after `finish`. */
  reach(): SourceReach[] {
    return this.#sources.map((source, i) => {
      const reach = this.#reach[i];
      const through = new Map<string, Day>();
      for (const m of reach?.order ?? []) through.set(this.#names.metric[m] ?? '', reach?.latest[m] ?? 0);
      return { source, through };
    });
  }

  /** Where a row came from, from its packed location: used to name duplicate lines. */
  #locate(packed: number): [string, string] {
    const low = packed % 2 ** 32;
    const source = this.#sources[Math.floor(packed / 2 ** 32)] ?? this.#file;
    return [source, low < 2 ** 31 ? `line ${low}` : `series[${low - 2 ** 31}]`];
  }
}

function idsOf(list: unknown[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const item of list ?? []) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
