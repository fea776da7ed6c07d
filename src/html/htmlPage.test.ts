import { describe, expect, it } from 'vitest';
import { htmlPage } from './htmlPage.js';
import { PAGE_STYLE } from './pageStyle.js';

describe('htmlPage', () => {
  const page = htmlPage('Impact report: A &#38; B', '<h1>Impact report</h1>');

  it('forbids scripts and requests, and lays out at the device width', () => {
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).not.toMatch(/<script|<link/i);
  });

  it('puts the title, the style sheet and the body in place', () => {
    expect(
      page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    expect(page).toContain('<title>Impact report: A &#38; B</title>');
    expect(page).toContain(`<style>${PAGE_STYLE}</style>`);
    expect(page.endsWith('<body>\n<h1>Impact report</h1>\n</body>\n</html>\n')).toBe(true);
  });
});
