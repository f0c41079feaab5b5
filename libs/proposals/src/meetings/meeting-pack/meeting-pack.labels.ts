import type { UnLanguage } from '#libs/core';
import type { ContributionKind, ContributionStatus } from '../../funding/contribution.enums.js';
import type { ProposalStatus } from '../../proposals/proposal.enums.js';
import ar from './meeting-pack-labels/ar.json' with { type: 'json' };
import en from './meeting-pack-labels/en.json' with { type: 'json' };
import es from './meeting-pack-labels/es.json' with { type: 'json' };
import fr from './meeting-pack-labels/fr.json' with { type: 'json' };
import ru from './meeting-pack-labels/ru.json' with { type: 'json' };
import zh from './meeting-pack-labels/zh.json' with { type: 'json' };

/**
 * The fixed texts of a meeting pack. Status names are keyed by the enums' values (type-only imports,
 * so no Nest code is loaded), so that a status added to an enum fails type-checking here until it is
 * translated in every language.
 */
export interface MeetingPackLabels {
  meetingPack: string;
  date: string;
  location: string;
  agenda: string;
  proposal: string;
  status: string;
  requestingStates: string;
  implementingAgency: string;
  summary: string;
  note: string;
  needs: string;
  need: string;
  state: string;
  thematicAreas: string;
  budgetAndFunding: string;
  tranche: string;
  target: string;
  committed: string;
  disbursed: string;
  promised: string;
  fundingGap: string;
  total: string;
  inUsDollars: string;
  suggestedMatches: string;
  offer: string;
  donor: string;
  score: string;
  noSuggestedMatches: string;
  contributions: string;
  noContributions: string;
  kind: string;
  amount: string;
  generatedOn: string;
  proposalStatuses: Record<`${ProposalStatus}`, string>;
  contributionStatuses: Record<`${ContributionStatus}`, string>;
  contributionKinds: Record<`${ContributionKind}`, string>;
}

/** One catalogue per language, `meeting-pack-labels/<lang>.json`, typed here: a text missing in any language fails type-checking. */
export const MEETING_PACK_LABELS: Record<UnLanguage, MeetingPackLabels> = { ar, zh, en, fr, ru, es };
