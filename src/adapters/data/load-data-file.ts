import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DataError } from '../../core/errors.ts';
import { DatasetAssembler, type SourceReach } from '../../core/model/assemble-dataset.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { FigureSource } from '../../core/ports.ts';
import { digestBytes, digestFile } from './content-digest.ts';
import { combinedFigures } from './database-series.ts';
import { fetchCsv } from './fetch-csv.ts';
import { includeProblem } from './include-path.ts';
import { type DatabaseEntry, type DatabaseOptions, loadDatabase } from './load-database.ts';
import { CsvByteParser, readCsvFile } from './read-csv-bytes.ts';
import { readCsvRows } from './read-csv-rows.ts';
import { redactUrl } from './redact-url.ts';
import type { SnapshotFile } from './snapshot.ts';
import { readSnapshot, textDigest, writeSnapshot } from './snapshot-cache.ts';

/** A `{url: …}` series entry as the loader hands it to a reader; `label` is the URL as people may see it. */
export interface LiveEntry {
  url: string;
  label: string;
  refreshMs: number;
}

/**
 * Gives a live entry's CSV text, or undefined when there is none to serve yet (no rows from it). A reader that
 * throws a DataError makes its issues part of the load's.
 */
export type LiveReader = (entry: LiveEntry) => Promise<string | undefined>;

export interface LoadOptions extends DatabaseOptions {
  /** Texts to read instead of files (by resolved path): an import validates what it would write. */
  pending?: ReadonlyMap<string, string>;
  /** Reads `{url: …}` entries; by default each is fetched once (validate, one-shot commands). */
  live?: LiveReader;
  /**
   * A folder for snapshots of the loaded dataset (`<stateDir>/snapshots`): an unchanged file and CSVs then load
   * from one instead of being parsed. Not used with `pending` texts, nor for files naming live URLs or database
   * tables (their rows are not all in files).
   */
  snapshots?: string;
}

export interface Loaded {
  dataset: Dataset;
  /** Each source's latest day per metric: the data file (inline rows), every CSV, every URL by its label. */
  reach: SourceReach[];
  /** The live entries the file names, in order. */
  live: LiveEntry[];
  /** The database tables the file names, in order. */
  databases: DatabaseEntry[];
}

const fetchOnce: LiveReader = async (entry) => {
  const r = await fetchCsv(entry.url, {}, { label: entry.label });
  return r.changed ? r.text : undefined;
};

/**
 * Reads a data file (YAML or JSON) and its CSV includes, validates everything against the v1 contract and
 * builds the in-memory dataset. Throws a DataError that lists every problem with its file and location.
 * `pending` holds texts to read instead of files (by resolved path): an import validates what it would write.
 */
export async function loadDataFile(path: string, pending?: ReadonlyMap<string, string>): Promise<Dataset> {
  return (await loadDataSources(path, { pending })).dataset;
}

