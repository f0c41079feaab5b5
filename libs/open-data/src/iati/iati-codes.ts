import { OrganisationType } from '#libs/core';
import { ProposalStatus as S } from '#libs/proposals';
import currencyCodelist from './data/iati-currencies.json' with { type: 'json' };

/**
 * Our codes in IATI 2.03 codelists (docs/OPEN-DATA.md has the tables and why each is so).
 */

/**
 * IATI ActivityStatus of a proposal on or past the market: 1 Pipeline/identification while it is
 * looking for money (funded included: nothing is implemented yet), 2 Implementation, 3 Finalisation
 * once completed (outcome reports in, not yet closed), 4 Closed, 5 Cancelled when withdrawn or
 * expired, 6 Suspended when on hold. Statuses before the market have none: never published.
 */
export const IATI_ACTIVITY_STATUS: Readonly<Partial<Record<S, string>>> = {
  [S.OPEN_FOR_FUNDING]: '1',
  [S.UNDER_NEGOTIATION]: '1',
  [S.PARTIALLY_FUNDED]: '1',
  [S.FUNDED]: '1',
  [S.IN_IMPLEMENTATION]: '2',
  [S.COMPLETED]: '3',
  [S.CLOSED]: '4',
  [S.WITHDRAWN]: '5',
  [S.EXPIRED]: '5',
  [S.ON_HOLD]: '6',
};

/** IATI OrganisationRole. */
export const IATI_ROLE = {
  FUNDING: '1',
  /**
   * The requesting States: they endorse the proposal and report on its outcome, which is the
   * codelist's "responsible for oversight of the activity and its outcomes". That they benefit is
   * said by recipient-country.
   */
  ACCOUNTABLE: '2',
  IMPLEMENTING: '4',
} as const;

/** IATI OrganisationType of our organisation types (a foundation here may be an NGO too: 60 Foundation is the nearer). */
export const IATI_ORGANISATION_TYPE: Readonly<Record<OrganisationType, string>> = {
  [OrganisationType.MEMBER_STATE]: '10',
  [OrganisationType.DONOR_GOVERNMENT]: '10',
  [OrganisationType.REGIONAL_ORGANISATION]: '40',
  [OrganisationType.INTERNATIONAL_ORGANISATION]: '40',
  [OrganisationType.FOUNDATION]: '60',
  [OrganisationType.UNODA]: '40',
  [OrganisationType.UN_REGIONAL_CENTRE]: '40',
};

/** IATI TransactionType: an outgoing commitment, a disbursement. */
export const IATI_TRANSACTION = { COMMITMENT: '2', DISBURSEMENT: '3' } as const;

/** IATI ActivityDateType. */
export const IATI_DATE = { PLANNED_START: '1', ACTUAL_START: '2', PLANNED_END: '3', ACTUAL_END: '4' } as const;

/** OECD DAC 5-digit sector (vocabulary 1) of every proposal: small arms and light weapons control. */
export const DAC_SECTOR = { code: '15240', name: 'Reintegration and SALW control' } as const;

/**
 * The IATI Currency codelist (data/iati-currencies.json, with its source): the codes IATI lists and
 * has not withdrawn. IATI asks not to use withdrawn codes in new data, so they count as absent.
 */
export const IATI_CURRENCIES: ReadonlySet<string> = new Set(
  (currencyCodelist.items as { code: string; withdrawn?: string }[]).filter((c) => !c.withdrawn).map((c) => c.code),
);

export function isIatiCurrency(code: string): boolean {
  return IATI_CURRENCIES.has(code);
}
