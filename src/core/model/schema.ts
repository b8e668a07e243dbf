import { z } from 'zod';
import { parseDay } from './dates.ts';

// The data file contract v1 (shared/spec/data-format.md) as zod schemas. Unknown keys are errors everywhere
// except under `extra`; references between lists are checked afterwards, in validate-references.ts.

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must match ^[a-z0-9][a-z0-9-]*$ (lowercase letters, digits, -)');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && parseDay(value) === undefined)
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
  });
const language = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as ja');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as JP');
const text = z.string().min(1, 'must not be empty');
const aliases = z.array(text).optional();

export const metricSchema = z.strictObject({
  id,
  label: text,
  kind: z.enum(['flow', 'stock']),
  unit: z.string().optional(),
  aliases,
  /** Which way is good news (data format rev 2): `down` for unfollows or costs. */
  better: z.enum(['up', 'down']).optional(),
});

export const goalSchema = z.strictObject({
  metric: id,
  target: z.number().positive('must be a positive number'),
  by: isoDate.optional(),
});

export const campaignSchema = z.strictObject({
  id,
  name: text,
  aliases,
  status: z.enum(['planned', 'active', 'paused', 'completed']),
  start: isoDate,
  end: isoDate.optional(),
  languages: z.array(language).optional(),
  markets: z.array(country).optional(),
  owner: z.string().optional(),
  description: z.string().optional(),
  goals: z.array(goalSchema).optional(),
  visibility: z.array(text).optional(),
});

export const channelSchema = z.strictObject({
  id,
  platform: z.string().regex(/^[a-z0-9-]+$/, 'must be a lowercase platform id (a-z, 0-9, -)'),
  handle: text,
  name: z.string().optional(),
  language: language.optional(),
  /** The platform's own id of the account (data format rev 2), for imports. */
  external_id: text.optional(),
});

export const assetSchema = z.strictObject({
  id,
  campaign: id,
  title: text,
  aliases,
  format: z.string().optional(),
  language: language.optional(),
  markets: z.array(country).optional(),
  published: isoDate.optional(),
  channels: z.array(id).optional(),
  versions: z.array(z.strictObject({ language })).optional(),
  /** Channel id → the asset's id or URL there (data format rev 2), for imports. */
  external_ids: z.record(id, text).optional(),
});

export const awardSchema = z.strictObject({
  name: text,
  event: z.string().optional(),
  date: isoDate.optional(),
  subject: id.optional(),
  level: z.string().optional(),
});

export const rankingSchema = z
  .strictObject({
    index: text,
    publisher: z.string().optional(),
    year: z.number().int('must be a whole year').min(1900).max(2200),
    rank: z.number().int('must be a whole number').positive().optional(),
    tier: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((r) => r.rank !== undefined || r.tier !== undefined, { message: 'needs a rank or a tier' });

export const seriesRowSchema = z.strictObject({
  date: isoDate,
  subject: id,
  channel: id.optional(),
  metric: id,
  value: z.number({ error: 'must be a number' }).finite(),
});

export const seriesIncludeSchema = z.strictObject({ file: text });

/** Loopback hosts, where plain http is allowed (a local test server); anywhere else the figures go by https. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const liveUrl = z.string().refine(
  (value) => {
    if (!URL.canParse(value)) return false;
    const u = new URL(value);
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  },
  { message: 'must be an https:// URL (plain http:// only for 127.0.0.1 or localhost)' },
);

/** `15m`, `2h`: how often a live source is fetched again; at least a minute, so a sheet's host is not hammered. */
export const refreshSchema = z
  .string()
  .regex(/^[1-9]\d*\s*(m|min|h)$/, 'must be minutes or hours such as 15m or 1h (at least 1m)');

/** A long-layout CSV fetched over HTTP (a spreadsheet published as CSV), fetched again every `refresh`. */
export const seriesUrlSchema = z.strictObject({ url: liveUrl, refresh: refreshSchema.optional() });

export const organizationSchema = z.strictObject({
  name: text,
  timezone: text,
  aliases,
});

/** Marks bundled sample data: labelled as such, and with `relative_to: today` moved to stay recent. */
export const sampleSchema = z.strictObject({
  relative_to: z.literal('today', { error: 'must be today' }).optional(),
});

/** The top level only: lists are checked element by element, so one bad item never hides the others. */
export const topLevelSchema = z.strictObject({
  version: z.literal(1, { error: 'must be 1 (this bot reads format v1)' }),
  organization: z.unknown(),
  extra: z.unknown().optional(),
  sample: sampleSchema.optional(),
  metrics: z.array(z.unknown()).min(1, 'must define at least one metric'),
  campaigns: z.array(z.unknown()),
  channels: z.array(z.unknown()).optional(),
  assets: z.array(z.unknown()).optional(),
  awards: z.array(z.unknown()).optional(),
  rankings: z.array(z.unknown()).optional(),
  series: z.array(z.unknown()).optional(),
});

/** `analytics.pulse_series`: one to three plain identifiers (a warehouse may name project.dataset.table). */
export const TABLE_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){0,2}$/;

/**
 * Figures kept in a database table (shared/spec/imports.md): a connection URL, or `${NAME}` read from the
 * environment so no password sits in the file. The URL itself is checked once the environment has filled it in.
 */
export const seriesDatabaseSchema = z.strictObject({
  database: z
    .string()
    .refine((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /\$\{[A-Za-z_][A-Za-z0-9_]*\}/.test(v), {
      message:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the data file's own syntax, shown as written.
        'must be a database URL such as postgresql://user@host:5432/db, or ${NAME} from the environment',
    }),
  table: z.string().regex(TABLE_PATH, 'must be a table name such as analytics.pulse_series'),
  refresh: refreshSchema.optional(),
});