/** `loadDataFile`, with live entries read by `options.live`, and how far each source's figures reach. */
export async function loadDataSources(path: string, options: LoadOptions = {}): Promise<Loaded> {
  const { pending } = options;
  const file = basename(path);
  let text: string;
  try {
    text = pending?.get(resolve(path)) ?? (await readFile(path, 'utf8'));
  } catch (error) {
    throw new DataError(
      [
        {
          file,
          where: '(file)',
          message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        },
      ],
      'DATA_UNREADABLE',
    );
  }
  const cacheable = options.snapshots !== undefined && pending === undefined;
  if (cacheable && options.snapshots) {
    const cached = await readSnapshot(options.snapshots, path, text);
    if (cached) return cached;
  }
  const files: SnapshotFile[] = [];
  const hash = createHash('sha256').update(text);
  const assembler = new DatasetAssembler(file);
  const doc = parseDocument(text, file, extname(path).toLowerCase());
  const includes = assembler.readDocument(doc);
  const live: LiveEntry[] = [];
  const databases: DatabaseEntry[] = [];
  const figures: FigureSource[] = [];
  const folder = dirname(resolve(path));
  for (const include of includes) {
    if (include.kind === 'database') {
      const db = await loadDatabase(include, file, assembler, options);
      databases.push(db.entry);
      if (db.figures) figures.push(db.figures);
      hash.update(db.digest);
      continue;
    }
    if (include.kind === 'url') {
      // Two tabs of one published sheet differ only in the query, which the label hides.
      const base = redactUrl(include.url);
      const same = live.filter((e) => e.label === base || e.label.startsWith(`${base} #`)).length;
      const label = same === 0 ? base : `${base} #${same + 1}`;
      const entry = { url: include.url, label, refreshMs: include.refreshMs };
      live.push(entry);
      const text = await readLive(entry, options.live ?? fetchOnce, assembler);
      if (text === undefined) continue;
      hash.update(text);
      readCsvRows(text, entry.label, assembler);
      continue;
    }
    const csvPath = resolve(folder, include.file);
    const own = pending?.get(csvPath);
    const refused = await includeProblem(folder, include.file);
    if (refused) {
      assembler.issue(file, `${include.where}.file`, refused);
      continue;
    }
    try {
      if (own !== undefined) {
        const bytes = Buffer.from(own, 'utf8');
        const { digest, plain } = digestBytes(bytes);
        hash.update(digest);
        if (plain) {
          const parser = new CsvByteParser(include.file, assembler);
          parser.push(bytes);
          parser.end();
        } else readCsvRows(own, include.file, assembler);
        continue;
      }
      // Read twice: once to hash it and learn whether it is plain, then to parse it; neither holds it whole.
      const { digest, plain, size, mtimeMs, ctimeMs, ino, checkedAt } = await digestFile(csvPath);
      hash.update(digest);
      files.push({ include: include.file, size, mtimeMs, digest, ctimeMs, ino, checkedAt });
      if (plain) await readCsvFile(csvPath, include.file, assembler);
      else readCsvRows(await readFile(csvPath, 'utf8'), include.file, assembler);
    } catch (error) {
      assembler.issue(
        file,
        `${include.where}.file`,
        `cannot read "${include.file}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const dataset = assembler.finish(
    { source: file, version: hash.digest('hex').slice(0, 16) },
    combinedFigures(figures),
  );
  const loaded = { dataset, reach: assembler.reach(), live, databases };
  if (cacheable && options.snapshots && live.length === 0 && databases.length === 0)
    await writeSnapshot(
      options.snapshots,
      path,
      { path: resolve(path), text: textDigest(text), files },
      loaded,
    );
  return loaded;
}

async function readLive(
  entry: LiveEntry,
  read: LiveReader,
  assembler: DatasetAssembler,
): Promise<string | undefined> {
  try {
    return await read(entry);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    for (const i of error.issues) assembler.issue(i.file, i.where, i.message);
    return undefined;
  }
}

function parseDocument(text: string, file: string, ext: string): unknown {
  try {
    if (ext === '.json') return JSON.parse(text);
    // YAML 1.2 core schema: dates stay strings, as the contract expects. js-yaml reads a valid file about four
    // times faster than `yaml` (a large catalog costs a third of a cold load otherwise); a file it refuses is
    // parsed again by `yaml`, whose messages point at the fault and are the ones users see.
    return fastYaml(text) ?? parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new DataError([
        {
          file,
          where: at ? `line ${at.line}, column ${at.col}` : '(file)',
          message: error.message.split('\n')[0] ?? 'invalid YAML',
        },
      ]);
    }
    // JSON.parse's message quotes the text around the fault: only its position is kept.
    const at = /position (\d+)/.exec((error as Error).message);
    const before = at ? text.slice(0, Number(at[1])).split('\n') : undefined;
    throw new DataError([
      {
        file,
        where: before ? `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}` : '(file)',
        message: `invalid ${ext === '.json' ? 'JSON' : 'YAML'}`,
      },
    ]);
  }
}

/** The document, or undefined when js-yaml refuses it (duplicate keys included) and `yaml` must say why. */
function fastYaml(text: string): unknown {
  try {
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}
