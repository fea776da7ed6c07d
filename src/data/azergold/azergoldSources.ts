import type { Source } from '../../model/source.js';
import { azergoldDataset } from './azergoldDataset.js';

/**
 * The sources of the AzerGold reference dataset: every document or page a fact of
 * {@link azergoldDataset} cites, with its reliability and caveats.
 *
 * @remarks
 * The same array as `azergoldDataset.sources`. `reliability` is `verified` for primary sources
 * (company, government and standards-body pages), `secondary` for news agencies and third
 * parties, and `unverified` for the National CSR Award, which no independent source confirms.
 *
 * @example
 * ```ts
 * import { azergoldSources } from 'mining-impact/data/azergold';
 *
 * azergoldSources.find((source) => source.id === 'src-icmm-2017')?.publisher;
 * //=> 'International Council on Mining and Metals (ICMM)'
 * ```
 *
 * @category Reference data
 */
export const azergoldSources: readonly Source[] = azergoldDataset.sources;
