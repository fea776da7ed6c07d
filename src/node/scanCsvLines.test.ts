/// <reference types="node" />
// The plain-line path of the CSV reader against csv-parse alone (`fastCsv: false`): every file
// gives the same visits (row numbers, employees, issues with their messages) and the same error.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  csvLine,
  syntheticEmployees,
  syntheticWorld,
} from '../../bench/syntheticWorkforce.js';
import { rowsCases } from '../../test/corpus/fileCases.js';
import { MAX_ROW_BYTES } from './readEmployees.js';
import { type CsvLineScan, plainCsvHeader, scanPlainCsvLines } from './scanCsvLines.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-csv-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
const file = (content: string | Uint8Array): string => {
  const path = join(dir, `${++written}.csv`);
  writeFileSync(path, content);
  return path;
};
const bytes = (...parts: readonly (string | readonly number[] | Buffer)[]): Buffer =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
  );

/** Every visit of a CSV scan, the last progress figure, and the error it ends with. */
async function scanAll(path: string, fastCsv: boolean, maxRowBytes: number): Promise<unknown> {
  const visits: unknown[] = [];
  let bytesRead = 0;
  try {
    const scan = scanEmployeeFile(
      path,
      { format: 'csv', maxRowBytes, fastCsv, onBytes: (read) => (bytesRead = read) },
      (row, employee, issues) => visits.push({ row, employee, issues }),
    );
    for await (const step of scan) expect(step).toBeUndefined();
  } catch (error) {
    return { visits, error: String(error) };
  }
  return { visits, bytesRead };
}

/** Reads a file both ways and checks that they agree; returns the visits. */
async function expectSame(path: string, maxRowBytes = MAX_ROW_BYTES): Promise<unknown[]> {
  const reference = await scanAll(path, false, maxRowBytes);
  const fast = await scanAll(path, true, maxRowBytes);
  expect(fast).toEqual(reference);
  return (fast as { visits: unknown[] }).visits;
}

const HEADER = 'id,companyId,homeLocationId,gender,hireDate,category,contract,engagement,birthYear';
const row = (id: string): string =>
  `${id},miner,AZ-DAS,female,2020-01-01,worker,permanent,employee,1990`;

describe('plainCsvHeader', () => {
  it('reads a header ending with LF or CR LF, dropping a UTF-8 byte order mark', () => {
    // 'a,b' is 3 bytes, its LF the 4th: the body starts at 4; with CR LF at 5; the BOM adds 3.
    expect(plainCsvHeader(Buffer.from('a,b\nx'), 100)).toEqual({
      cells: ['a', 'b'],
      crlf: false,
      end: 4,
    });
    expect(plainCsvHeader(Buffer.from('a,b\r\nx'), 100)).toEqual({
      cells: ['a', 'b'],
      crlf: true,
      end: 5,
    });
    expect(plainCsvHeader(bytes([0xef, 0xbb, 0xbf], 'a,b\n'), 100)).toEqual({
      cells: ['a', 'b'],
      crlf: false,
      end: 7,
    });
    // Only the whole mark EF BB BF is dropped; a lone FF is a byte that is not UTF-8; a CR after
    // the header's LF is not the header's.
    expect(plainCsvHeader(bytes([0xef, 0xbb], 'a\n'), 100)?.cells).toEqual(['\uFFFDa']);
    expect(plainCsvHeader(bytes([0xef], 'a\n'), 100)?.cells).toEqual(['\uFFFDa']);
    expect(plainCsvHeader(bytes([0xff], 'a\n'), 100)?.cells).toEqual(['\uFFFDa']);
    expect(plainCsvHeader(Buffer.from('a\nb\r\n'), 100)).toEqual({
      cells: ['a'],
      crlf: false,
      end: 2,
    });
    // 3 bytes of content fit a limit of 3.
    expect(plainCsvHeader(Buffer.from('a,b\n'), 3)?.cells).toEqual(['a', 'b']);
  });

  it('leaves to csv-parse a header it cannot decide', () => {
    for (const text of ['"a",b\n', 'a\rb\n', 'a,b\r\r\n', '\na,b\n', 'a,b', '\r\na,b\n']) {
      expect(plainCsvHeader(Buffer.from(text), 100), JSON.stringify(text)).toBeUndefined();
    }
    // UTF-16 byte order mark: csv-parse would switch to UTF-16.
    expect(plainCsvHeader(bytes([0xff, 0xfe], 'a,b\n'), 100)).toBeUndefined();
    // 3 bytes of content are longer than a limit of 2.
    expect(plainCsvHeader(Buffer.from('a,b\n'), 2)).toBeUndefined();
  });
});

