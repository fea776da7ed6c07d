import { describe, expect, it } from 'vitest';
import { spent } from '../../test/fixtures/economicAmounts.js';
import type { CompanyId, OrganizationId } from '../core/ids.js';
import { paymentsToGovernments } from '../indicators/economic/paymentsToGovernments.js';
import type { GovernmentPayment } from '../model/governmentPayment.js';
import { eitiRevenueCsv } from './eitiRevenueCsv.js';

const payment = (id: string, fields: Partial<GovernmentPayment>): GovernmentPayment => ({
  id,
  companyId: 'miner' as CompanyId,
  stream: 'Corporate income tax',
  gfsCode: '1112E1',
  recipientId: 'ministry-of-taxes' as OrganizationId,
  level: 'national',
  form: 'cash',
  amount: spent(1_000_000),
  ...fields,
});

describe('eitiRevenueCsv', () => {
  it('writes one row per stream, entity and currency in the layout of the EITI Summary Data Template', () => {
    const detail = paymentsToGovernments([
      // Two instalments of the same stream: 1,000,000 + 485,050 = 1,485,050 qəpik = AZN 14,850.50.
      payment('cit-1', {}),
      payment('cit-2', { amount: spent(485_050) }),
      payment('royalty', {
        stream: 'Royalty, "gold"',
        gfsCode: '1415E',
        form: 'inKind',
        amount: spent(12_345, 'USD'),
      }),
      payment('bonus', {
        stream: '=Bonus',
        gfsCode: undefined,
        amount: { ...spent(0), value: { min: 100_001, currency: 'AZN' as never } },
      }),
    ]).detail;
    expect(eitiRevenueCsv(detail).split('\n')).toEqual([
      'gfsCode,revenueStream,governmentEntity,level,paidInKind,currency,amount,note',
      '1112E1,Corporate income tax,ministry-of-taxes,national,no,AZN,14850.50,',
      '1415E,"Royalty, ""gold""",ministry-of-taxes,national,yes,USD,123.45,',
      ",'=Bonus,ministry-of-taxes,national,no,AZN,,bounded: min 1000.01",
      '',
    ]);
  });

  it('writes the header alone without payments', () => {
    expect(eitiRevenueCsv(paymentsToGovernments([]).detail)).toBe(
      'gfsCode,revenueStream,governmentEntity,level,paidInKind,currency,amount,note\n',
    );
  });
});
