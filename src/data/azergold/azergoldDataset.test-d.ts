import { describe, expectTypeOf, it } from 'vitest';
import type { CompanyId, SourceId } from '../../core/ids.js';
import type { ImpactDataset } from '../../model/impactDataset.js';
import type { Source } from '../../model/source.js';
import { azergoldDataset, azergoldSources } from './index.js';

describe('azergoldDataset types', () => {
  it('is a parsed ImpactDataset with branded ids', () => {
    expectTypeOf(azergoldDataset).toEqualTypeOf<ImpactDataset>();
    expectTypeOf(azergoldDataset.company.id).toEqualTypeOf<CompanyId>();
    expectTypeOf(azergoldDataset.sources[0]?.id).toEqualTypeOf<SourceId | undefined>();
    // @ts-expect-error a plain string is not a CompanyId
    const id: CompanyId = 'azergold';
    expectTypeOf(id).toEqualTypeOf<CompanyId>();
  });

  it('exports its sources as a read-only array', () => {
    expectTypeOf(azergoldSources).toEqualTypeOf<readonly Source[]>();
    // @ts-expect-error the sources cannot be pushed to
    azergoldSources.push(azergoldSources[0]);
  });
});
