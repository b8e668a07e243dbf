import { PulseError } from '../../core/errors.ts';

// Files shared with the bot are private: Slack serves `url_private_download` only with the bot token as a
// Bearer header (scope files:read). The token goes only to Slack's own file hosts (or the configured API's
// host, a local fake in tests), never to a URL a payload could point elsewhere.

/** Exports are small; anything bigger is not one, and would sit in the store until the click. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface SharedFile {
  id: string;
  name: string;
  url: string;
  size?: number;
}

export class DownloadError extends PulseError {
  constructor(message: string, options?: ErrorOptions) {
    super('SLACK_FAILED', message, options);
    this.name = 'DownloadError';
  }
}

function trustedHost(url: URL, apiUrl: string | undefined): boolean {
  if (url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com')))
    return true;
  return apiUrl !== undefined && new URL(apiUrl).host === url.host;
}

/** The file's bytes, fetched with the bot token; a refused, oversized or untrusted file throws DownloadError. */
export async function downloadSharedFile(
  file: SharedFile,
  botToken: string,
  apiUrl?: string,
): Promise<Uint8Array> {
  const url = new URL(file.url);
  if (!trustedHost(url, apiUrl)) throw new DownloadError(`not a Slack file URL: ${url.host}`);
  if ((file.size ?? 0) > MAX_IMPORT_BYTES) throw new DownloadError(`file too large (${file.size} bytes)`);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${botToken}` }, redirect: 'error' });
  if (!res.ok) throw new DownloadError(`download failed with HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_IMPORT_BYTES) throw new DownloadError(`file too large (${bytes.length} bytes)`);
  // Without files:read Slack answers with its HTML sign-in page instead of the file.
  if ((res.headers.get('content-type') ?? '').startsWith('text/html'))
    throw new DownloadError('Slack sent a web page instead of the file (is the files:read scope granted?)');
  return bytes;
}
