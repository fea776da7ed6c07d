import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeFileError } from '../node/index.js';
import { UsageError } from './usageError.js';

/** Whether a path is an existing folder. */
async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The folders of a path that do not exist yet, outermost first (at most one per segment). */
async function missingFolders(path: string): Promise<string[]> {
  const missing: string[] = [];
  let current = resolve(path);
  while (!(await isFolder(current))) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return missing;
}

/**
 * Creates a folder and its missing parents, one level at a time.
 *
 * @remarks
 * Node's `mkdir(path, { recursive: true })` loops forever on some paths that cannot be created
 * (a folder under `/proc` on Linux): this walks up to the nearest existing folder (at most once
 * per path segment) and creates each missing level with a plain `mkdir`, so every failure is an
 * error.
 *
 * @param path - The folder to create.
 * @param flag - The flag named in the error (`'--out'`).
 * @throws UsageError naming the flag and the reason in words when a level cannot be created.
 * @internal
 */
export async function makeDirectory(path: string, flag: string): Promise<void> {
  for (const folder of await missingFolders(path)) {
    try {
      await mkdir(folder);
    } catch (error) {
      const exists = (error as { code?: unknown }).code === 'EEXIST';
      if (exists && (await isFolder(folder))) continue;
      const why = exists ? `a file, not a folder: ${folder}` : describeFileError(error, folder);
      throw new UsageError(`${flag}: cannot create the folder ${path}: ${why}`);
    }
  }
}