describe('scanPlainCsvLines', () => {
  const scanOf = (crlf: boolean, maxRowBytes = 100): CsvLineScan => ({
    crlf,
    maxRowBytes,
    lines: 0,
    undecided: false,
  });
  const run = (scan: CsvLineScan, text: string | Buffer, last: boolean) => {
    const seen: string[][] = [];
    const next = scanPlainCsvLines(scan, Buffer.from(text), 0, last, (cells) => seen.push(cells));
    return { next, seen, lines: scan.lines, undecided: scan.undecided };
  };

  it('splits plain lines on commas, counts blank lines without visiting them', () => {
    // Lines: 'a,b' (4 bytes with LF), '' (1), ',c,' (4): 9 bytes, 3 lines, 2 visited.
    expect(run(scanOf(false), 'a,b\n\n,c,\n', false)).toEqual({
      next: 9,
      seen: [
        ['a', 'b'],
        ['', 'c', ''],
      ],
      lines: 3,
      undecided: false,
    });
    // CR LF: 'a' + CR LF (3 bytes), CR LF (2).
    expect(run(scanOf(true), 'a\r\n\r\n', false)).toEqual({
      next: 5,
      seen: [['a']],
      lines: 2,
      undecided: false,
    });
  });

  it('keeps a line without its LF for the next chunk, or decides it at the end of the file', () => {
    expect(run(scanOf(false), 'a\nb,c', false)).toEqual({
      next: 2,
      seen: [['a']],
      lines: 1,
      undecided: false,
    });
    expect(run(scanOf(false), 'a\nb,c', true)).toEqual({
      next: 5,
      seen: [['a'], ['b', 'c']],
      lines: 2,
      undecided: false,
    });
    // A CR LF split between chunks: 3 bytes of content and a CR fit a limit of 3 (+ 1).
    expect(run(scanOf(true, 3), 'abc\r', false).undecided).toBe(false);
  });

  it('decodes each cell from UTF-8 with U+FFFD for a byte that is not', () => {
    expect(run(scanOf(false), bytes('é,', [0x80], 'x\n'), false).seen).toEqual([['é', '\uFFFDx']]);
  });

  it('stops at the first line it cannot decide', () => {
    const cases: readonly (readonly [boolean, string, boolean, number, number])[] = [
      // [crlf, text, last, next, lines]: 'a\n' is decided (2 bytes), the next line is not.
      [false, 'a\nb"c\nd\n', false, 2, 1],
      [false, 'a\nb\rc\nd\n', false, 2, 1],
      [false, 'a\nb\r\n', false, 2, 1],
      [true, 'a\r\nb\nc\r\n', false, 3, 1],
      [true, 'a\r\nb\rc\r\n', false, 3, 1],
      [true, 'a\r\n\n', false, 3, 1],
      [false, 'a\n"b', true, 2, 1],
      [false, 'a\nb\r', true, 2, 1],
      [false, 'a\nbbbbbbb\n', false, 2, 1],
      [false, 'a\nbbbbbbb', true, 2, 1],
      // Not the end of the file, but already more than the limit + 1 (a CR) without an LF.
      [false, 'a\nbbbbbbb', false, 2, 1],
    ];
    for (const [crlf, text, last, next, lines] of cases) {
      const seen = run(scanOf(crlf, 5), text, last);
      expect(seen, JSON.stringify(text)).toEqual({ next, seen: [['a']], lines, undecided: true });
    }
  });
});

