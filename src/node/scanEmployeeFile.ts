import { createReadStream, type ReadStream } from 'node:fs';
import { type Parser, parse } from 'csv-parse';
import type { Employee, RowIssue } from '../index.js';
import { validateEmployeeRow } from '../index.js';
import { defineOwnField } from './defineOwnField.js';
import { employeeFromCsv } from './employeeFromCsv.js';
import { errorCode } from './errorCode.js';
import { readParquetRows } from './readParquetRows.js';
import { type CsvLineScan, plainCsvHeader, scanPlainCsvLines } from './scanCsvLines.js';
import { lineScannerEnabled, scanEmployeeLine } from './scanEmployeeLine.js';

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
  /** `ndjson`, `csv` or `parquet`. */
  readonly format: 'ndjson' | 'csv' | 'parquet';
  /** The longest row, in bytes. */
  readonly maxRowBytes: number;
  /** Called as bytes are read, with the bytes read so far. */
  readonly onBytes?: ((bytesRead: number) => void) | undefined;
  /**
   * NDJSON only: the first byte to read (default 0). It must be the start of a line; the lines
   * are numbered from 1 at it, and only a range that starts at 0 drops a byte order mark.
   */
  readonly start?: number | undefined;
  /** NDJSON only: the byte after the last one to read (default: the end of the file). */
  readonly end?: number | undefined;
  /** NDJSON only: called once at the end with the number of lines read, blank ones included. */
  readonly onLines?: ((lines: number) => void) | undefined;
  /**
   * CSV only: whether plain lines are decided from their bytes before csv-parse (default true);
   * `false` reads the whole file with csv-parse (the reference the fast path is tested against).
   */
  readonly fastCsv?: boolean | undefined;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

function rowIssue(row: number, code: string, message: string): RowIssue[] {
  return [{ row, column: null, code, message }];
}

/**
 * Checks one NDJSON line (its text, without the line break) and hands it to the visitor; the
 * line numbered `bomLine` (the first of the file, or none) drops a byte order mark.
 */
function visitLine(line: number, text: string, visit: RowVisitor, bomLine: number): void {
  let body = text;
  if (line === bomLine && body.charCodeAt(0) === 0xfeff) body = body.slice(1);
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

/** The state of one NDJSON scan, shared by its steps so that nothing is allocated per line. */
interface NdjsonScan {
  /** The strict UTF-8 decoder (it keeps a BOM, which the first line drops). */
  readonly decoder: InstanceType<typeof TextDecoder>;
  /** The longest line, in bytes. */
  readonly maxRowBytes: number;
  /** The visitor of the rows. */
  readonly visit: RowVisitor;
  /** The number of the line that drops a byte order mark: 1 from the start of the file, else 0. */
  readonly bomLine: number;
  /** The number of the last line handed out. */
  line: number;
  /** After a too-long line has been reported, its remaining bytes are skipped up to its LF. */
  skipping: boolean;
}

/** Reports line `line` as longer than the limit. */
function reportTooLong(scan: NdjsonScan, line: number): void {
  scan.visit(
    line,
    undefined,
    rowIssue(line, 'row.too_long', `The line is longer than ${scan.maxRowBytes} bytes.`),
  );
}

/** Decodes and visits one line given as bytes (without its LF). */
function visitLineBytes(scan: NdjsonScan, line: number, bytes: Buffer): void {
  if (bytes.length > scan.maxRowBytes + (bytes[bytes.length - 1] === RETURN ? 1 : 0)) {
    reportTooLong(scan, line);
    return;
  }
  if (bytes[0] === 0x7b && lineScannerEnabled()) {
    // The common row is decided from its bytes; any other is decoded and goes the full way.
    const end = bytes[bytes.length - 1] === RETURN ? bytes.length - 1 : bytes.length;
    const employee = scanEmployeeLine(end === bytes.length ? bytes : bytes.subarray(0, end));
    if (employee !== undefined) {
      scan.visit(line, employee, undefined);
      return;
    }
  }
  let text: string;
  try {
    text = scan.decoder.decode(bytes);
  } catch {
    scan.visit(
      line,
      undefined,
      rowIssue(line, 'encoding.invalid_utf8', 'The line is not valid UTF-8.'),
    );
    return;
  }
  visitLine(line, text, scan.visit, scan.bomLine);
}

/**
 * The text of the complete lines of a buffer (up to its last LF), or `undefined` when the fast
 * path does not apply: a line is being skipped, a line may be too long, or the bytes are not UTF-8.
 */
function decodeCompleteLines(
  scan: Readonly<NdjsonScan>,
  buffer: Uint8Array,
  last: number,
): string | undefined {
  if (scan.skipping || buffer.length > scan.maxRowBytes) return undefined;
  try {
    return scan.decoder.decode(buffer.subarray(0, last));
  } catch {
    return undefined;
  }
}

/** Visits every line of a decoded text, numbered from `scan.line + 1`; returns the last number. */
function visitTextLines(scan: Readonly<NdjsonScan>, text: string): number {
  let last = scan.line;
  let from = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
    visitLine(++last, text.slice(from, end), scan.visit, scan.bomLine);
    from = end + 1;
  }
  visitLine(++last, text.slice(from), scan.visit, scan.bomLine);
  return last;
}

