// An asset's `external_ids` (data format rev 2) may hold the platform's id or any URL of the post, and exports
// write either: both sides are reduced to the same keys so that any form of one id finds the other.

/** Path shapes that end in the post's own id, per host: `/shorts/ID`, `/reel/CODE`, `/@user/video/ID` … */
const PATH_IDS: readonly { host: RegExp; path: RegExp }[] = [
  { host: /(^|\.)youtube(-nocookie)?\.com$/, path: /^\/(?:shorts|embed|live|v|e)\/([\w-]{6,})/ },
  { host: /^youtu\.be$/, path: /^\/([\w-]{6,})/ },
  { host: /(^|\.)instagram\.com$/, path: /^(?:\/[\w.]+)?\/(?:p|reels?|tv)\/([\w-]+)/ },
  { host: /(^|\.)facebook\.com$/, path: /^\/(?:[\w.-]+\/)?(?:posts|videos|reel|permalink)\/([\w-]+)/ },
  { host: /(^|\.)tiktok\.com$/, path: /^\/@[\w.-]+\/(?:video|photo)\/(\d+)/ },
  { host: /(^|\.)douyin\.com$/, path: /^\/(?:video|note)\/(\d+)/ },
  { host: /^(?:x|twitter)\.com$/, path: /^\/[\w]+\/status(?:es)?\/(\d+)/ },
  { host: /(^|\.)bilibili\.com$/, path: /^\/video\/(\w+)/ },
];

/** Query parameters that carry the id: `watch?v=ID`, `permalink.php?story_fbid=ID`. */
const QUERY_IDS = ['v', 'story_fbid', 'fbid'];

const parseUrl = (value: string): URL | undefined => {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  if (!/^[^/\s]+\.[a-z]{2,}(\/|$|\?)/i.test(withScheme.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')))
    return undefined;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
};

/** A Facebook post id is often written `PAGEID_POSTID`; the post id alone names it too. */
const idForms = (id: string): string[] => {
  const m = /^(\d+)_(\d+)$/.exec(id);
  return m?.[2] ? [id, m[2]] : [id];
};

/**
 * The keys an external id or URL is known by, the most specific first. Two values name the same post when
 * their keys meet: `youtu.be/ID`, `youtube.com/watch?v=ID`, `/shorts/ID` and `ID` all give `ID`.
 */
export function externalIdKeys(raw: string): string[] {
  const value = raw.trim();
  if (value === '') return [];
  const url = parseUrl(value);
  if (!url) return idForms(value);
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile|web)\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  const keys: string[] = [];
  for (const { host: h, path: p } of PATH_IDS) {
    const id = h.test(host) ? p.exec(path)?.[1] : undefined;
    if (id) keys.push(...idForms(id));
  }
  for (const name of QUERY_IDS) {
    const id = url.searchParams.get(name);
    if (id) keys.push(...idForms(id));
  }
  // Any other link still matches itself, whatever its scheme, `www.` or trailing slash.
  keys.push(`${host}${path}`);
  return [...new Set(keys)];
}