describe('the CSV reader with and without the plain-line path', () => {
  it('agrees on every CSV file of the hostile corpus', async () => {
    const cases = rowsCases.filter((c) => c.file.endsWith('.csv'));
    expect(cases.length).toBeGreaterThan(10);
    for (const c of cases) await expectSame(file(c.content));
  });

  it('agrees on small and odd files', async () => {
    const files: readonly (string | Buffer)[] = [
      '',
      HEADER,
      `${HEADER}\n`,
      `${HEADER}\r\n`,
      `${HEADER}\n\n\n`,
      `\n${HEADER}\n${row('e-1')}\n`,
      `"id",${HEADER.slice(3)}\n${row('e-1')}\n`,
      `${HEADER}\r${row('e-1')}\r`,
      `${HEADER},id\n${row('e-1')},x\n`,
      `${HEADER},__proto__\n${row('e-1')},{}\n${row('e-2')}\n`,
      `${HEADER}\n${row('e-1')}`,
      `${HEADER}\n${row('e-1')}\r`,
      `${HEADER}\r\n${row('e-1')}\n${row('e-2')}\r\n`,
      `${HEADER}\r\n${row('e-1')}\r\n\n${row('e-2')}\r\n`,
      `${HEADER}\n${row('e-1')}\r\n${row('e-2')}\n`,
      `${HEADER}\n${row('e-1')},,,\n${row('e-2')},,x\ne-3,miner\n,\n${row('e-4')}\n`,
      `${HEADER}\n${row('e-1')}\n${row('e-2"')}\n${row('e-3')}\n`,
      `${HEADER}\n${row('e-1')}\n"${row('e-2')}\n${row('e-3')}\n`,
      bytes([0xff, 0xfe], `${HEADER}\n${row('e-1')}\n`),
      bytes([0xef, 0xbb], `${HEADER}\n${row('e-1')}\n`),
      bytes([0xff], `${HEADER}\n${row('e-1')}\n`),
      bytes([0xef, 0xbb, 0xbf], `${HEADER}\r\n${row('e-1')}\r\n`),
      bytes(`${HEADER}\n${row('e-1')}\n`, [0xef, 0xbb, 0xbf], `${row('e-2')}\n`),
      bytes(`${HEADER}\n${row('e-1')}`, [0xc3], `\n${row('e-2')}\n`),
    ];
    for (const content of files) await expectSame(file(content));
  });

  it('agrees on a header longer than a chunk', async () => {
    // 70,000 bytes: the header is read from two chunks of 64 kB.
    const visits = await expectSame(file(`${HEADER},${'k'.repeat(70_000)}\n${row('e-1')}\n`));
    expect(visits).toHaveLength(1);
  });

  it('agrees on a missing file (the same error)', async () => {
    const missing = join(dir, 'missing.csv');
    const reference = await scanAll(missing, false, MAX_ROW_BYTES);
    expect(reference).toMatchObject({ error: expect.stringContaining('ENOENT') });
    expect(await scanAll(missing, true, MAX_ROW_BYTES)).toEqual(reference);
  });

  it('agrees on lines longer than the limit, before, at and after the header', async () => {
    // A limit of 100 bytes: a row of 79 bytes fits, a row of 150 bytes does not.
    const long = `e-1,${'m'.repeat(140)},AZ-DAS`;
    for (const content of [
      `${HEADER}\n${row('e-1')}\n`,
      `${HEADER}\n${row('e-1')}\n${long}\n${row('e-2')}\n`,
      `${HEADER}\n${row('e-1')}\n${long}`,
      `${HEADER},${'k'.repeat(120)}\n${row('e-1')}\n`,
      // No LF in the first chunk (64 kB), already longer than the limit.
      `${'k'.repeat(70_000)}\n${row('e-1')}\n`,
    ]) {
      await expectSame(file(content), 100);
    }
  });
});

