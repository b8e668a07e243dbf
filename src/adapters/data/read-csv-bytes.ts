import { open } from 'node:fs/promises';
import { type DatasetAssembler, type ParsedRows, readDecimal } from '../../core/model/assemble-dataset.ts';
import { type Day, realDay } from '../../core/model/dates.ts';
import { type CsvHeader, csvRowTaker } from './read-csv-rows.ts';

const NL = 10;
const CR = 13;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const ZERO = 48;
/** Bytes read from a file at a time: a 500 MB CSV never becomes one string (nor one buffer). */
const READ_CHUNK = 4 * 1_048_576;
/** Below 2^53 every integer of this many digits is exact, and 10^k (k ≤ 22) too: one division rounds right. */
const MAX_FAST_DIGITS = 15;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Rows parsed before they are handed to the assembler together. */
const BATCH = 4096;

type IdKind = 'subject' | 'channel' | 'metric';

interface Entry<T> {
  bytes: Uint8Array;
  value: T;
}

/** Up to this many keys are compared one by one: cheaper than hashing the bytes (metrics, channels). */
const FEW = 8;

/**
 * Values keyed by byte strings: a few keys are compared in turn; among many, the last key found is compared
 * first (exports repeat it), then a hash of the bytes is looked up. No string is made to find a key seen before.
 */
class ByteKeys<T> {
  readonly #byHash = new Map<number, Entry<T>[]>();
  readonly #all: Entry<T>[] = [];
  #last: Entry<T> | undefined;

  find(buf: Buffer, p: number, q: number): T | undefined {
    const n = q - p;
    if (this.#all.length <= FEW) {
      for (const e of this.#all) if (same(e.bytes, buf, p, n)) return e.value;
      return undefined;
    }
    const last = this.#last;
    if (last && same(last.bytes, buf, p, n)) return last.value;
    const list = this.#byHash.get(hashBytes(buf, p, q));
    if (list)
      for (const e of list)
        if (same(e.bytes, buf, p, n)) {
          this.#last = e;
          return e.value;
        }
    return undefined;
  }

  add(buf: Buffer, p: number, q: number, value: T): void {
    const h = hashBytes(buf, p, q);
    const entry = { bytes: Uint8Array.prototype.slice.call(buf, p, q), value };
    const list = this.#byHash.get(h);
    if (list) list.push(entry);
    else this.#byHash.set(h, [entry]);
    this.#all.push(entry);
    this.#last = entry;
  }
}

/** One id column's known ids by their bytes, resolved to codes through the assembler once each. */
class IdBytes {
  readonly #kind: IdKind;
  readonly #assembler: DatasetAssembler;
  readonly #codes = new ByteKeys<number>();

  constructor(kind: IdKind, assembler: DatasetAssembler) {
    this.#kind = kind;
    this.#assembler = assembler;
  }

  /** The id's code, or -1 when the catalog has no such id (the row then goes the slow way, which says so). */
  code(buf: Buffer, p: number, q: number): number {
    const known = this.#codes.find(buf, p, q);
    if (known !== undefined) return known;
    // As the string path reads it: the field's text, trimmed.
    const code = this.#assembler.idCode(this.#kind, buf.toString('utf8', p, q).trim());
    if (code >= 0) this.#codes.add(buf, p, q, code);
    return code;
  }
}

/** FNV-1a, cut to 30 bits so the key stays a small integer (a larger one would be boxed per lookup). */
function hashBytes(buf: Buffer, p: number, q: number): number {
  let h = 0x811c9dc5;
  for (let i = p; i < q; i++) h = Math.imul(h ^ (buf[i] ?? 0), 0x01000193);
  return h & 0x3fffffff;
}

function same(bytes: Uint8Array, buf: Buffer, p: number, n: number): boolean {
  if (bytes.length !== n) return false;
  for (let i = 0; i < n; i++) if (bytes[i] !== buf[p + i]) return false;
  return true;
}

/**
 * Reads a plain series CSV (no quotes, no bare CR: see PlainScan) from its bytes, chunk by chunk, as
 * `readCsvRows` reads the same text: lines split on LF (a CR before it dropped), blank lines skipped, a BOM
 * ignored, fields split on commas. A row whose fields are all in their simple form (a `YYYY-MM-DD` date, known
 * ids, a plain decimal) goes straight to the assembler without a string; any other row is decoded and handed to
 * the string path's checks, so every message and location stays the string path's.
 */
export class CsvByteParser {
  readonly #file: string;
  readonly #assembler: DatasetAssembler;
  readonly #taker: ReturnType<typeof csvRowTaker>;
  readonly #subjects: IdBytes;
  readonly #channels: IdBytes;
  readonly #metrics: IdBytes;
  #line = 0;
  #carry: Buffer | undefined;
  #header: CsvHeader | undefined;
  #starts = new Int32Array(8);
  /** The header's field index of date, subject, channel (-1: none), metric and value. */
  #at = new Int32Array(5);
  readonly #ids = new Int32Array(3);
  readonly #rows: ParsedRows = {
    days: new Int32Array(BATCH),
    subjects: new Int32Array(BATCH),
    channels: new Int32Array(BATCH),
    metrics: new Int32Array(BATCH),
    values: new Float64Array(BATCH),
    lines: new Int32Array(BATCH),
  };
  #count = 0;
  #lastDate = -1;
  #lastDay: Day = 0;
  readonly #days = new Map<number, Day | null>();

