import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import { buildImpactReport } from '../buildImpactReport.js';
import type { ImpactReport } from '../impactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { aboutSection } from './aboutSection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});

/** The lines of the section's list. */
function lines(report: ImpactReport, locale = 'en'): string[] {
  const block = aboutSection(report, numberFormatter(locale)).blocks[0];
  return block?.kind === 'list'
    ? block.items.map((item) =>
        item.map((p) => (typeof p === 'string' ? p : 'code' in p ? p.code : p.text)).join(''),
      )
    : [];
}

describe('aboutSection', () => {
  it('says the day was given, with the period', () => {
    expect(lines(minimal)[0]).toBe('As of 2025-06-30. Reporting period: 2025-01-01 to 2025-06-30.');
  });

  it('says which fact the day comes from when none was given, and why the period ends there', () => {
    const defaulted: ImpactReport = {
      ...minimal,
      asOfBasis: {
        basis: 'latestDatedFact',
        fact: 'the workforce summary of 2025-06-30, at /workforce/0/asOf',
      },
    };
    expect(lines(defaulted)[0]).toBe(
      'As of 2025-06-30, the latest dated fact in the dataset (the workforce summary of 2025-06-30, at /workforce/0/asOf): no date was given. Reporting period: 2025-01-01 to 2025-06-30, the calendar year of that day up to it (a period may not end after the as-of day).',
    );
  });

  it('names the company, the definition of "local", the counts and the locale', () => {
    const [, company, local, validation, format] = lines(minimal, 'de');
    expect(company).toBe(
      `Company: ${minimal.company.name} (${minimal.company.id}), no state ownership.`,
    );
    expect(local).toBe(
      'Definition of "local": none given for the report; the data gives no definition of "local".',
    );
    expect(validation).toBe(
      `Validation: ${minimal.validation.errors} errors, ${minimal.validation.warnings} warnings, ${minimal.validation.infos} notes.`,
    );
    expect(format).toBe(
      'Report format 2.0; numbers and dates in locale de. Rounding: shares, ratios and indices to four decimals, percentages and other figures to two, half away from zero; the bounds of a share outwards (a lower bound down, an upper bound up); money exact.',
    );
  });
});

describe('aboutSection, the company and the period in other cases', () => {
  it('words each state ownership status, and the old stateOwned flag', () => {
    const company = (extra: object) =>
      lines({ ...minimal, company: { ...minimal.company, ...extra } } as ImpactReport)[1];
    const name = `Company: ${minimal.company.name} (${minimal.company.id})`;
    expect(company({ stateOwnership: 'stateOwned' })).toBe(`${name}, state-owned.`);
    expect(company({ stateOwnership: 'minority' })).toBe(
      `${name}, the state holds a minority stake.`,
    );
    expect(company({ stateOwnership: 'undetermined' })).toBe(
      `${name}, state ownership undetermined.`,
    );
    expect(company({ stateOwnership: undefined, stateOwned: true })).toBe(`${name}, state-owned.`);
    expect(company({ stateOwnership: undefined, stateOwned: false })).toBe(`${name}.`);
  });

  it("does not call a defaulted day's period the calendar year when a period was given", () => {
    const defaulted: ImpactReport = {
      ...minimal,
      period: { start: '2024-07-01', end: '2025-06-30' },
      asOfBasis: {
        basis: 'latestDatedFact',
        fact: 'a hire on 2025-06-30, at /employees/0/hireDate',
      },
    };
    expect(lines(defaulted)[0]).toBe(
      'As of 2025-06-30, the latest dated fact in the dataset (a hire on 2025-06-30, at /employees/0/hireDate): no date was given. Reporting period: 2024-07-01 to 2025-06-30.',
    );
  });
});
