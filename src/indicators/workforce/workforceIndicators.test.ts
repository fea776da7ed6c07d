import { describe, expect, it } from 'vitest';
import * as workforce from '../../index.js';
import { indicatorCatalog } from '../indicatorCatalog.js';
import { workforceIndicators } from './workforceIndicators.js';

describe('workforceIndicators', () => {
  it('lists the workforce indicators once each, in catalog order', () => {
    expect(workforceIndicators.map((d) => d.entry.id)).toEqual([
      'workforce.employeeBreakdown',
      'workforce.nonEmployeeWorkers',
      'workforce.newHireRate',
      'workforce.turnoverRate',
      'workforce.netEmploymentChange',
      'workforce.diversityComposition',
      'workforce.governanceDiversity',
      'workforce.localEmploymentShare',
      'workforce.regionalOriginShare',
      'workforce.remoteVillageShare',
      'workforce.workforceOriginDistribution',
      'workforce.originConcentration',
      'workforce.seniorManagementLocalShare',
      'workforce.contractorShare',
      'workforce.hostCountryNationalShare',
    ]);
  });

  it('defines each by the function the family exports, with a frozen entry', () => {
    for (const { entry, compute } of workforceIndicators) {
      expect(entry.family).toBe('workforce');
      expect(entry.id).toBe(`workforce.${entry.functionName}`);
      expect((workforce as Record<string, unknown>)[entry.functionName]).toBe(compute);
      expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  it('makes up the workforce part of the indicator catalog', () => {
    expect(indicatorCatalog.filter((e) => e.family === 'workforce')).toEqual(
      workforceIndicators.map((d) => d.entry),
    );
  });
});