  constructor(file: string, assembler: DatasetAssembler) {
    this.#file = file;
    this.#assembler = assembler;
    this.#taker = csvRowTaker(file, assembler);
    this.#subjects = new IdBytes('subject', assembler);
    this.#channels = new IdBytes('channel', assembler);
    this.#metrics = new IdBytes('metric', assembler);
  }

  /** Parses every whole line of `chunk`; a partial last line waits for the next chunk (copied: `chunk` may be reused). */
  push(chunk: Buffer): void {
    let from = 0;
    if (this.#carry) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        this.#carry = Buffer.concat([this.#carry, chunk]);
        return;
      }
      const line = Buffer.concat([this.#carry, chunk.subarray(0, nl)]);
      this.#carry = undefined;
      this.#parseLine(line, 0, line.length);
      from = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, from); nl >= 0; nl = chunk.indexOf(NL, from)) {
      this.#parseLine(chunk, from, nl);
      from = nl + 1;
    }
    if (from < chunk.length) this.#carry = Buffer.from(chunk.subarray(from));
  }

  /** The file has ended: its last line, when it has no newline after it. */
  end(): void {
    const carry = this.#carry;
    this.#carry = undefined;
    if (carry) this.#parseLine(carry, 0, carry.length);
    this.#flush();
  }

  #parseLine(buf: Buffer, a: number, b: number): void {
    const line = ++this.#line;
    if (line === 1 && b - a >= 3 && buf[a] === 0xef && buf[a + 1] === 0xbb && buf[a + 2] === 0xbf) a += 3;
    if (b > a && buf[b - 1] === CR) b--;
    if (b <= a) return;
    const header = this.#header;
    if (!header) {
      if (this.#taker.started()) return; // a broken header: every row would repeat its problem
      this.#slow(buf, a, b, line);
      this.#header = this.#taker.header();
      if (this.#header) {
        this.#starts = new Int32Array(this.#header.width + 1);
        this.#at = Int32Array.from(this.#header.at);
      }
      return;
    }
    if (!this.#fast(buf, a, b, line, header)) this.#slow(buf, a, b, line);
  }

  #slow(buf: Buffer, a: number, b: number, line: number): void {
    this.#flush();
    this.#taker.take(buf.toString('utf8', a, b).split(','), line);
  }