/** Visits the complete lines of a buffer one by one as bytes; returns the offset after the last LF. */
function visitByteLines(scan: NdjsonScan, buffer: Buffer): number {
  let start = 0;
  for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
    if (scan.skipping) scan.skipping = false;
    else visitLineBytes(scan, ++scan.line, buffer.subarray(start, end));
    start = end + 1;
  }
  return start;
}

/**
 * Visits the complete lines of a buffer, decoded at once when possible; returns the offset of
 * the first byte not visited (0 when the buffer has no LF).
 */
function visitCompleteLines(scan: NdjsonScan, buffer: Buffer): number {
  const last = buffer.lastIndexOf(NEWLINE);
  if (last === -1) return 0;
  // With the line scanner, lines are taken as bytes: most are decided without being decoded.
  const text = lineScannerEnabled() ? undefined : decodeCompleteLines(scan, buffer, last);
  if (text === undefined) return visitByteLines(scan, buffer);
  // Fast path: no line here can be longer than the limit, and all of it is UTF-8.
  scan.line = visitTextLines(scan, text);
  return last + 1;
}

/**
 * The bytes of a buffer from `start` on, carried over to the next chunk; `undefined` when there
 * are none, or when they are already longer than the limit (reported once, then skipped).
 */
function carryOver(scan: NdjsonScan, buffer: Buffer, start: number): Buffer | undefined {
  if (start === buffer.length) return undefined;
  const pending = buffer.subarray(start);
  // One byte more than the limit may be the CR of a CRLF that the next chunk completes: whether
  // a line is too long must not depend on where the chunks end.
  if (pending.length <= scan.maxRowBytes + 1) return pending;
  if (!scan.skipping) {
    reportTooLong(scan, ++scan.line);
    scan.skipping = true;
  }
  return undefined;
}

/**
 * Reads an NDJSON file chunk by chunk, calling the visitor for each row and yielding after each
 * chunk.
 *
 * @remarks
 * Each line is first given, as bytes, to the line scanner (`scanEmployeeLine`), which decides a
 * plain valid row without decoding it; any other line is decoded and goes through `JSON.parse`
 * and `validateEmployeeRow`. With the scanner off, the complete lines of a chunk are decoded at
 * once and the text split; a chunk that is not valid UTF-8, or that may hold a line longer than
 * the limit, is split into byte lines decoded one by one, so that the bad line alone is rejected.
 */
async function* scanNdjson(
  path: string,
  options: ScanOptions,
  visit: RowVisitor,
): AsyncGenerator<void> {
  const start = options.start ?? 0;
  const scan: NdjsonScan = {
    decoder: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
    maxRowBytes: options.maxRowBytes,
    visit,
    bomLine: start === 0 ? 1 : 0,
    line: 0,
    skipping: false,
  };
  const { onBytes } = options;
  let pending: Buffer | undefined;
  let read = 0;
  // `end` of createReadStream is inclusive (a range is never empty).
  const range = options.end === undefined ? { start } : { start, end: options.end - 1 };
  for await (const chunk of createReadStream(path, range)) {
    const bytes = chunk as Buffer;
    read += bytes.length;
    onBytes?.(read);
    const buffer = pending === undefined ? bytes : Buffer.concat([pending, bytes]);
    pending = carryOver(scan, buffer, visitCompleteLines(scan, buffer));
    yield;
  }
  if (pending !== undefined && !scan.skipping) visitLineBytes(scan, ++scan.line, pending);
  options.onLines?.(scan.line);
  yield;
}

