/**
 * A live source's URL as people may see it (status, /healthz, logs, error locations): credentials dropped and
 * the query replaced by `?…`, since a published sheet's access token often rides in the query.
 */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return '(invalid URL)';
  const u = new URL(url);
  const query = u.search === '' ? '' : '?…';
  return `${u.protocol}//${u.host}${u.pathname}${query}`;
}
