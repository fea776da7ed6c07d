import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { azergoldPublishedDataset, minimalDataset } from '../../test/fixtures/exampleDatasets.js';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { DATASET_SCHEMA_VERSION, ImpactDatasetSchema } from './impactDataset.js';

describe('ImpactDatasetSchema', () => {
  it('accepts the example datasets and fills left-out collections with empty arrays', () => {
    const minimal = accepts(ImpactDatasetSchema, minimalDataset);
    expect(minimal.organizations).toEqual([]);
    expect(minimal.employees).toBeUndefined();
    expect(accepts(ImpactDatasetSchema, azergoldPublishedDataset).workforce[0]?.headcount).toBe(
      2554,
    );
    accepts(ImpactDatasetSchema, baseDataset());
  });

  it('rejects other format versions, unknown collections and a missing company', () => {
    expect(DATASET_SCHEMA_VERSION).toBe('1.0');
    rejects(
      ImpactDatasetSchema,
      { ...minimalDataset, schemaVersion: '1.1' },
      ['schemaVersion'],
      'invalid_value',
    );
    rejects(ImpactDatasetSchema, { ...minimalDataset, grants: [] }, [], 'unrecognized_keys');
    rejects(ImpactDatasetSchema, { schemaVersion: '1.0' }, ['company'], 'invalid_type');
  });
});
