import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { DataError, type DataIssue } from '../../core/errors.ts';

/** One file of an export, decoded: a CSV on disk, in a folder, or inside a ZIP. */
export interface ExportFile {
  /** As shown in messages: `export.zip/Chart data.csv`. */
  file: string;
  /** The file's own name: `Chart data.csv`. */
  name: string;
  /** The ZIP, folder and file names, where exports write their date range. */
  names: string[];
  text: string;
}

const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/** Hidden files and the resource forks macOS adds to ZIPs are not part of an export. */
const isNoise = (path: string): boolean => /(^|\/)(__MACOSX|\.)/.test(path);

/**
 * Text in the encodings exports use: UTF-8 (with or without BOM), UTF-16 with BOM (Meta's account insights),
 * and Windows-1252 from older spreadsheet tools.
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without a BOM shows as a zero byte after most ASCII characters.
  const probe = bytes.subarray(0, 200);
  const zeros = probe.filter((b, i) => i % 2 === 1 && b === 0).length;
  if (probe.length >= 4 && zeros >= probe.length / 4) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const unreadable = (file: string, message: string): DataIssue => ({ file, where: '(file)', message });

async function readOne(path: string, issues: DataIssue[]): Promise<ExportFile[]> {
  const shown = basename(path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    issues.push(unreadable(shown, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
    return [];
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).filter(
      (n) => !isNoise(n) && TABLE_EXTENSIONS.has(extname(n).toLowerCase()),
    );
    const files = await Promise.all(entries.sort().map((n) => readFile(join(path, n))));
    return files.map((bytes, i) => {
      const name = entries[i] ?? '';
      return { file: `${shown}/${name}`, name, names: [shown, name], text: decodeText(bytes) };
    });
  }
  const bytes = await readFile(path);
  if (extname(path).toLowerCase() !== '.zip')
    return [{ file: shown, name: shown, names: [shown], text: decodeText(bytes) }];
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes, {
      filter: (f) => !isNoise(f.name) && TABLE_EXTENSIONS.has(extname(f.name).toLowerCase()),
    });
  } catch (error) {
    issues.push(unreadable(shown, `is not a readable ZIP (${(error as Error).message})`));
    return [];
  }
  return Object.keys(members)
    .sort()
    .map((member) => {
      const name = basename(member);
      return {
        file: `${shown}/${member}`,
        name,
        names: [shown, name],
        text: decodeText(members[member] ?? new Uint8Array()),
      };
    });
}

/** Reads every FILE (a CSV, a folder of them, or a ZIP); a missing or broken one is a located error. */
export async function readExportFiles(paths: readonly string[]): Promise<ExportFile[]> {
  const issues: DataIssue[] = [];
  const files = (await Promise.all(paths.map((p) => readOne(p, issues)))).flat();
  if (issues.length === 0 && files.length === 0)
    issues.push(unreadable(paths.map((p) => basename(p)).join(', '), 'holds no CSV file'));
  if (issues.length > 0) throw new DataError(issues, 'DATA_UNREADABLE');
  return files;
}
