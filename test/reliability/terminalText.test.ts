// Issue 21, faults 11 and 12: control characters and escape sequences in names reached the
// terminal raw (report, and validate's paths and row issues); `__x__ ~~y~~ www.evil.example/login`
// rendered bold, struck and linked in a GFM renderer; U+202E reordered "2015-02-11".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { markdownText } from '../../src/report/markdownText.js';
import { terminalText } from '../../src/report/terminalText.js';
import { baseDataset } from '../fixtures/baseDataset.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    today: () => '2025-12-31',
  });
  return { code, out, err };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: none may reach the terminal.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text reaching a terminal or Markdown', () => {
  it('writes control and bidirectional characters as escapes', () => {
    expect(terminalText('a\bb\u001bc\u001b[2J\u202e2015-02-11\u2066\u0085\n')).toBe(
      'a\\u0008b\\u001Bc\\u001B[2J\\u202E2015-02-11\\u2066\\u0085\\u000A',
    );
  });

  it('escapes emphasis, strike-through and autolinks in Markdown', () => {
    expect(markdownText('__x__ ~~y~~ www.evil.example/login https://a.example a@b.example')).toBe(
      '\\_\\_x\\_\\_ \\~\\~y\\~\\~ www\\.evil.example/login https\\://a.example a\\@b.example',
    );
  });

  it('keeps escape sequences out of the report and of validate', async () => {
    const dataset = baseDataset();
    dataset.company.name = 'Evil\u001b[2J\u202eCo';
    const path = join(dir, 'evil.json');
    writeFileSync(path, JSON.stringify(dataset));
    const report = await run('report', path, '--as-of', '2024-12-31');
    expect(report.code).toBe(0);
    expect(report.out).toContain('# Impact report: Evil\\\\u001B\\[2J\\\\u202ECo');
    expect(report.out).not.toMatch(CONTROL);
    const bad = { ...dataset, company: { ...dataset.company, 'k\u001b[2J\b': 1 } };
    writeFileSync(path, JSON.stringify(bad));
    const validate = await run('validate', path, '--as-of', '2025-11-14');
    expect(validate.code).toBe(1);
    expect(validate.out).toContain('/company/k\\u001B[2J\\u0008: ');
    expect(validate.out + validate.err).not.toMatch(CONTROL);
  });
});
