import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { ImpactDataset, ImpactDatasetInput, ImpactDatasetSchema } from './impactDataset.js';
import type { SocialProgram } from './socialProgram.js';

describe('the dataset types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<ImpactDataset, z.output<typeof ImpactDatasetSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the collections', () => {
    expectTypeOf<ImpactDataset['programs']>().toEqualTypeOf<readonly SocialProgram[]>();
  });

  it('take the input type from the schema', () => {
    expectTypeOf<ImpactDatasetInput>().toEqualTypeOf<z.input<typeof ImpactDatasetSchema>>();
  });
});
