import type { MoneyBounds } from '../../../model/reportedAmount.js';
import type { EquivalentUsed, ReportedAmountUse, SupersededFlow } from '../reportedAmountUse.js';
import type { InvestmentTally } from './investmentTally.js';
import { reportedAmountNotes } from './reportedAmountNotes.js';

/**
 * What {@link investmentNotes} needs besides the tally.
 *
 * @internal
 */
export interface InvestmentNoteSettings {
  /** The number of currencies of the total. */
  readonly currencies: number;
  /** The currency of the exchange-rate table, or `null` without one. */
  readonly fx: string | null;
  /** Whether regranted money counts. */
  readonly includeRegrants: boolean;
  /** Whether programs whose primary purpose is the business count. */
  readonly includeBusinessPurpose: boolean;
  /** Whether mandatory programs (law, contract) count. */
  readonly includeMandatory: boolean;
  /** The reported amounts that concern the period, sorted. */
  readonly reportedAmounts: readonly ReportedAmountUse[];
  /** The flows superseded by reported amounts, sorted. */
  readonly supersededFlows: readonly SupersededFlow[];
  /** The publisher's equivalents used, sorted. */
  readonly equivalentsUsed: readonly EquivalentUsed[];
  /** The sums of the bounded amounts counted. */
  readonly bounded: readonly MoneyBounds[];
}

/** The ids of a set, sorted and joined. */
function listOf(ids: ReadonlySet<string>): string {
  return [...ids].sort().join(', ');
}

/** What the total is in: nothing, several currencies, or converted amounts. */
function currencyNotes(tally: InvestmentTally, settings: InvestmentNoteSettings): string[] {
  const notes: string[] = [];
  if (tally.total.size === 0 && tally.bounded.size === 0)
    notes.push('No disbursement or expenditure counts in the period.');
  if (settings.currencies > 1) {
    notes.push(
      'The total is in several currencies: amounts in different currencies are never added without an exchange-rate table.',
    );
  }
  if (settings.fx !== null) {
    notes.push(
      `Amounts are converted to ${settings.fx} flow by flow, each at the latest rate of the table dated on or before it.`,
    );
  }
  return notes;
}

/** What is left out of the total or shown apart. */
function exclusionNotes(tally: InvestmentTally, settings: InvestmentNoteSettings): string[] {
  const notes: string[] = [];
  if (tally.facts.commitments.size > 0) {
    notes.push(
      `Commitments are not spending and are left out: programs ${listOf(tally.facts.commitments)}.`,
    );
  }
  if (tally.regranted.size > 0) {
    notes.push(
      settings.includeRegrants
        ? 'Regranted money is included in the total and also shown apart.'
        : 'Regranted money is left out of the total (it would be counted again by the grant-maker that spends it) and shown apart.',
    );
  }
  if (tally.businessPurpose.size > 0) {
    notes.push(
      settings.includeBusinessPurpose
        ? 'Programs whose primary purpose is the business are included in the total and also shown apart (GRI 203-1 infrastructure investments and services supported).'
        : 'Programs whose primary purpose is the business are left out of the total (GRI 201-1) and shown apart: they are infrastructure investments and services supported (GRI 203-1), not community investment.',
    );
  }
  if (tally.mandatory.size > 0) {
    notes.push(
      settings.includeMandatory
        ? 'Mandatory social payments (required by law or contract) are included in the total on request and also shown apart (EITI 6.1 mandatory social expenditure).'
        : 'Mandatory social payments (required by law or contract) are left out of the total, which counts voluntary contributions (GRI 201-1), and shown apart (EITI 6.1 mandatory social expenditure).',
    );
  }
  return notes;
}

/** Which locations count as district or region unknown. */
function placeNotes(tally: InvestmentTally): string[] {
  const { aboveDistrict, unplaced, withoutRegion, withoutLocation } = tally.facts;
  const notes: string[] = [];
  if (aboveDistrict.size > 0) {
    notes.push(
      `Locations above the district level count in their economic region, with district unknown: ${listOf(aboveDistrict)}.`,
    );
  }
  if (unplaced.size > 0) {
    notes.push(
      `Locations not in the gazetteer count as region and district unknown: ${listOf(unplaced)}.`,
    );
  }
  if (withoutRegion.size > 0) {
    notes.push(
      `Locations in no economic region of the gazetteer count as region unknown: ${listOf(withoutRegion)}.`,
    );
  }
  if (withoutLocation.size > 0) {
    notes.push(
      `Programs without a location count as region and district unknown: ${listOf(withoutLocation)}.`,
    );
  }
  return notes;
}

/** How mixed, in-kind and unstated flows are shown, and programs with several categories. */
function formNotes(tally: InvestmentTally): string[] {
  const { forms, obligationNotStated, furtherCategories } = tally.facts;
  const notes: string[] = [];
  if (forms.has('mixed')) {
    notes.push(
      'Flows of mixed programs that do not say whether they are cash or in kind are shown as mixed.',
    );
  }
  if (forms.has('inKind')) notes.push('In-kind contributions count at their deemed value.');
  if (forms.has('notStated'))
    notes.push('Money of programs whose sources do not say cash or in kind is shown as notStated.');
  if (obligationNotStated.size > 0) {
    notes.push(
      `Programs whose sources do not say whether they are mandatory or voluntary are counted as community investment (nothing says they are mandatory) and shown as notStated: ${listOf(obligationNotStated)}.`,
    );
  }
  if (furtherCategories.size > 0) {
    notes.push(
      `Programs with further categories count under their primary category only, so the categories add up to the total: ${listOf(furtherCategories)}.`,
    );
  }
  return notes;
}

/**
 * The notes of a community investment result: what the total is in, how reported amounts are
 * used, what is left out or shown apart, which places are unknown and how mixed, in-kind and
 * unstated flows count.
 *
 * @param tally - The tally.
 * @param settings - The currencies, the exchange-rate table and what was included.
 * @returns The notes, in that order.
 * @internal
 */
export function investmentNotes(
  tally: InvestmentTally,
  settings: InvestmentNoteSettings,
): string[] {
  return [
    ...currencyNotes(tally, settings),
    ...reportedAmountNotes({ ...settings, multiYear: tally.facts.multiYear }),
    ...exclusionNotes(tally, settings),
    ...placeNotes(tally),
    ...formNotes(tally),
  ];
}