/** Whether a raw CSV record has a non-empty cell beyond the columns of the header. */
function hasExtraCells(raw: unknown, columns: unknown): boolean {
  if (!Array.isArray(raw)) return false;
  const width = Array.isArray(columns) ? columns.length : 0;
  for (let i = width; i < raw.length; i++) if (raw[i] !== '') return true;
  return false;
}

/** One record of csv-parse with `columns` on, and its context. */
interface CsvRecord {
  readonly record: Record<string, string>;
  readonly info: { readonly columns?: unknown; readonly error?: { readonly record?: unknown } };
}

/** The code of the error that ends a CSV file whose header names a column twice. */
const DUPLICATE_COLUMN = 'CSV_DUPLICATE_COLUMN';

/**
 * The columns of a CSV header, as given; a column named twice is an error (its cells would
 * silently overwrite each other), which ends the file with `csv.duplicate_column` at row 1.
 */
function headerColumns(header: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  const columns: string[] = [];
  for (const [i, cell] of header.entries()) {
    const column = String(cell);
    const first = seen.get(column);
    if (first !== undefined) {
      const error = new Error(
        `The header names the column "${column}" twice (columns ${first + 1} and ${i + 1}).`,
      );
      throw Object.assign(error, { code: DUPLICATE_COLUMN });
    }
    seen.set(column, i);
    columns.push(column);
  }
  return columns;
}

/** The records csv-parse has given and the error it has met, if any. */
interface CsvParsed {
  /** The records not handed out yet. */
  records: CsvRecord[];
  /** The error that ended the parser. */
  failure: { readonly error: unknown } | undefined;
}

/**
 * A csv-parse parser with the options of the CSV reader, whose records are collected in `parsed`
 * as they are parsed rather than pushed to its readable side: every record parsed before an
 * error is kept, whatever the chunks of the input.
 */
function csvParser(maxRowBytes: number, parsed: CsvParsed): Parser {
  const parser = parse({
    bom: true,
    columns: headerColumns,
    relax_column_count: true,
    // A quote inside an unquoted cell (=HYPERLINK("…") typed in a spreadsheet) is text.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: maxRowBytes,
    // The context of a record holds its error (cells beyond the header) and the columns.
    on_record: (record: Record<string, string>, info: unknown) => {
      parsed.records.push({ record, info } as CsvRecord);
      return null;
    },
  });
  parser.on('error', (error) => {
    parsed.failure ??= { error };
  });
  // Nothing but the end is pushed: let it flow.
  parser.resume();
  return parser;
}

/** Hands a chunk to the parser (or ends it), resolving once it is parsed. */
function feed(parser: Parser, parsed: CsvParsed, chunk: Buffer | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (error?: Error | null): void => {
      if (error) parsed.failure ??= { error };
      resolve();
    };
    if (chunk === undefined) parser.end(done);
    else parser.write(chunk, done);
  });
}

/**
 * The records csv-parse gives for a stream of CSV bytes, in batches (one per chunk); throws the
 * error that ends the parser (an unclosed quote, a record longer than the limit) after every
 * record parsed before it, or the error of the stream (a file error).
 */
async function* parseCsvChunks(
  chunks: AsyncIterable<Buffer>,
  maxRowBytes: number,
): AsyncGenerator<readonly CsvRecord[]> {
  const parsed: CsvParsed = { records: [], failure: undefined };
  const parser = csvParser(maxRowBytes, parsed);
  try {
    for await (const chunk of chunks) {
      await feed(parser, parsed, chunk);
      yield parsed.records;
      parsed.records = [];
      if (parsed.failure !== undefined) throw parsed.failure.error;
    }
    await feed(parser, parsed, undefined);
    yield parsed.records;
    if (parsed.failure !== undefined) throw parsed.failure.error;
  } finally {
    parser.destroy();
  }
}

/** The columns of a record whose cell holds a replacement character, or `undefined` when none. */
function invalidUtf8Columns(record: Readonly<Record<string, string>>): string[] | undefined {
  let bad: string[] | undefined;
  for (const column in record) {
    if ((record[column] as string).includes('\uFFFD')) {
      bad ??= [];
      bad.push(column);
    }
  }
  return bad;
}

/** Reports a row with a non-empty cell beyond the `width` columns of the header. */
function reportExtraCells(row: number, cells: number, width: number, visit: RowVisitor): void {
  visit(
    row,
    undefined,
    rowIssue(
      row,
      'csv.extra_cells',
      `The row has ${cells} cells, more than the ${width} columns of the header.`,
    ),
  );
}

