/// <reference types="node" />
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import type { CliIo } from './cliIo.js';
import { main } from './main.js';
import { parseLocality } from './parseLocality.js';
import { progressBar } from './progressBar.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-cli-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(tty = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t), isTTY: tty },
    stderr: { write: (t: string) => (err += t), isTTY: tty },
    today: () => '2025-12-31',
    out: () => out,
    err: () => err,
  };
}

describe('parseLocality', () => {
  it('reads every policy', () => {
    expect(parseLocality('sameDistrict')).toEqual({ kind: 'sameDistrict' });
    expect(parseLocality('sameEconomicRegion')).toEqual({ kind: 'sameEconomicRegion' });
    expect(parseLocality('withinKm:12.5')).toEqual({ kind: 'withinKm', km: 12.5 });
    expect(parseLocality('listedLocations:AZ-DAS, AZ-GYG')).toEqual({
      kind: 'listedLocations',
      locationIds: ['AZ-DAS', 'AZ-GYG'],
    });
    expect(parseLocality('outsideCapital')).toEqual({ kind: 'outsideCapital', capitalIds: [] });
    expect(parseLocality('outsideCapital:AZ-BA')).toEqual({
      kind: 'outsideCapital',
      capitalIds: ['AZ-BA'],
    });
  });

  it('rejects anything else', () => {
    for (const text of [
      'sameDistrict:x',
      'sameEconomicRegion:1',
      'withinKm',
      'withinKm:0',
      'withinKm:-3',
      'listedLocations:',
      'near',
    ])
      expect(() => parseLocality(text), text).toThrow(/is not a policy/);
  });
});

describe('progressBar', () => {
  it('draws on a terminal, once per percent, and ends the line', () => {
    const streams = io(true);
    const bar = progressBar(streams, 'Reading');
    bar.update(0, 200);
    bar.update(1, 200); // still 0 %
    bar.update(100, 200);
    bar.update(5, 0); // an empty file counts as done
    bar.done();
    expect(streams.err()).toBe(
      `\rReading [--------------------] 0%\rReading [##########----------] 50%\rReading [####################] 100%\n`,
    );
  });

  it('draws nothing off a terminal, and no newline when nothing was drawn', () => {
    const off = io(false);
    const bar = progressBar(off, 'Reading');
    bar.update(1, 2);
    bar.done();
    expect(off.err()).toBe('');
    const quiet = io(true);
    progressBar(quiet, 'Reading').done();
    expect(quiet.err()).toBe('');
  });
});

describe('main, more paths', () => {
  it('lists the first 20 rejected rows and counts the rest', async () => {
    const folder = join(dir, 'many');
    const { employees: _e, ...rest } = baseDataset();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'dataset.json'), JSON.stringify(rest));
    writeFileSync(join(folder, 'employees.ndjson'), `${'{\n'.repeat(25)}`);
    const streams = io();
    expect(await main(['validate', folder, '--as-of', '2025-11-14'], streams)).toBe(1);
    expect(streams.err()).toContain('25 rows read, 0 valid, 25 rejected');
    expect(streams.err()).toContain('  error  json.invalid  25\n');
    expect(streams.err()).toContain('  … and 5 more\n');
  });

  it('shows the whole document as "/" when it is not an object', async () => {
    const path = join(dir, 'array.json');
    writeFileSync(path, '[]');
    const streams = io();
    expect(await main(['validate', path], streams)).toBe(1);
    expect(streams.out()).toContain('          /: ');
  });

  it('writes the schemas to ./schema by default and reports an unwritable folder', async () => {
    const cwd = process.cwd();
    const work = mkdtempSync(join(tmpdir(), 'mining-impact-schema-'));
    try {
      process.chdir(work);
      expect(await main(['schema'], io())).toBe(0);
      expect(readdirSync(join(work, 'schema'))).toContain('dataset.json');
    } finally {
      process.chdir(cwd);
      rmSync(work, { recursive: true, force: true });
    }
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const streams = io();
    expect(await main(['schema', '--out', join(file, 'sub')], streams)).toBe(2);
    expect(streams.err().split('\n')[0]).toBe(
      `mining-impact: --out: cannot create the folder ${join(file, 'sub')}: a file, not a folder: ${file}`,
    );
  });

  it('rejects two inputs to validate', async () => {
    const streams = io();
    expect(await main(['validate', 'a', 'b'], streams)).toBe(2);
    expect(streams.err()).toContain('validate takes one input, not 2');
  });

  it('answers an unexpected failure with one line and exit 1', async () => {
    const broken: CliIo = {
      stdout: {
        write: () => {
          throw 'disk full';
        },
      },
      stderr: io().stderr,
      today: () => '2025-12-31',
    };
    let err = '';
    const code = await main(['--version'], {
      ...broken,
      stderr: { write: (t: string) => (err += t) },
    });
    expect(code).toBe(1);
    expect(err).toBe('mining-impact: disk full\n');
  });
});
