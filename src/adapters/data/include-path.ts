import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Why a CSV include may not be read, or undefined when it may. An include stays inside its data file's folder
 * (subfolders are fine): a data file could otherwise name `/etc/passwd` or `../../.env`, and its lines would
 * travel on in error messages. A symbolic link is followed before the check, so it cannot lead out either; a
 * file that does not exist (yet) is left for the read to report.
 */
export async function includeProblem(folder: string, file: string): Promise<string | undefined> {
  const path = resolve(folder, file);
  if (isAbsolute(file) || !inside(folder, path))
    return "must be a path inside the data file's folder, without .. or an absolute path";
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return undefined;
  }
  return inside(await realpath(folder), real)
    ? undefined
    : "leads out of the data file's folder (through a symbolic link)";
}
