// The HTML report in a real browser (Debian's Chromium through playwright-core): run by
// `npm run test:browser`, not by `npm test`, since it needs a system package. It loads the pages
// offline at a desktop (1280 px) and a phone (390 px) width, checks that the page never scrolls
// sideways, that every chart is an image with a name and every table scrolls in its own box, and
// prints each report to an A4 PDF in a temporary folder.
/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { fekolaDataset } from '../../test/realData/fekola.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { buildImpactReport } from '../report/buildImpactReport.js';
import type { ImpactReport } from '../report/impactReport.js';
import { renderHtml } from './renderHtml.js';

type Context = Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
type Page = Awaited<ReturnType<Context['newPage']>>;
let browser: Context;
/** The temporary folder of the browser profile and the printed PDFs; removed after the tests. */
const folder = mkdtempSync(join(tmpdir(), 'mining-impact-chromium-'));

beforeAll(async () => {
  // No skip: a missing browser fails the suite. `npm run test:browser` runs it; .ci/run installs
  // Debian's chromium first. A fresh profile in a temporary folder is the --user-data-dir.
  browser = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

const azergold = buildImpactReport(azergoldDataset, {
  asOf: '2025-12-31',
  period: { start: '2025-01-01' },
  gazetteer: azGazetteer,
});
/** Fekola in 2020: production, the resource statement and XOF 33,000,000 of recorded spend. */
const fekola = buildImpactReport(fekolaDataset, {
  asOf: '2020-12-31',
  period: { start: '2020-01-01', end: '2020-12-31' },
  now: '2025-11-14',
});

/** Opens a page that records console errors and every request (each one aborted). */
async function openPage(width: number): Promise<{
  page: Page;
  errors: string[];
  requests: string[];
}> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  return { page, errors, requests };
}

/** What the page shows, measured in the browser (the test's types have no DOM: a string). */
interface Layout {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  readonly svgs: readonly {
    readonly width: number;
    readonly role: string | null;
    readonly name: string;
    readonly description: string;
  }[];
  readonly tables: number;
  readonly tablesInScrollBoxes: number;
  /** The top edge of each key-figure card, in px. */
  readonly cards: readonly number[];
}
const MEASURE = `(() => {
  const text = (ids) => (ids ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const svgs = [...document.querySelectorAll('figure svg')].map((svg) => ({
    width: svg.getBoundingClientRect().width,
    role: svg.getAttribute('role'),
    name: text(svg.getAttribute('aria-labelledby')),
    description: text(svg.getAttribute('aria-describedby')),
  }));
  const tables = [...document.querySelectorAll('table')];
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    svgs,
    tables: tables.length,
    tablesInScrollBoxes: tables.filter((t) => t.parentElement?.classList.contains('table-scroll')).length,
    cards: [...document.querySelectorAll('dl.key-figures > div')].map((d) => Math.round(d.getBoundingClientRect().top)),
  };
})()`;

/** Loads the page in Chromium and collects console errors, requests and the charts' SVGs. */
async function load(html: string, width = 1280) {
  const { page, errors, requests } = await openPage(width);
  await page.setContent(html, { waitUntil: 'load' });
  const charts = await page.$$eval('figure', (figures) =>
    figures.map((f) => ({
      id: f.id,
      marks: f.querySelectorAll('svg path, svg rect').length,
      svg: f.querySelector('svg') !== null,
      title: f.querySelector('svg > title')?.textContent ?? '',
    })),
  );
  const layout = await page.evaluate<Layout>(MEASURE);
  // The accessible names as Chromium computes them (ARIA role img, named by aria-labelledby).
  const images = await page.getByRole('img').count();
  const named = await Promise.all(
    charts.map((c) => page.getByRole('img', { name: c.title, exact: true }).count()),
  );
  const scripts = await page.$$eval('script', (s) => s.length);
  const title = await page.title();
  await page.close();
  return { errors, requests, charts, scripts, title, layout, images, named };
}

/** Prints the page to an A4 PDF in the temporary folder; the bytes and the page count. */
async function print(html: string, name: string): Promise<{ pdf: Buffer; pages: number }> {
  const { page } = await openPage(1280);
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  writeFileSync(join(folder, `${name}.pdf`), pdf);
  const text = pdf.toString('latin1');
  // The page objects, checked against the page tree: its root's /Count (the largest /Count of
  // the /Pages nodes, as Chromium splits the tree into nodes of a few pages each).
  const count = text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  expect(counts.reduce((a, b) => Math.max(a, b), 0)).toBe(count);
  return { pdf, pages: count };
}

/** The widest the page may lay out in print: A4 (210 mm) less 2 × 16 mm margins, in CSS px. */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** The page width in print media at the printable width of A4 (wider content would be cut). */
async function printWidth(html: string): Promise<number> {
  const { page } = await openPage(A4_CONTENT_PX);
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  await page.close();
  return width;
}

describe('renderHtml in headless Chromium', () => {
  it('shows the AzerGold report offline, with SVG charts and no request', async () => {
    const { errors, requests, charts, scripts, title } = await load(await renderHtml(azergold));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(scripts).toBe(0);
    expect(title).toBe('Impact report: AzerGold CJSC');
    expect(charts.map((c) => c.id)).toEqual(['chart-workforce-origin', 'chart-projected-jobs']);
    for (const chart of charts) {
      expect(chart.svg).toBe(true);
      expect(chart.marks).toBeGreaterThan(0);
    }
  }, 60_000);

  it('escapes hostile dataset text and still draws every chart', async () => {
    const input = baseDataset();
    input.company.name = '<img src=x onerror=alert(1)>';
    const programs = input.programs ?? [];
    input.programs = programs.map((p) => ({ ...p, title: '</td><script>alert(1)</script>' }));
    const report = buildImpactReport(input, {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: '2025-11-14',
    });
    const html = await renderHtml(report);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    const { errors, requests, charts, scripts } = await load(html);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(scripts).toBe(0);
    expect(charts.map((c) => c.id)).toEqual([
      'chart-workforce-origin',
      'chart-community-investment',
      'chart-projected-jobs',
    ]);
  }, 60_000);

  // The number of charts, and bounds around the A4 pages measured when the print style was set
  // (AzerGold 26 pages, Fekola 17): far fewer means content lost or shrunk to fit, far more a
  // layout gone wrong (columns squeezed to a letter, a break before every row).
  describe.each([
    ['AzerGold', azergold, 2, 15, 40],
    ['Fekola', fekola, 1, 10, 30],
  ] as [string, ImpactReport, number, number, number][])(
    'the %s report',
    (name, report, chartCount, minPages, maxPages) => {
      it.each([1280, 390])(
        'fits a %i px wide screen, charts named, tables in scroll boxes',
        async (width) => {
          const { errors, layout, charts, images, named } = await load(
            await renderHtml(report),
            width,
          );
          expect(errors).toEqual([]);
          // The page never scrolls sideways: nothing is wider than the window.
          expect(layout.innerWidth).toBe(width);
          expect(layout.scrollWidth).toBeLessThanOrEqual(width);
          expect(layout.svgs).toHaveLength(chartCount);
          for (const [i, svg] of layout.svgs.entries()) {
            expect(svg.width).toBeLessThanOrEqual(width);
            expect(svg.role).toBe('img');
            expect(svg.name).toBe(charts[i]?.title);
            expect(svg.name).not.toBe('');
            expect(svg.description.length).toBeGreaterThan(20);
            // Chromium's accessibility tree finds exactly one image by that name.
            expect(named[i]).toBe(1);
          }
          expect(images).toBe(chartCount);
          expect(layout.tables).toBeGreaterThan(0);
          expect(layout.tablesInScrollBoxes).toBe(layout.tables);
          // The key figures: one row of cards on a wide screen, one card a row on a phone (a card is
          // at least 13 rem = 208 px wide, and 390 px less the page's padding holds one).
          expect(layout.cards.length).toBeGreaterThan(1);
          expect(new Set(layout.cards).size).toBe(width === 1280 ? 1 : layout.cards.length);
        },
        60_000,
      );

      it('prints to an A4 PDF, nothing wider than the printable width', async () => {
        const html = await renderHtml(report);
        expect(await printWidth(html)).toBeLessThanOrEqual(A4_CONTENT_PX);
        const { pdf, pages } = await print(html, name);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
        expect(pages).toBeGreaterThanOrEqual(minPages);
        expect(pages).toBeLessThanOrEqual(maxPages);
        expect(pdf.length).toBeGreaterThan(50_000);
        expect(pdf.length).toBeLessThan(5_000_000);
      }, 60_000);
    },
  );
});
