// Exports write numbers the way their UI language does: `1,234.5`, `1.234,5`, `1 234,5`. One file uses one
// convention, so the decimal mark is read from the file's own numbers and only falls back to a hint.

export type DecimalMark = '.' | ',';

/** Spaces that group digits: ordinary, no-break, narrow no-break, thin; and the Swiss apostrophe. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/** What one number says about the decimal mark, or undefined when it could be either (`1,234`). */
function markOf(text: string): DecimalMark | undefined {
  const t = text.replace(GROUP_SPACES, '').replace(/%$/, '');
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  if (dots > 0 && commas > 0) return t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
  if (dots > 1) return ',';
  if (commas > 1) return '.';
  const sep = dots === 1 ? '.' : commas === 1 ? ',' : undefined;
  if (!sep) return undefined;
  // One separator not followed by exactly three digits cannot be grouping: `12.5`, `0,75`.
  return /^\d{3}$/.test(t.slice(t.indexOf(sep) + 1)) && !/^-?0[.,]/.test(t) ? undefined : sep;
}

/** The decimal mark of a file, from its numbers; `hint` (the export's language), else `.`, when none tells. */
export function inferDecimalMark(samples: Iterable<string>, hint: DecimalMark = '.'): DecimalMark {
  const votes = { '.': 0, ',': 0 };
  for (const s of samples) {
    const mark = markOf(s.trim());
    if (mark) votes[mark]++;
  }
  if (votes['.'] === votes[',']) return hint;
  return votes['.'] > votes[','] ? '.' : ',';
}

/** A cell's number under the file's decimal mark (a trailing `%` allowed), or undefined when it is not one. */
export function parseExportNumber(text: string, decimal: DecimalMark): number | undefined {
  const group = decimal === '.' ? ',' : '.';
  const t = text
    .trim()
    .replace(/^\u2212/, '-')
    .replace(GROUP_SPACES, '')
    .replace(/%$/, '');
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^[-+]?(\\d+(\\${decimal}\\d*)?|\\${decimal}\\d+)$`);
  if (!grouped.test(t) && !plain.test(t)) return undefined;
  const n = Number(t.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Blank cells, and the dashes exports write for "no data", carry no figure. */
export const isBlankCell = (text: string): boolean => /^\s*(|-|–|—|N\/A|n\/a)\s*$/.test(text);
