import { describe, expectTypeOf, it } from 'vitest';
import type { Count } from '../core/count.js';
import type { LocationId } from '../core/ids.js';
import type { ImpactDataset, ImpactDatasetInput } from '../model/impactDataset.js';
import type { Location } from '../model/location.js';
import type { Issue, IssueSeverity } from './issue.js';
import { type DatasetValidation, validateDataset } from './validateDataset.js';
import type { IssueCode } from './validationRules.js';

describe('validateDataset types', () => {
  it('takes unknown input and returns typed data, issues and a summary', () => {
    expectTypeOf(validateDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateDataset).returns.toEqualTypeOf<DatasetValidation>();
    expectTypeOf<DatasetValidation['data']>().toEqualTypeOf<ImpactDataset | undefined>();
    expectTypeOf<DatasetValidation['issues']>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<Issue['severity']>().toEqualTypeOf<IssueSeverity>();
  });

  it('requires now and takes any object with a byId map of locations as the gazetteer', () => {
    const gazetteer = { byId: new Map<string, Location>(), capital: 'AZ-BA' };
    validateDataset({}, { now: '2025-11-14', gazetteer });
    // @ts-expect-error now is required
    validateDataset({}, {});
    // @ts-expect-error the gazetteer maps ids to locations
    validateDataset({}, { now: '2025-11-14', gazetteer: { byId: new Map<string, string>() } });
  });

  it('keeps id-keyed breakdowns typed on input and output', () => {
    expectTypeOf<NonNullable<ImpactDataset['workforce'][number]['byOrigin']>>().toEqualTypeOf<
      Readonly<Record<LocationId, Count>>
    >();
    // On input, keys are plain strings and counts are what a count accepts before parsing.
    expectTypeOf<
      keyof NonNullable<NonNullable<ImpactDatasetInput['workforce']>[number]['byOrigin']>
    >().toEqualTypeOf<string>();
  });

  it('names issue codes as a union of the registry keys', () => {
    expectTypeOf<'ref.missing'>().toExtend<IssueCode>();
    // @ts-expect-error not a registered code
    const unknown: IssueCode = 'ref.unknown';
    void unknown;
  });
});
