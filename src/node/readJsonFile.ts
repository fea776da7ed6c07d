import { readFile } from 'node:fs/promises';
import { ImpactError } from '../index.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { jsonPosition } from './jsonPosition.js';

/**
 * Where `JSON.parse` stopped: the position its message gives, else the place of the quoted
 * context V8 shows for an unexpected token (up to ten characters on either side), else the end.
 */
function errorOffset(message: string, text: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at !== null) return Number(at[1]);
  const context =
    /^Unexpected token '(.)', (?:"|(\.\.\.))(.*?)(?:\.\.\.)?" is not valid JSON$/s.exec(message);
  if (context !== null) {
    const [, token = '', cut, snippet = ''] = context;
    const start = text.indexOf(snippet);
    const within = snippet.indexOf(token, cut === undefined ? 0 : Math.min(10, snippet.length - 1));
    if (start !== -1 && within !== -1) return start + within;
  }
  return text.length;
}

/**
 * Reads a JSON file: strict UTF-8 (a byte-order mark is dropped), parsed with `JSON.parse`.
 *
 * @remarks
 * Errors name the file and, for bad content, the line and column: `INVALID_JSON` with the
 * position `JSON.parse` stopped at (the end of the text for a truncated document), and
 * `INVALID_UTF8` at the first byte that is not UTF-8. The whole file is read into memory: use it
 * for datasets, and {@link readEmployees} for large record files.
 *
 * @param path - The file path.
 * @returns The parsed value.
 * @throws {@link ImpactError} `FILE_UNREADABLE` when the file cannot be read; `INVALID_UTF8`;
 * `INVALID_JSON`.
 *
 * @example
 * ```ts
 * import { readJsonFile } from 'mining-impact/node';
 *
 * const dataset = await readJsonFile('dataset.json');
 * ```
 *
 * @category Node
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ImpactError(
      'FILE_UNREADABLE',
      `${path}: ${(error as { code?: string }).code ?? 'read error'}`,
      {
        cause: error,
      },
    );
  }
  const text = decodeUtf8(bytes, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(message, text);
    const { line, column } = jsonPosition(text, offset);
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '');
    throw new ImpactError('INVALID_JSON', `${path}: line ${line}, column ${column}: ${reason}`, {
      cause: error,
    });
  }
}