/** Checks the cells of one CSV record (column → text), row `row`, and hands it to the visitor. */
function visitCsvCells(
  row: number,
  record: Readonly<Record<string, string>>,
  visit: RowVisitor,
): void {
  const bad = invalidUtf8Columns(record);
  if (bad !== undefined) {
    visit(
      row,
      undefined,
      bad.map((column) => ({
        row,
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
}

/** Checks one CSV record, row `row` of the file, and hands it to the visitor. */
function visitCsvRecord(row: number, { record, info }: CsvRecord, visit: RowVisitor): void {
  // Cells beyond the header have no field: a row that fills them would lose them silently.
  const raw = info.error?.record;
  if (raw !== undefined && hasExtraCells(raw, info.columns)) {
    const width = Array.isArray(info.columns) ? info.columns.length : 0;
    reportExtraCells(row, (raw as unknown[]).length, width, visit);
    return;
  }
  visitCsvCells(row, record, visit);
}

/** The columns of a CSV header as the plain-line path maps cells to them. */
interface CsvColumns {
  /** The column names, in order. */
  readonly names: readonly string[];
  /** Whether a column is named `__proto__` (defined as an own property, as csv-parse does). */
  readonly proto: boolean;
}

/**
 * Checks the cells of one plain CSV line, row `row`, as csv-parse would give them: the cells
 * mapped to the columns in order, those beyond the header kept only to report them.
 */
function visitCsvLine(
  row: number,
  cells: readonly string[],
  columns: CsvColumns,
  visit: RowVisitor,
): void {
  const { names } = columns;
  if (cells.length > names.length && hasExtraCells(cells, names)) {
    reportExtraCells(row, cells.length, names.length, visit);
    return;
  }
  const record: Record<string, string> = {};
  const width = Math.min(cells.length, names.length);
  for (let i = 0; i < width; i++) {
    const name = names[i] as string;
    if (columns.proto) {
      defineOwnField(record, name, cells[i]);
    } else {
      record[name] = cells[i] as string;
    }
  }
  visitCsvCells(row, record, visit);
}

/**
 * Reports a structural CSV error (an unclosed quote), which ends the file, at row `row`;
 * rethrows any other error (a file error).
 */
function reportCsvError(error: unknown, row: number, visit: RowVisitor): void {
  const code = errorCode(error);
  const message = (error as Error).message;
  if (code === DUPLICATE_COLUMN) visit(1, undefined, rowIssue(1, 'csv.duplicate_column', message));
  else if (!code.startsWith('CSV_') && code !== 'INVALID_OPENING_QUOTE') throw error;
  else visit(row, undefined, rowIssue(row, 'csv.invalid', message));
}

/**
 * Visits the records of csv-parse, numbered from `first + 1`, yielding after each batch; a
 * structural CSV error ends the file and is reported at the next row.
 */
async function* visitCsvRecords(
  batches: AsyncIterable<readonly CsvRecord[]>,
  first: number,
  visit: RowVisitor,
): AsyncGenerator<void> {
  let row = first;
  try {
    for await (const batch of batches) {
      for (const record of batch) visitCsvRecord(++row, record, visit);
      yield;
    }
  } catch (error) {
    // A file error goes up; a structural CSV error ends the file and is reported at the next row.
    reportCsvError(error, row + 1, visit);
  }
  yield;
}

/** The chunks of a CSV file being read, with the bytes read reported. */
interface CsvSource {
  /** The file's stream. */
  readonly stream: ReadStream;
  /** The chunks not read yet. */
  readonly chunks: AsyncIterator<Buffer>;
  /** The options of the scan. */
  readonly options: ScanOptions;
  /** The bytes read so far. */
  read: number;
}

/** Opens a CSV file as a source of chunks. */
function openCsv(path: string, options: ScanOptions): CsvSource {
  const stream = createReadStream(path);
  return { stream, chunks: stream[Symbol.asyncIterator](), options, read: 0 };
}

/** The next chunk of a CSV file, or `undefined` at its end. */
async function nextChunk(source: CsvSource): Promise<Buffer | undefined> {
  const next = await source.chunks.next();
  if (next.done === true) return undefined;
  source.read += next.value.length;
  source.options.onBytes?.(source.read);
  return next.value;
}

/** The given bytes, then the chunks of the file not read yet. */
async function* remainingBytes(
  first: readonly Buffer[],
  source: CsvSource,
): AsyncGenerator<Buffer> {
  for (const bytes of first) if (bytes.length > 0) yield bytes;
  for (let chunk = await nextChunk(source); chunk !== undefined; chunk = await nextChunk(source)) {
    yield chunk;
  }
}

/** csv-parse's records from the given bytes followed by the rest of the file. */
function parseRemainingBytes(
  first: readonly Buffer[],
  source: CsvSource,
): AsyncIterable<readonly CsvRecord[]> {
  return parseCsvChunks(remainingBytes(first, source), source.options.maxRowBytes);
}

/**
 * Reads the first line of a CSV file, with more chunks when needed: the bytes read, and whether
 * the file ended.
 */
async function readFirstLine(source: CsvSource): Promise<{ bytes: Buffer; last: boolean }> {
  let bytes: Buffer = Buffer.alloc(0);
  const enough = source.options.maxRowBytes + 5;
  while (bytes.indexOf(0x0a) === -1 && bytes.length <= enough) {
    const chunk = await nextChunk(source);
    if (chunk === undefined) return { bytes, last: true };
    bytes = Buffer.concat([bytes, chunk]);
  }
  return { bytes, last: false };
}

/**
 * Reads a CSV file: plain lines are decided from their bytes (`scanPlainCsvLines`), and from the
 * first line that is not plain on, csv-parse reads the rest of the file. It is given the header
 * line, then one blank line per line already read (csv-parse skips them, and its line numbers in
 * error messages stay those of the file), then the rest: its records, numbered on, are those it
 * would have given reading the whole file. A file whose header is not plain goes to csv-parse
 * whole.
 */
async function* scanCsvFromBytes(
  path: string,
  options: ScanOptions,
  visit: RowVisitor,
): AsyncGenerator<void> {
  const source = openCsv(path, options);
  const first = await readFirstLine(source);
  const header = plainCsvHeader(first.bytes, options.maxRowBytes);
  if (header === undefined) {
    yield* visitCsvRecords(parseRemainingBytes([first.bytes], source), 1, visit);
    return;
  }
  let columns: CsvColumns;
  try {
    const names = headerColumns(header.cells);
    columns = { names, proto: names.includes('__proto__') };
  } catch (error) {
    source.stream.destroy();
    reportCsvError(error, 2, visit);
    yield;
    return;
  }
  const scan: CsvLineScan = {
    crlf: header.crlf,
    maxRowBytes: options.maxRowBytes,
    lines: 0,
    undecided: false,
  };
  let row = 1;
  const visitCells = (cells: string[]): void => visitCsvLine(++row, cells, columns, visit);
  let buffer: Buffer = first.bytes;
  let from = header.end;
  let last = first.last;
  for (;;) {
    from = scanPlainCsvLines(scan, buffer, from, last, visitCells);
    yield;
    if (scan.undecided) break;
    if (last) return;
    const chunk = await nextChunk(source);
    last = chunk === undefined;
    const pending = buffer.subarray(from);
    buffer = chunk === undefined ? pending : Buffer.concat([pending, chunk]);
    from = 0;
  }
  const blank = Buffer.alloc(scan.lines * (scan.crlf ? 2 : 1), scan.crlf ? '\r\n' : '\n');
  const head = Buffer.from(first.bytes.subarray(0, header.end));
  yield* visitCsvRecords(
    parseRemainingBytes([head, blank, buffer.subarray(from)], source),
    row,
    visit,
  );
}

/** Reads a CSV file: plain lines from their bytes, or the whole file with csv-parse. */
function scanCsv(path: string, options: ScanOptions, visit: RowVisitor): AsyncGenerator<void> {
  return options.fastCsv === false
    ? visitCsvRecords(parseRemainingBytes([], openCsv(path, options)), 1, visit)
    : scanCsvFromBytes(path, options, visit);
}

/**
 * Reads an employee file, NDJSON, CSV or Parquet, in bounded memory: calls `visit` for every row, in
 * order, and yields between batches of rows (a chunk of the file), so that a consumer can hand
 * the rows on without an `await` per row. A Parquet file is read by `readParquetRows`.
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
  if (options.format === 'parquet') return readParquetRows(path, options, visit);
  return options.format === 'csv'
    ? scanCsv(path, options, visit)
    : scanNdjson(path, options, visit);
}
