import { DataError, type DataIssue } from '../../core/errors.ts';

/** Quoted cell values are file contents: a status names where a problem is and what kind, never the data. */
const withoutValues = (message: string): string => message.replace(/"[^"]*"/g, '"…"');

/**
 * A failure in one line people can be shown anywhere (status, /healthz): the first problem's location and kind,
 * and how many more. `source` keeps only the problems of that file or URL label.
 */
export function summarizeFailure(error: Error, source?: string): string {
  if (!(error instanceof DataError)) return 'cannot be loaded';
  const issues: readonly DataIssue[] =
    source === undefined ? error.issues : error.issues.filter((i) => i.file === source);
  const first = issues[0];
  if (!first) return 'cannot be loaded';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const where = first.where === '(fetch)' ? '' : `${first.where}: `;
  return `${where}${withoutValues(first.message)}${more}`;
}
