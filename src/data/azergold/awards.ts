import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * The National CSR Award, as AzerGold reports it.
 *
 * @remarks
 * No independent source confirms the award: its source is marked `unverified` and its note says
 * so. The year, the nomination and the claim of being the first state-owned company to receive
 * it are unconfirmed and left out. The awarding body is the organisers of the competition, which
 * the National Confederation of Entrepreneurs' Organizations (ASK), PROAKTIV PR and the Eurasian
 * International Relations and Research Public Union ran for the first time in 2018.
 *
 * @internal
 */
export const awardInputs: NonNullable<ImpactDatasetInput['awards']> = [
  {
    id: 'award-national-csr',
    title: 'National CSR Award',
    awardingBodyId: 'csr-award-organisers',
    recipientId: 'azergold',
    level: 'national',
    sourceIds: ['src-azergold-csr-award-claim', 'src-ask-2018'],
  },
];
