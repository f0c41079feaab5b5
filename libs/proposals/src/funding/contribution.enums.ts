import { registerEnumType } from '@nestjs/graphql';

export enum ContributionKind {
  MONEY = 'MONEY',
  /** Equipment, experts, training given rather than paid for: valued in the proposal's currency. */
  IN_KIND = 'IN_KIND',
}
registerEnumType(ContributionKind, { name: 'ContributionKind' });

export enum ContributionStatus {
  /** Said, e.g. at a GIS meeting: not yet a pledge. */
  INTENT = 'INTENT',
  PLEDGED = 'PLEDGED',
  /** An agreement is signed: from here on it counts as funded. */
  COMMITTED = 'COMMITTED',
  /** Paid, or delivered for help in kind. */
  DISBURSED = 'DISBURSED',
  /** The donor has reported on it. */
  REPORTED = 'REPORTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ContributionStatus, { name: 'ContributionStatus' });

/** What counts as funded (the rule of OCHA's Financial Tracking Service). */
export const FUNDED_STATUSES: readonly ContributionStatus[] = [ContributionStatus.COMMITTED, ContributionStatus.DISBURSED, ContributionStatus.REPORTED];

/** Promised but not yet committed. */
export const PROMISED_STATUSES: readonly ContributionStatus[] = [ContributionStatus.INTENT, ContributionStatus.PLEDGED];
