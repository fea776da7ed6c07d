import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Employee, RowIssue } from '../index.js';
import { validateEmployeeRow } from '../index.js';
import { employeeFromCsv } from './employeeFromCsv.js';
import { errorCode } from './errorCode.js';

/**
 * What a reader does with each row: the row number and either the valid employee or the issues.
 *
 * @internal
 */
export type RowVisitor = (
  row: number,
  employee: Employee | undefined,
  issues: readonly RowIssue[] | undefined,
) => void;

/**
 * How to scan a file.
 *
 * @internal
 */
export interface ScanOptions {
  /** `ndjson` or `csv`. */
  readonly format: 'ndjson' | 'csv';
  /** The longest row, in bytes. */
  readonly maxRowBytes: number;
  /** Called as bytes are read, with the bytes read so far. */
  readonly onBytes?: ((bytesRead: number) => void) | undefined;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

function rowIssue(row: number, code: string, message: string): RowIssue[] {
  return [{ row, column: null, code, message }];
}

/** Checks one NDJSON line (its text, without the line break) and hands it to the visitor. */
function visitLine(line: number, text: string, visit: RowVisitor): void {
  let body = text;
  if (line === 1 && body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  if (body.charCodeAt(body.length - 1) === RETURN) body = body.slice(0, -1);
  // Blank lines are not rows; a JSON object starts with `{`, so the trim is rarely needed.
  if (body.charCodeAt(0) !== 0x7b && body.trim() === '') return;
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch (error) {
    visit(
      line,
      undefined,
      rowIssue(line, 'json.invalid', `The line is not valid JSON: ${(error as Error).message}`),
    );
    return;
  }
  const checked = validateEmployeeRow(record, line);
  if ('employee' in checked) visit(line, checked.employee, undefined);
  else visit(line, undefined, checked.issues);
}

/**
 * Reads an NDJSON file chunk by chunk, calling the visitor for each row and yielding after each
 * chunk.
 *
 * @remarks
 * The fast path decodes the complete lines of a chunk at once and splits the text; a chunk that
 * is not valid UTF-8, or that may hold a line longer than the limit, is split into byte lines
 * decoded one by one, so that the bad line alone is rejected.
 */
async function* scanNdjson(
  path: string,
  options: ScanOptions,
  visit: RowVisitor,
): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const { maxRowBytes, onBytes } = options;
  const tooLong = (line: number): void =>
    visit(
      line,
      undefined,
      rowIssue(line, 'row.too_long', `The line is longer than ${maxRowBytes} bytes.`),
    );
  /** Decodes and visits one line given as bytes (without its LF). */
  const visitBytes = (line: number, bytes: Uint8Array): void => {
    if (bytes.length > maxRowBytes + (bytes[bytes.length - 1] === RETURN ? 1 : 0)) {
      tooLong(line);
      return;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      visit(
        line,
        undefined,
        rowIssue(line, 'encoding.invalid_utf8', 'The line is not valid UTF-8.'),
      );
      return;
    }
    visitLine(line, text, visit);
  };
  let pending: Buffer | undefined;
  let line = 0;
  let read = 0;
  // After a too-long line has been reported, its remaining bytes are skipped up to its LF.
  let skipping = false;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    read += bytes.length;
    onBytes?.(read);
    const buffer = pending === undefined ? bytes : Buffer.concat([pending, bytes]);
    const last = buffer.lastIndexOf(NEWLINE);
    let start = 0;
    if (last !== -1) {
      let text: string | undefined;
      if (!skipping && buffer.length <= maxRowBytes) {
        try {
          text = decoder.decode(buffer.subarray(0, last));
        } catch {
          text = undefined;
        }
      }
      if (text !== undefined) {
        // Fast path: no line here can be longer than the limit, and all of it is UTF-8.
        let from = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
          visitLine(++line, text.slice(from, end), visit);
          from = end + 1;
        }
        visitLine(++line, text.slice(from), visit);
        start = last + 1;
      } else {
        for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
          if (skipping) skipping = false;
          else visitBytes(++line, buffer.subarray(start, end));
          start = end + 1;
        }
      }
    }
    pending = start === buffer.length ? undefined : buffer.subarray(start);
    if (pending !== undefined && pending.length > maxRowBytes) {
      if (!skipping) {
        tooLong(++line);
        skipping = true;
      }
      pending = undefined;
    }
    yield;
  }
  if (pending !== undefined && !skipping) visitBytes(line + 1, pending);
  yield;
}