describe('the CSV reader on generated files, with and without the plain-line path', () => {
  const world = syntheticWorld(5);
  // 1,500 records, one in twenty made invalid: about 220 kB, several chunks of 64 kB.
  const lines = [...syntheticEmployees(world, { seed: 11, count: 1500, invalidShare: 0.05 })].map(
    (record) => csvLine(record),
  );
  const joined = (body: readonly string[], eol = '\n'): string =>
    `${[CSV_HEADER, ...body].join(eol)}${eol}`;
  const edit = (at: number, change: (line: string) => string): string[] =>
    lines.map((line, i) => (i === at ? change(line) : line));

  it('agrees on the plain file, LF and CR LF, and reads it to the end', async () => {
    for (const eol of ['\n', '\r\n']) {
      const path = file(joined(lines, eol));
      const visits = await expectSame(path);
      // One visit per record: no line is blank.
      expect(visits).toHaveLength(1500);
      const done = (await scanAll(path, true, MAX_ROW_BYTES)) as { bytesRead: number };
      expect(done.bytesRead).toBe(statSync(path).size);
    }
  });

  it('agrees with blank lines, trailing commas, extra and missing cells, a BOM', async () => {
    const odd = lines.map((line, i) => {
      if (i % 97 === 0) return `${line}\n`;
      if (i % 89 === 0) return `${line},,`;
      if (i % 83 === 0) return `${line},extra`;
      if (i % 79 === 0) return line.split(',').slice(0, 4).join(',');
      return line;
    });
    await expectSame(file(joined(odd)));
    await expectSame(file(bytes([0xef, 0xbb, 0xbf], joined(odd, '\r\n'))));
  });

  it('agrees when a quote, a lone CR or a mixed line break appears after many plain rows', async () => {
    const changes: readonly ((line: string) => string)[] = [
      // A quoted cell holding a comma and a line break: csv-parse reads on from there.
      (line) => `"x,\ny",${line}`,
      (line) => `"${line}`,
      (line) => `${line}"`,
      (line) => `=HYPERLINK("x")${line}`,
      (line) => `${line}\r`,
      (line) => `${line}\rnext`,
    ];
    for (const change of changes) {
      for (const at of [0, 1, 700, 1499]) {
        await expectSame(file(joined(edit(at, change))));
        await expectSame(file(joined(edit(at, change), '\r\n')));
      }
    }
  });

  it('agrees on bytes that are not UTF-8 and on a line too long, mid-file', async () => {
    const body = Buffer.from(joined(lines));
    const at = body.indexOf('\n', 100_000) + 5;
    await expectSame(file(bytes(body.subarray(0, at), [0x80, 0xc0, 0xaf], body.subarray(at))));
    // A limit of 300 bytes: every generated row fits (they are under 200 bytes), this one does not.
    await expectSame(file(joined(edit(1000, (line) => `${line}${'x'.repeat(400)}`))), 300);
  });

  it('keeps every row parsed before a structural error, csv-parse alone too', async () => {
    // 999 records on rows 2 to 1000, then an unclosed quote: row 1001 is the error, whatever the
    // chunks the rows were parsed in (about 150 kB).
    const path = file(`${joined(lines.slice(0, 999))}"${lines[999]}\n`);
    for (const fastCsv of [false, true]) {
      const { visits } = (await scanAll(path, fastCsv, MAX_ROW_BYTES)) as {
        visits: { row: number; issues?: { code: string }[] }[];
      };
      expect(visits).toHaveLength(1000);
      expect(visits.map((visit) => visit.row)).toEqual(visits.map((_, i) => i + 2));
      expect(visits[999]?.issues?.[0]?.code).toBe('csv.invalid');
    }
  });

  it('agrees on random files of plain and odd bytes', async () => {
    const piece = fc.constantFrom('a', 'e-1', ',', '"', '\n', '\r\n', '\r', '1990', 'é', '\uFFFD');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('id,gender', 'id,birthYear,rehire', 'id'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(
          fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
          { maxLength: 12 },
        ),
        async (header, eol, body) => {
          await expectSame(file(`${header}${eol}${body.join(eol)}`), 16);
        },
      ),
      { numRuns: 150 },
    );
  });
});
