import type { FileMetaData, RowGroup } from 'hyparquet';
import { ImpactError, type RowIssue, validateEmployeeRow } from '../index.js';
import { errorCode } from './errorCode.js';
import { openRangeFile, type RangeFile } from './openRangeFile.js';
import { type ParquetCellParsers, parquetParsers } from './parquetParsers.js';
import { parquetRowToRecord } from './parquetRowToRecord.js';
import type { RowVisitor, ScanOptions } from './scanEmployeeFile.js';

/**
 * The most bytes a Parquet file may make the reader hold at once (256 MiB, as for a JSON
 * file): its footer, or the uncompressed data of one row group.
 *
 * @internal
 */
export const MAX_PARQUET_HELD_BYTES = 256 * 1024 * 1024;

/** hyparquet, loaded when the first Parquet file is read. */
type Hyparquet = typeof import('hyparquet');

/** The bytes `PAR1` that begin and end a Parquet file, as a little-endian 32-bit number. */
const MAGIC = 0x31524150;

/** An error that ends the reading of a file that is not a Parquet file or is corrupt. */
function unreadable(path: string, reason: string, cause?: unknown): ImpactError {
  return new ImpactError('FILE_UNREADABLE', `${path}: ${reason}`, { cause });
}

/**
 * Checks that a file begins and ends with `PAR1` and that its footer is not larger than
 * {@link MAX_PARQUET_HELD_BYTES}, before hyparquet reads the footer.
 */
async function checkMagic(file: RangeFile, path: string): Promise<void> {
  const size = file.byteLength;
  const notParquet = 'not a Parquet file (it does not begin and end with PAR1)';
  if (size < 12) throw unreadable(path, notParquet);
  const head = new DataView(await file.slice(0, 4));
  const tail = new DataView(await file.slice(size - 8, size));
  if (head.getUint32(0, true) !== MAGIC || tail.getUint32(4, true) !== MAGIC) {
    throw unreadable(path, notParquet);
  }
  const footer = tail.getUint32(0, true);
  if (footer > MAX_PARQUET_HELD_BYTES) {
    throw unreadable(
      path,
      `the Parquet footer is ${footer} bytes, more than the ${MAX_PARQUET_HELD_BYTES} read at once`,
    );
  }
}

/** The names of the top-level columns; a name given twice ends the file. */
function topColumns(hyparquet: Hyparquet, metadata: FileMetaData, path: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const child of hyparquet.parquetSchema(metadata).children) {
    const name = child.element.name;
    if (seen.has(name))
      throw unreadable(path, `the Parquet schema names the column "${name}" twice`);
    seen.add(name);
    names.push(name);
  }
  return names;
}

/**
 * Refuses a row group whose uncompressed data is larger than {@link MAX_PARQUET_HELD_BYTES}.
 *
 * @param group - The row group's metadata.
 * @param index - Its index in the file, from 0.
 * @param path - The file, for the message.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` when the row group is too large.
 * @internal
 */
export function checkGroupSize(
  group: Readonly<Pick<RowGroup, 'total_byte_size'>>,
  index: number,
  path: string,
): void {
  if (group.total_byte_size > BigInt(MAX_PARQUET_HELD_BYTES)) {
    throw unreadable(
      path,
      `Parquet row group ${index + 1} holds ${group.total_byte_size} bytes uncompressed, more than the ${MAX_PARQUET_HELD_BYTES} read at once (write the file with smaller row groups)`,
    );
  }
}

/** What one read of hyparquet needs. */
interface ParquetSource {
  readonly hyparquet: Hyparquet;
  readonly file: RangeFile;
  readonly path: string;
  readonly parsers: ParquetCellParsers;
}

/**
 * Runs one step of hyparquet on a file; a failure that is not a system error (hyparquet's own
 * errors, and the TypeErrors and RangeErrors a corrupt file can cause) ends the file as a
 * corrupt Parquet file, with hyparquet's reason.
 *
 * @param path - The file, for the message.
 * @param step - The step.
 * @returns What the step returns.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` when the step fails but for a
 * system error, which is rethrown as it is.
 * @internal
 */
export async function parquetStep<T>(path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (errorCode(error) !== 'error') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw unreadable(path, `a corrupt Parquet file (${reason})`, error);
  }
}