/** Whether a raw CSV record has a non-empty cell beyond the columns of the header. */
function hasExtraCells(raw: unknown, columns: unknown): boolean {
  if (!Array.isArray(raw)) return false;
  const width = Array.isArray(columns) ? columns.length : 0;
  for (let i = width; i < raw.length; i++) if (raw[i] !== '') return true;
  return false;
}

/**
 * Reads a CSV file record by record with csv-parse, calling the visitor for each row and yielding
 * every 256 rows.
 */
async function* scanCsv(
  path: string,
  options: ScanOptions,
  visit: RowVisitor,
): AsyncGenerator<void> {
  const source = createReadStream(path);
  let read = 0;
  source.on('data', (chunk) => {
    read += chunk.length;
    options.onBytes?.(read);
  });
  const parser = parse({
    bom: true,
    columns: true,
    relax_column_count: true,
    // A quote inside an unquoted cell (=HYPERLINK("…") typed in a spreadsheet) is text.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: options.maxRowBytes,
    info: true,
  });
  // `pipe` does not forward a read error (a missing file): end the parser with it.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { readonly columns?: unknown; readonly error?: { readonly record?: unknown } };
    }>) {
      row++;
      // Cells beyond the header have no field: a row that fills them would lose them silently.
      const raw = info.error?.record;
      if (raw !== undefined && hasExtraCells(raw, info.columns)) {
        const width = Array.isArray(info.columns) ? info.columns.length : 0;
        visit(
          row,
          undefined,
          rowIssue(
            row,
            'csv.extra_cells',
            `The row has ${(raw as unknown[]).length} cells, more than the ${width} columns of the header.`,
          ),
        );
        if (row % 256 === 0) yield;
        continue;
      }
      let bad: string[] | undefined;
      for (const column in record) {
        if ((record[column] as string).includes('\uFFFD')) {
          bad ??= [];
          bad.push(column);
        }
      }
      if (bad !== undefined) {
        const at = row;
        visit(
          row,
          undefined,
          bad.map((column) => ({
            row: at,
            column,
            code: 'encoding.invalid_utf8',
            message: 'The cell is not valid UTF-8.',
          })),
        );
      } else {
        const checked = validateEmployeeRow(employeeFromCsv(record), row);
        if ('employee' in checked) visit(row, checked.employee, undefined);
        else visit(row, undefined, checked.issues);
      }
      if (row % 256 === 0) yield;
    }
  } catch (error) {
    // A file error goes up; a structural CSV error (an unclosed quote) ends the file and is
    // reported at the next row.
    const code = errorCode(error);
    if (!code.startsWith('CSV_') && code !== 'INVALID_OPENING_QUOTE') throw error;
    visit(row + 1, undefined, rowIssue(row + 1, 'csv.invalid', (error as Error).message));
  }
  yield;
}

/**
 * Reads an employee file, NDJSON or CSV, in constant memory: calls `visit` for every row, in
 * order, and yields between batches of rows (a chunk of the file), so that a consumer can hand
 * the rows on without an `await` per row.
 *
 * @param path - The file.
 * @param options - The format, the longest row and a progress callback.
 * @param visit - Called for each row.
 * @returns An async iterable that ends when the file is read.
 * @internal
 */
export function scanEmployeeFile(
  path: string,
  options: ScanOptions,
  visit: RowVisitor,
): AsyncGenerator<void> {
  return options.format === 'csv'
    ? scanCsv(path, options, visit)
    : scanNdjson(path, options, visit);
}
