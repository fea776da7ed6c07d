import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { escapeHtml } from '../html/escapeHtml.js';
import { csvCell } from './csvCell.js';
import { markdownText } from './markdownText.js';
import { renderJson } from './renderJson.js';
import { shareWords } from './shareWords.js';
import { terminalText } from './terminalText.js';

/** Text with the characters that matter to CSV, Markdown and HTML, and anything else. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ',',
      '"',
      '|',
      '<',
      '>',
      '&',
      "'",
      '[',
      ']',
      '`',
      '*',
      '_',
      '~',
      'www.',
      'http://',
      '\u001b',
      '\u202e',
      '\\',
      'a',
      ' ',
    ),
  }),
);

describe('renderer invariants', () => {
  test.prop([fc.array(hostileText, { minLength: 1, maxLength: 5 })])(
    'a CSV row reads back cell for cell, and no text cell can start a formula',
    (cells) => {
      const line = `${cells.map(csvCell).join(',')}\r\n`;
      const [row] = parse(line, { relax_quotes: false }) as string[][];
      expect(row).toHaveLength(cells.length);
      row?.forEach((read, i) => {
        const original = cells[i] ?? '';
        expect(read === original || read === `'${original}`).toBe(true);
        expect(/^[=+\-@\t\r]/.test(read) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(read)).toBe(false);
      });
    },
  );

  test.prop([hostileText])(
    'Markdown text is one line with every markup character escaped',
    (text) => {
      const escaped = markdownText(text);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: none may be left.
      expect(escaped).not.toMatch(/[\r\n\u2028\u2029\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
      // Removing the escapes gives back the text with its line breaks as spaces and its
      // control characters written out.
      expect(escaped.replace(/\\([\\`*_~[\]<>|@.:])/g, '$1')).toBe(
        terminalText(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')),
      );
      expect(escaped.replace(/\\[\\`*_~[\]<>|@.:]/g, '')).not.toMatch(/[\\`*_~[\]<>|@]/);
    },
  );

  test.prop([hostileText])('HTML text holds no markup character and decodes back', (text) => {
    const escaped = escapeHtml(text);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(
      escaped.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
    ).toBe(text);
  });

  test.prop([
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('share words never claim more than the bounds allow', (a, b) => {
    const [min, max] = a <= b ? [a, b] : [b, a];
    const words = shareWords({ min, max });
    const numbers = (words.match(/\d\.\d\d/g) ?? []).map(Number);
    if (words.startsWith('at least')) expect(numbers[0]).toBeLessThanOrEqual(min);
    if (words.startsWith('at most')) expect(numbers[0]).toBeGreaterThanOrEqual(max);
    if (words.startsWith('between') && min > 0 && max < 1) {
      expect(numbers[0]).toBeLessThanOrEqual(min);
      expect(numbers[1]).toBeGreaterThanOrEqual(max);
    }
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue())])(
    'JSON output does not depend on key order',
    (value) => {
      const reversed = Object.fromEntries(Object.entries(value).reverse());
      expect(renderJson(reversed as never)).toBe(renderJson(value as never));
      expect(JSON.parse(renderJson(value as never))).toEqual(JSON.parse(JSON.stringify(value)));
    },
  );
});
