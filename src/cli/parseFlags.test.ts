import { describe, expect, it } from 'vitest';
import { parseFlags } from './parseFlags.js';

const options = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

describe('parseFlags', () => {
  it('reads flags and positionals', () => {
    const { values, positionals } = parseFlags(['a.json', '-f', 'csv'], options);
    expect(values.format).toBe('csv');
    expect(positionals).toEqual(['a.json']);
  });

  it('suggests the option meant, for a long option and with a value attached', () => {
    expect(() => parseFlags(['--fromat=md'], options)).toThrow(
      "Unknown option '--fromat'; did you mean '--format'?",
    );
    expect(() => parseFlags(['--hepl'], options)).toThrow(
      "Unknown option '--hepl'; did you mean '--help'?",
    );
  });

  it('names a short option it does not know, without a hint for one letter far from all', () => {
    expect(() => parseFlags(['-x'], options)).toThrow("Unknown option '-x'");
  });

  it('turns the other parse errors into one line: a missing value', () => {
    expect(() => parseFlags(['--format'], options)).toThrow(
      /^Option '-f, --format <value>' argument missing$/,
    );
  });
});
