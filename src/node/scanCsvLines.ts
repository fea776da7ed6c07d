const NEWLINE = 0x0a;
const RETURN = 0x0d;
const QUOTE = 0x22;

/**
 * The header of a plain CSV file: its cells and how its lines end.
 *
 * @internal
 */
export interface PlainCsvHeader {
  /** The cells of the header, the byte order mark dropped. */
  readonly cells: readonly string[];
  /** Whether the header ends with CR LF (csv-parse then takes CR LF as the line break). */
  readonly crlf: boolean;
  /** The offset of the byte after the header's line break. */
  readonly end: number;
}

/**
 * The state of a scan of plain CSV lines, after the header.
 *
 * @internal
 */
export interface CsvLineScan {
  /** Whether lines end with CR LF; otherwise with LF. */
  readonly crlf: boolean;
  /** The longest line, in bytes, without its line break. */
  readonly maxRowBytes: number;
  /** The lines decided so far after the header, blank ones included. */
  lines: number;
  /** Set when the scan stopped at a line it cannot decide. */
  undecided: boolean;
}

/**
 * Reads the header of a CSV file from its first bytes when it is plain: no double quote, no CR
 * but the one of a CR LF line break, not blank, not longer than the limit.
 *
 * @remarks
 * csv-parse (with `bom: true`) drops a UTF-8 byte order mark and takes the first line break it
 * meets, CR LF, LF or CR, as the line break of the whole file; a file that starts with the
 * UTF-16 mark FF FE, or whose first line break is a lone CR, is not plain.
 *
 * @param buffer - The first bytes of the file.
 * @param maxRowBytes - The longest row, in bytes.
 * @returns The header, or `undefined` when it is not plain (csv-parse then reads the file).
 * @example
 * plainCsvHeader(Buffer.from('id,gender\r\ne-1,female\r\n'), 1000)
 * //=> { cells: ['id', 'gender'], crlf: true, end: 11 }
 * @category Node
 * @internal
 */
export function plainCsvHeader(buffer: Buffer, maxRowBytes: number): PlainCsvHeader | undefined {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return undefined;
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const lf = buffer.indexOf(NEWLINE, start);
  if (lf === -1) return undefined;
  const crlf = lf > start && buffer[lf - 1] === RETURN;
  const end = crlf ? lf - 1 : lf;
  if (end === start || end - start > maxRowBytes) return undefined;
  const cr = buffer.indexOf(RETURN, start);
  const quote = buffer.indexOf(QUOTE, start);
  if ((cr !== -1 && cr < end) || (quote !== -1 && quote < end)) return undefined;
  return { cells: buffer.toString('utf8', start, end).split(','), crlf, end: lf + 1 };
}

/**
 * The end of the content of the line from `start` to the LF at `lf`, or -1 when the line is not
 * plain; `quote` is the first double quote of the buffer at or after `start`, and with LF line
 * breaks `cr` its first CR (-1: none).
 */
function plainLineEnd(
  scan: Readonly<CsvLineScan>,
  buffer: Buffer,
  start: number,
  lf: number,
  stops: readonly [quote: number, cr: number],
): number {
  const [quote, cr] = stops;
  if (quote !== -1 && quote < lf) return -1;
  const end = scan.crlf ? lf - 1 : lf;
  if (end < start || end - start > scan.maxRowBytes) return -1;
  // With CR LF, the first CR of the line must be the one of its line break.
  if (scan.crlf) return buffer.indexOf(RETURN, start) === end ? end : -1;
  return cr === -1 || cr > lf ? end : -1;
}

/**
 * Decides the plain lines of a buffer of CSV bytes from `start` on, calling `visit` with the cells
 * of each line that is not blank, and stops at the first line it cannot decide.
 *
 * @remarks
 * A plain line has no double quote, no CR but the one of its CR LF line break (when the header
 * ends with CR LF; with LF, no CR at all), and is not longer than `maxRowBytes`: csv-parse, with
 * the options of the CSV reader (no trimming, no comments, `skip_empty_lines`), gives exactly its
 * text split on commas, each cell decoded from UTF-8 with U+FFFD for a byte that is not, and skips
 * it when it is empty. Any other line sets `scan.undecided` and the scan stops at its first byte.
 * The last line of a buffer is only decided when `last` is set (the end of the file); otherwise it
 * is left for the next chunk, unless it is already longer than the limit (undecided).
 *
 * @param scan - The state of the scan; `lines` counts the lines decided.
 * @param buffer - The bytes.
 * @param start - The first byte to read, the start of a line.
 * @param last - Whether the buffer ends the file.
 * @param visit - Called with the cells of each line that is not blank.
 * @returns The offset of the first byte not decided.
 * @example
 * const scan = { crlf: false, maxRowBytes: 100, lines: 0, undecided: false };
 * scanPlainCsvLines(scan, Buffer.from('a,b\n\n"c"\n'), 0, true, (cells) => cells)
 * //=> 5
 * @category Node
 * @internal
 */
export function scanPlainCsvLines(
  scan: CsvLineScan,
  buffer: Buffer,
  start: number,
  last: boolean,
  visit: (cells: string[]) => void,
): number {
  // Searched once: the scan stops at the line that holds either.
  const quote = buffer.indexOf(QUOTE, start);
  const stops = [quote, scan.crlf ? -1 : buffer.indexOf(RETURN, start)] as const;
  let from = start;
  for (let lf = buffer.indexOf(NEWLINE, from); lf !== -1; lf = buffer.indexOf(NEWLINE, from)) {
    const end = plainLineEnd(scan, buffer, from, lf, stops);
    if (end === -1) {
      scan.undecided = true;
      return from;
    }
    if (end > from) visit(buffer.toString('utf8', from, end).split(','));
    scan.lines++;
    from = lf + 1;
  }
  const rest = buffer.length - from;
  if (rest === 0) return from;
  if (!last) {
    // A CR LF split between two chunks: the line may hold one byte more than the limit.
    if (rest > scan.maxRowBytes + 1) scan.undecided = true;
    return from;
  }
  if (quote !== -1 || buffer.indexOf(RETURN, from) !== -1 || rest > scan.maxRowBytes) {
    scan.undecided = true;
    return from;
  }
  visit(buffer.toString('utf8', from).split(','));
  scan.lines++;
  return buffer.length;
}
