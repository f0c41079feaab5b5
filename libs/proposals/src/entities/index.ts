import { ProposalDocument } from './proposal-document.entity.js';
import { ProposalMatch } from './proposal-match.entity.js';
import { ProposalNeed } from './proposal-need.entity.js';
import { ProposalParty } from './proposal-party.entity.js';
import { ProposalRevision } from './proposal-revision.entity.js';
import { Proposal } from './proposal.entity.js';

export const PROPOSALS_ENTITIES = [Proposal, ProposalNeed, ProposalMatch, ProposalParty, ProposalRevision, ProposalDocument];
