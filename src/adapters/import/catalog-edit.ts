import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLSeq } from 'yaml';
import type { AssetEntry } from '../../core/import/new-asset.ts';

// Edits to the data file an import may need: the assets `--add-assets` appends, and the series CSV include when
// the file has none. YAML goes through the `yaml` Document API so comments, quoting and layout survive.

export interface CatalogEdit {
  assets: readonly AssetEntry[];
  /** A `{file: …}` series entry to add. */
  seriesFile?: string;
}

/** The first `{file: …}` entry of `series`, if any. */
export function seriesFileOf(text: string, json: boolean): string | undefined {
  const doc: unknown = json ? JSON.parse(text) : parseDocument(text).toJS();
  const series = (doc as { series?: unknown } | null)?.series;
  if (!Array.isArray(series)) return undefined;
  for (const entry of series)
    if (entry && typeof entry === 'object' && typeof (entry as { file?: unknown }).file === 'string')
      return (entry as { file: string }).file;
  return undefined;
}

/** Dates quoted, so no YAML 1.1 reader takes them for timestamps; channel lists on one line, as people write them. */
const styleEntry = (node: unknown): void => {
  if (!isMap(node)) return;
  const published = node.get('published', true);
  if (isScalar(published)) published.type = Scalar.QUOTE_SINGLE;
  const channels = node.get('channels', true);
  if (isSeq(channels)) channels.flow = true;
};

/** YAML for a list of new items, `- ` at column 0, written like the file around it (`[a]` or `[ a ]`). */
function itemsText(values: readonly unknown[], around: string): string {
  const doc = new Document(values);
  if (isSeq(doc.contents)) for (const node of doc.contents.items) styleEntry(node);
  return doc.toString({ lineWidth: 0, indentSeq: false, flowCollectionPadding: /: \[ \S/.test(around) });
}

/**
 * Appends items to the block list under top-level `key` by splicing text after its last item, so every other
 * byte of the file (comments, quoting, flow style) stays as written. A missing key is added at the end; a list
 * written in flow style is rewritten through the document.
 */
function appendTo(text: string, key: string, values: readonly unknown[]): string {
  if (values.length === 0) return text;
  const doc = parseDocument(text);
  const seq = doc.get(key, true);
  const items = itemsText(values, text);
  if (seq === undefined || seq === null) {
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return `${text}${sep}${key}:\n${items}`;
  }
  const last = isSeq(seq) && !seq.flow ? seq.items.at(-1) : undefined;
  const first = isSeq(seq) ? seq.items[0] : undefined;
  const start = (first as { range?: number[] } | undefined)?.range?.[0];
  const end = (last as { range?: number[] } | undefined)?.range?.[2];
  if (start === undefined || end === undefined) {
    const list = isSeq(seq) ? seq : new YAMLSeq();
    for (const v of values) {
      const node = doc.createNode(v);
      styleEntry(node);
      list.items.push(node);
    }
    doc.set(key, list);
    return doc.toString({ lineWidth: 0, indentSeq: !/^[\w-]+:\r?\n-/m.test(text) });
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const dash = /^(\s*)-/.exec(text.slice(lineStart, start))?.[1] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newline = text.indexOf('\n', end - 1);
  const at = newline < 0 ? text.length : newline + 1;
  const block = items
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => `${dash}${l}${eol}`)
    .join('');
  return `${text.slice(0, at)}${newline < 0 ? eol : ''}${block}${text.slice(at)}`;
}

/** The data file's text with the edit applied; the rest stays as it was. */
export function editCatalog(text: string, json: boolean, edit: CatalogEdit): string {
  const series = edit.seriesFile === undefined ? [] : [{ file: edit.seriesFile }];
  if (json) {
    const doc = JSON.parse(text) as Record<string, unknown>;
    const list = (key: string): unknown[] => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);
    if (edit.assets.length > 0) doc.assets = [...list('assets'), ...edit.assets];
    if (series.length > 0) doc.series = [...list('series'), ...series];
    const indent = /\n( +|\t)"/.exec(text)?.[1] ?? '  ';
    return `${JSON.stringify(doc, null, indent)}\n`;
  }
  return appendTo(appendTo(text, 'assets', edit.assets), 'series', series);
}

/** Entries to paste under `assets:`, as YAML; a missing campaign is left for the user, with the choices. */
export function pasteEntries(entries: readonly { entry: AssetEntry; choices?: string[] }[]): string {
  const doc = new Document(
    entries.map(({ entry: { id, campaign, ...rest } }) => ({ id, campaign: campaign ?? null, ...rest })),
  );
  if (isSeq(doc.contents))
    doc.contents.items.forEach((node, i) => {
      styleEntry(node);
      const choices = entries[i]?.choices;
      const campaign = isMap(node) ? node.get('campaign', true) : undefined;
      if (choices && isScalar(campaign)) campaign.comment = ` one of: ${choices.join(', ')}`;
    });
  return doc.toString({ lineWidth: 0, indentSeq: false, flowCollectionPadding: false });
}
