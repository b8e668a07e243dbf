import { DataError } from '../../core/errors.ts';

/** What a previous fetch said about its content, sent back so an unchanged CSV costs a 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome = { changed: false } | { changed: true; text: string; validators: Validators };

export interface FetchOptions {
  /** Shown in errors instead of the URL (see redact-url.ts). */
  label: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Larger bodies are refused: a wrong URL must not fill the memory. */
  maxBytes?: number;
}

const MAX_BYTES = 200 * 1024 * 1024;

/** Why a fetch failed, in words that hold neither the URL nor the body. */
function reasonOf(error: unknown): string {
  const e = error as Error & { cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  const code = e.cause?.code;
  return code ? `cannot connect (${code})` : 'cannot connect';
}

const unreadable = (label: string, message: string): DataError =>
  new DataError([{ file: label, where: '(fetch)', message }], 'DATA_UNREADABLE');

/**
 * GETs a CSV with `If-None-Match` / `If-Modified-Since` from the last good copy. A 304 means the copy stands;
 * a failure (network, timeout, a status other than 200 and 304, a body too large) throws a DataError located at
 * `(fetch)` of the source's label.
 */
export async function fetchCsv(url: string, prior: Validators, options: FetchOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = { accept: 'text/csv, text/plain;q=0.9, */*;q=0.1' };
  if (prior.etag) headers['if-none-match'] = prior.etag;
  if (prior.lastModified) headers['if-modified-since'] = prior.lastModified;
  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw unreadable(options.label, reasonOf(error));
  }
  if (res.status === 304) {
    await res.body?.cancel();
    return { changed: false };
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw unreadable(options.label, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const max = options.maxBytes ?? MAX_BYTES;
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel();
    throw unreadable(options.label, `larger than ${max} bytes`);
  }
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    throw unreadable(options.label, reasonOf(error));
  }
  if (text.length > max) throw unreadable(options.label, `larger than ${max} bytes`);
  return {
    changed: true,
    text,
    validators: {
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
    },
  };
}