/**
 * Reads the rows `rowStart` to `rowEnd` (exclusive) as columns: for each column, its cells, one
 * a row. hyparquet hands over the decoded pages of each column (`onChunk`), which are copied
 * into place; no row is built before it is checked.
 */
function readColumns(
  source: ParquetSource,
  metadata: FileMetaData,
  columns: string[],
  rowStart: number,
  rowEnd: number,
): Promise<unknown[][]> {
  return parquetStep(source.path, async () => {
    const count = rowEnd - rowStart;
    const cells = columns.map(() => new Array<unknown>(count));
    await source.hyparquet.parquetRead({
      file: source.file,
      metadata,
      columns,
      rowStart,
      rowEnd,
      parsers: source.parsers,
      // Called from hyparquet's promises: it must not throw, so a column it did not ask for
      // (there is none) would be written to a scratch array.
      onChunk: ({ columnName, columnData, rowStart: from }) => {
        const column = cells[columns.indexOf(columnName)] ?? [];
        const first = Math.max(0, rowStart - from);
        const last = Math.min(columnData.length, rowEnd - from);
        for (let i = first; i < last; i++) column[from + i - rowStart] = columnData[i];
      },
    });
    return cells;
  });
}

/** Checks one row, numbered `row`, its cells at index `at` of the columns, and hands it to the visitor. */
function visitParquetRow(
  row: number,
  columns: readonly string[],
  cells: readonly (readonly unknown[])[],
  at: number,
  options: ScanOptions,
  visit: RowVisitor,
): void {
  const { record, problems } = parquetRowToRecord(columns, cells, at, row, options.maxRowBytes);
  if (record === undefined) {
    visit(row, undefined, problems);
    return;
  }
  const checked = validateEmployeeRow(record, row);
  if (problems === undefined) {
    if ('employee' in checked) visit(row, checked.employee, undefined);
    else visit(row, undefined, checked.issues);
    return;
  }
  // The cells that could not be read are left out of the record: the schema's issues about
  // them (a required field missing) say less than their own problems, which replace them.
  const issues: RowIssue[] = problems;
  const problemColumns = new Set(problems.map((issue) => issue.column));
  if ('issues' in checked) {
    for (const issue of checked.issues) if (!problemColumns.has(issue.column)) issues.push(issue);
  }
  visit(row, undefined, issues);
}

/**
 * Reads a Parquet employee file row group by row group with hyparquet, calling the visitor for
 * each row and yielding after each row group.
 *
 * @remarks
 * The file is read through a file handle by byte ranges (the footer, then the column chunks of
 * one row group at a time), so memory holds one row group's columns, never the whole file. Row `n`
 * is the `n`-th row of the file, counted from 1. hyparquet is loaded with `import()` when the
 * first Parquet file is read.
 *
 * @param path - The file.
 * @param options - The longest row and a progress callback.
 * @param visit - Called for each row.
 * @returns An async iterable that ends when the file is read.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` (while iterating) when the file is
 * not a Parquet file, is corrupt, or holds a row group too large; the system error when the
 * file cannot be read.
 * @internal
 */
export async function* readParquetRows(
  path: string,
  options: ScanOptions,
  visit: RowVisitor,
): AsyncGenerator<void> {
  const file = await openRangeFile(path, options.onBytes);
  try {
    await checkMagic(file, path);
    const hyparquet: Hyparquet = await import('hyparquet');
    const source: ParquetSource = { hyparquet, file, path, parsers: parquetParsers() };
    const metadata = await parquetStep(path, () =>
      hyparquet.parquetMetadataAsync(file, { parsers: source.parsers }),
    );
    const columns = topColumns(hyparquet, metadata, path);
    let start = 0;
    for (const [index, group] of metadata.row_groups.entries()) {
      checkGroupSize(group, index, path);
      const end = start + Number(group.num_rows);
      const cells = await readColumns(source, metadata, columns, start, end);
      for (let at = 0; at < end - start; at++) {
        visitParquetRow(start + at + 1, columns, cells, at, options, visit);
      }
      start = end;
      yield;
    }
  } finally {
    await file.close();
  }
  yield;
}
