import type { ProposalDetailQuery } from './proposals.generated';
import type { Locale } from '../i18n/locales';

export type ProposalDetail = ProposalDetailQuery['proposal'];
export type ProposalPartyRow = ProposalDetail['parties'][number];

/**
 * A party's name for the reader: a requesting State by its name in the reader's language, any
 * other party (a donor government's agency included) by its organisation's name.
 */
export function partyName(party: ProposalPartyRow, locale: Locale): string {
  const names = party.kind === 'STATE' ? party.organisation.memberState?.names : null;
  return names ? names[locale] : party.organisation.name;
}

/** A decimal string that is zero ("0", "0.00"): no float involved. */
export const isZero = (amount: string) => /^-?0*(\.0*)?$/.test(amount.trim());

/** A link the browser may follow: http or https only. */
export const isWebLink = (url: string) => /^https?:\/\//i.test(url);
