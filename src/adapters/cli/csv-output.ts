import { writeFile } from 'node:fs/promises';
import type { Answer } from '../../core/answer-types.ts';
import { resultTable, tableToCsv } from '../../core/render/result-table.ts';

/** `--csv FILE` at the end of a console line: the question before it, and the file. */
export function splitCsvOption(line: string): { question: string; csv?: string } {
  const m = /^(.*?)\s+--csv(?:\s+|=)(\S+)\s*$/.exec(line);
  return m?.[1] && m[2] ? { question: m[1].trim(), csv: m[2] } : { question: line };
}

/** Writes the answer's table as CSV; returns the line to tell the person, written or not. */
export async function writeAnswerCsv(answer: Pick<Answer, 'result'>, file: string): Promise<string> {
  const table = resultTable(answer.result);
  if (!table) return `No table in this answer: ${file} not written.`;
  await writeFile(file, tableToCsv(table), 'utf8');
  return `CSV written to ${file} (${table.rows.length} row${table.rows.length === 1 ? '' : 's'}).`;
}
