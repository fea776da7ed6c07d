// The HTML report in a real browser (Debian's Chromium through playwright-core): run by
// `npm run test:browser`, not by `npm test`, since it needs a system package.
/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { buildImpactReport } from '../report/buildImpactReport.js';
import { renderHtml } from './renderHtml.js';

type Context = Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
let browser: Context;
const profile = mkdtempSync(join(tmpdir(), 'mining-impact-chromium-'));

beforeAll(async () => {
  // No skip: a missing browser fails the suite. `npm run test:browser` runs it; .ci/run installs
  // Debian's chromium first. A fresh profile in a temporary folder is the --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
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
  rmSync(profile, { recursive: true, force: true });
});

/** Loads the page in Chromium and collects console errors, requests and the charts' SVGs. */
async function load(html: string) {
  const page = await browser.newPage();
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
  await page.setContent(html, { waitUntil: 'load' });
  const charts = await page.$$eval('figure', (figures) =>
    figures.map((f) => ({
      id: f.id,
      marks: f.querySelectorAll('svg path, svg rect').length,
      svg: f.querySelector('svg') !== null,
    })),
  );
  const scripts = await page.$$eval('script', (s) => s.length);
  const title = await page.title();
  await page.close();
  return { errors, requests, charts, scripts, title };
}

describe('renderHtml in headless Chromium', () => {
  it('shows the AzerGold report offline, with SVG charts and no request', async () => {
    const report = buildImpactReport(azergoldDataset, {
      asOf: '2025-12-31',
      period: { start: '2025-01-01' },
      gazetteer: azGazetteer,
    });
    const { errors, requests, charts, scripts, title } = await load(await renderHtml(report));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(scripts).toBe(0);
    expect(title).toBe('Impact report: AzerGold CJSC');
    expect(charts.map((c) => c.id)).toEqual([
      'chart-workforce-origin',
      'chart-community-investment',
      'chart-projected-jobs',
    ]);
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
});
