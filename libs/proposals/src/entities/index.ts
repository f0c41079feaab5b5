import { AgendaItem } from './agenda-item.entity.js';
import { Contribution } from './contribution.entity.js';
import { GisMeeting } from './gis-meeting.entity.js';
import { OutcomeReport } from './outcome-report.entity.js';
import { ProposalDocument } from './proposal-document.entity.js';
import { ProposalMatch } from './proposal-match.entity.js';
import { ProposalMessage } from './proposal-message.entity.js';
import { ProposalNeed } from './proposal-need.entity.js';
import { ProposalParty } from './proposal-party.entity.js';
import { ProposalRevision } from './proposal-revision.entity.js';
import { Proposal } from './proposal.entity.js';
import { RevisionAcceptance } from './revision-acceptance.entity.js';

export const PROPOSALS_ENTITIES = [
  Proposal,
  ProposalNeed,
  ProposalMatch,
  ProposalParty,
  ProposalRevision,
  ProposalDocument,
  ProposalMessage,
  RevisionAcceptance,
  Contribution,
  OutcomeReport,
  GisMeeting,
  AgendaItem,
];
