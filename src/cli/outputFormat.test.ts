import { describe, expect, it } from 'vitest';
import { outputFormat } from './outputFormat.js';

describe('outputFormat', () => {
  it('is Markdown by default, and takes the format given, or its alias markdown', () => {
    expect(outputFormat(undefined, undefined)).toBe('md');
    expect(outputFormat('csv', undefined)).toBe('csv');
    expect(outputFormat('markdown', undefined)).toBe('md');
  });

  it('infers the format from the extension of --out, in any case', () => {
    expect(outputFormat(undefined, 'out/report.html')).toBe('html');
    expect(outputFormat(undefined, 'REPORT.JSON')).toBe('json');
    expect(outputFormat(undefined, 'a.b/report.csv')).toBe('csv');
    expect(outputFormat(undefined, 'report.markdown')).toBe('md');
    expect(outputFormat(undefined, 'report.htm')).toBe('html');
  });

  it('takes Markdown, or the format given, for an unknown or missing extension', () => {
    expect(outputFormat(undefined, 'report.txt')).toBe('md');
    expect(outputFormat(undefined, '.hidden')).toBe('md');
    expect(outputFormat('json', 'report')).toBe('json');
    expect(outputFormat('html', 'report.txt')).toBe('html');
  });

  it('accepts an agreeing pair and refuses a conflicting one', () => {
    expect(outputFormat('markdown', 'r.md')).toBe('md');
    expect(() => outputFormat('html', 'r.md')).toThrow(
      '--format html conflicts with --out r.md (.md is md); give one or make them agree',
    );
  });

  it('refuses an unknown format, naming the alias', () => {
    expect(() => outputFormat('pdf', undefined)).toThrow(
      '--format: "pdf" is not one of md, html, json, csv (or markdown)',
    );
  });
});
