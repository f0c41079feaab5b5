import type { MixedList } from 'typeorm';
import { InitialSchema1795755455531 } from './1795755455531-InitialSchema.js';
import { AddNeeds1795757162167 } from './1795757162167-AddNeeds.js';
import { AddOffers1795760308732 } from './1795760308732-AddOffers.js';
import { AddMatching1795762878779 } from './1795762878779-AddMatching.js';
import { AddProposals1795765936983 } from './1795765936983-AddProposals.js';
import { AddDealRoomLedgerAndMeetings1795767263132 } from './1795767263132-AddDealRoomLedgerAndMeetings.js';
import { AddNotifications1795768583910 } from './1795768583910-AddNotifications.js';
import { AddPublicProposalDocuments1796408950956 } from './1796408950956-AddPublicProposalDocuments.js';
import { AddNeedStatusVisibilityIndex1796431729885 } from './1796431729885-AddNeedStatusVisibilityIndex.js';
import { AddNeedDashboardIndex1796440000000 } from './1796440000000-AddNeedDashboardIndex.js';
import { AddReferenceDataNotify1796450000000 } from './1796450000000-AddReferenceDataNotify.js';
import { AddIdentityNotify1796480000000 } from './1796480000000-AddIdentityNotify.js';
import { AddReferenceDataSeed1796490000000 } from './1796490000000-AddReferenceDataSeed.js';
import { AddOutboxEventAggregateIndex1796475253099 } from './1796475253099-AddOutboxEventAggregateIndex.js';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works compiled,
 * under jest and in the CLI. scripts/migration-generate.sh writes new ones; add them here.
 */
export const MIGRATIONS: MixedList<Function> = [
  InitialSchema1795755455531,
  AddNeeds1795757162167,
  AddOffers1795760308732,
  AddMatching1795762878779,
  AddProposals1795765936983,
  AddDealRoomLedgerAndMeetings1795767263132,
  AddNotifications1795768583910,
  AddPublicProposalDocuments1796408950956,
  AddNeedStatusVisibilityIndex1796431729885,
  AddNeedDashboardIndex1796440000000,
  AddReferenceDataNotify1796450000000,
  AddOutboxEventAggregateIndex1796475253099,
  AddIdentityNotify1796480000000,
  AddReferenceDataSeed1796490000000,
];
