import { describe, expect, it } from 'vitest';
import { economicValueDistributed } from '../../indicators/economic/economicValueDistributed.js';
import { paymentsToGovernments } from '../../indicators/economic/paymentsToGovernments.js';
import { stateParticipation } from '../../indicators/economic/stateParticipation.js';
import { eitiRevenueCsv } from '../../report/eitiRevenueCsv.js';
import { azergoldDataset as dataset } from './index.js';

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

describe('the AzerGold economic contribution (reference facts, section 6)', () => {
  it('gives the AZN 33 million paid to the state budget in 2021, the taxes of AZN 29.7 million apart', () => {
    // AZN 33 million = 3,300,000,000 qəpik; the taxes are the financial summary's figure.
    const paid = paymentsToGovernments(dataset.governmentPayments ?? [], { period: year(2021) });
    expect([paid.value, paid.currency, paid.sourceIds]).toEqual([
      3_300_000_000,
      'AZN',
      ['src-today-215318'],
    ]);
    const fin = dataset.financials?.find((f) => f.id === 'fin-azergold-2021');
    expect(fin?.paymentsToGovernments?.value).toEqual({
      amountMinor: 2_970_000_000,
      currency: 'AZN',
    });
  });

  it('gives January-August 2020 as taxes and social contributions, the totals since 2016 never split', () => {
    // AZN 4.8 million + AZN 1.2 million = AZN 6 million = 600,000,000 qəpik.
    const paid = paymentsToGovernments(dataset.governmentPayments ?? [], { period: year(2020) });
    expect(paid.value).toBe(600_000_000);
    expect(
      paid.detail.notCounted.filter((n) => n.use === 'cumulative').map((n) => n.paymentId),
    ).toEqual(['pay-azergold-since-2016-taxes', 'pay-azergold-since-2016-social']);
  });

  it('gives the 2021 revenue of AZN 188.3 million and no value retained, the other components being unpublished', () => {
    const fin = dataset.financials?.find((f) => f.id === 'fin-azergold-2021');
    if (fin === undefined) throw new Error('no 2021 summary');
    const result = economicValueDistributed(fin, { period: year(2021) });
    expect([result.value, result.reason]).toEqual([null, 'MISSING_DATA']);
    expect(result.detail.generated).toEqual({ min: 18_830_000_000, max: 18_830_000_000 });
  });

  it('is 100 % state-owned and received AZN 3 million from the 2020 state budget (EITI 2.6)', () => {
    const result = stateParticipation(dataset, { period: year(2020) });
    expect([result.value, result.detail.status]).toEqual([1, 'stateOwned']);
    expect(result.detail.totals).toEqual([
      {
        direction: 'stateToCompany',
        kind: 'transfer',
        money: [{ amountMinor: 300_000_000, currency: 'AZN' }],
        bounded: [],
      },
    ]);
  });

  it('writes the 2021 budget payments as an EITI revenue row', () => {
    const detail = paymentsToGovernments(dataset.governmentPayments ?? [], {
      period: year(2021),
    }).detail;
    expect(eitiRevenueCsv(detail).split('\n')[1]).toBe(
      ',Payments to the state budget,State budget of the Republic of Azerbaijan,national,no,AZN,33000000.00,',
    );
  });
});