  /** Adds the row when every field is in its simple form; false when the string path must read it. */
  #fast(buf: Buffer, a: number, b: number, line: number, header: CsvHeader): boolean {
    const width = header.width;
    const starts = this.#starts;
    let f = 0;
    starts[0] = a;
    for (let i = a; i < b; i++)
      if (buf[i] === COMMA) {
        if (++f >= width) return false;
        starts[f] = i + 1;
      }
    if (f + 1 !== width) return false;
    starts[width] = b + 1;
    // Field k spans [starts[k], starts[k + 1] - 1). Plain numbers, no closure or destructuring: this runs per row.
    const at = this.#at;
    const d = at[0] ?? 0;
    const day = this.#day(buf, starts[d] ?? 0, (starts[d + 1] ?? 0) - 1);
    if (day === undefined) return false;
    const s = at[1] ?? 0;
    const c = at[2] ?? -1;
    const m = at[3] ?? 0;
    const ids = this.#resolve(buf, s, c, m);
    if (!ids) return false;
    const subject = ids[0] ?? 0;
    const channel = ids[1] ?? 0;
    const metric = ids[2] ?? 0;
    const v = at[4] ?? 0;
    const vp = starts[v] ?? 0;
    const vq = (starts[v + 1] ?? 0) - 1;
    let value = plainDecimal(buf, vp, vq);
    if (Number.isNaN(value)) value = readDecimal(buf.toString('utf8', vp, vq).trim());
    if (!Number.isFinite(value)) return false;
    const rows = this.#rows;
    const n = this.#count;
    rows.days[n] = day;
    rows.subjects[n] = subject;
    rows.channels[n] = channel;
    rows.metrics[n] = metric;
    rows.values[n] = value;
    rows.lines[n] = line;
    if (++this.#count === BATCH) this.#flush();
    return true;
  }

  /** Hands the rows parsed so far to the assembler: before any row the string path reads, so order is kept. */
  #flush(): void {
    if (this.#count > 0) this.#assembler.addParsedRows(this.#rows, this.#count, this.#file);
    this.#count = 0;
  }

  /** The three ids' codes, or undefined when one is unknown (the string path then says which). */
  #resolve(buf: Buffer, s: number, c: number, m: number): Int32Array | undefined {
    const starts = this.#starts;
    const ids = this.#ids;
    ids[0] = this.#subjects.code(buf, starts[s] ?? 0, (starts[s + 1] ?? 0) - 1);
    ids[1] = c < 0 ? 0 : this.#channels.code(buf, starts[c] ?? 0, (starts[c + 1] ?? 0) - 1);
    ids[2] = this.#metrics.code(buf, starts[m] ?? 0, (starts[m + 1] ?? 0) - 1);
    return (ids[0] ?? -1) < 0 || (ids[1] ?? -1) < 0 || (ids[2] ?? -1) < 0 ? undefined : ids;
  }

  /** A `YYYY-MM-DD` field's day, or undefined when it is not exactly that or names no real date. */
  #day(buf: Buffer, p: number, q: number): Day | undefined {
    if (q - p !== 10 || buf[p + 4] !== DASH || buf[p + 7] !== DASH) return undefined;
    let key = 0;
    for (let i = p; i < q; i++) {
      if (i === p + 4 || i === p + 7) continue;
      const digit = (buf[i] ?? 0) - ZERO;
      if (digit < 0 || digit > 9) return undefined;
      key = key * 10 + digit;
    }
    if (key === this.#lastDate) return this.#lastDay;
    let day = this.#days.get(key);
    if (day === undefined) {
      day = realDay(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100) ?? null;
      this.#days.set(key, day);
    }
    if (day === null) return undefined;
    this.#lastDate = key;
    this.#lastDay = day;
    return day;
  }
}

/**
 * `-?digits(.digits)?` of at most 15 digits, read exactly as Number() reads it (an exact integer over an exact
 * power of ten rounds once, correctly); NaN for anything else, which the caller reads the string way.
 */
function plainDecimal(buf: Buffer, p: number, q: number): number {
  let i = p;
  const negative = buf[i] === DASH;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < q; i++) {
    const ch = buf[i] ?? 0;
    if (ch === DOT) {
      if (scale >= 0 || digits === 0) return Number.NaN;
      scale = 0;
      continue;
    }
    const digit = ch - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    mantissa = mantissa * 10 + digit;
    digits++;
    if (scale >= 0) scale++;
  }
  if (digits === 0 || digits > MAX_FAST_DIGITS || scale === 0) return Number.NaN;
  const value = scale > 0 ? mantissa / (POW10[scale] ?? 1) : mantissa;
  return negative ? -value : value;
}

/** Streams a plain CSV file through a CsvByteParser in chunks. Throws as fs does. */
export async function readCsvFile(path: string, file: string, assembler: DatasetAssembler): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const parser = new CsvByteParser(file, assembler);
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      parser.push(buf.subarray(0, bytesRead));
    }
    parser.end();
  } finally {
    await handle.close();
  }
}
