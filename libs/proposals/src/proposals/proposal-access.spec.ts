import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NeedStatus, NeedVisibility } from '#libs/needs';
import { OrganisationType, Role } from '#libs/core';
import { membership, user } from '../../../core/src/auth/auth-user.fixtures.js';
import { AUDIENCES, PARTIES } from './proposal-access.fixtures.js';
import {
  actingOrganisation,
  addDonorRefusal,
  canViewProposal,
  dealRoomParty,
  isParty,
  partyOnly,
  proposalAccess,
  visibleDocuments,
  visibleMatches,
  visibleNeeds,
} from './proposal-access.js';
import { ProposalStatus as S } from './proposal.enums.js';

describe('what only the parties of a proposal read', () => {
  it.each(AUDIENCES)('knows whether %s is a party', (_name, viewer, party) => {
    expect(isParty(proposalAccess(viewer), PARTIES)).toBe(party);
  });

  it.each(AUDIENCES)('gives %s the party-only values only as a party', (_name, viewer, party) => {
    const reads = isParty(proposalAccess(viewer), PARTIES);
    expect(partyOnly(reads, 'Hold: elections')).toBe(party ? 'Hold: elections' : null);
    expect(partyOnly(reads, ['org-ghana'])).toEqual(party ? ['org-ghana'] : null);
  });

  it('shows outsiders the documents a party made public, the parties all of them', () => {
    const documents = [
      { name: 'Concept note', version: 1, public: true },
      { name: 'Concept note', version: 2, public: false },
      { name: 'Budget', version: 1, public: false },
    ];
    expect(visibleDocuments(false, documents)).toEqual([documents[0]]);
    expect(visibleDocuments(true, documents)).toEqual(documents);
  });

  it.each(AUDIENCES)("shows %s the matches that led to it only as a party, and then by the matches' own rule", (name, viewer, party) => {
    const matches = [
      { matchId: 'm-germany', stateIso3: 'GHA', organisationId: 'org-germany' },
      { matchId: 'm-other', stateIso3: 'GHA', organisationId: 'org-other' },
    ];
    const seen = visibleMatches(isParty(proposalAccess(viewer), PARTIES), viewer, matches).map((m) => m.matchId);
    const expected: Record<string, string[]> = {
      'a UNODA moderator': ['m-germany', 'm-other'],
      'an administrator (UNODA)': ['m-germany', 'm-other'],
      "Ghana's NPC": ['m-germany', 'm-other'],
      'the committed donor': ['m-germany'],
    };
    expect(seen).toEqual(party ? (expected[name] ?? []) : []);
  });

  it.each(AUDIENCES)("shows %s a proposal's needs by the needs' rules: a PRIVATE need to its State and UNODA only", (name, viewer) => {
    const needs = Object.values(NeedVisibility).map((visibility) => ({ stateIso3: 'GHA', status: NeedStatus.FUNDED, visibility }));
    const seen = visibleNeeds(viewer, needs).map((n) => n.visibility);
    const privileged = ['a UNODA moderator', 'an administrator (UNODA)', "Ghana's NPC"].includes(name);
    const expected = privileged ? Object.values(NeedVisibility) : viewer ? [NeedVisibility.PUBLIC, NeedVisibility.STATES_AND_DONORS] : [NeedVisibility.PUBLIC];
    expect(seen).toEqual(expected);
  });

  it('lets outsiders see the proposal itself on the market (logged in) or once funded (anyone)', () => {
    for (const status of Object.values(S)) {
      const market = [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED, S.FUNDED, S.IN_IMPLEMENTATION, S.COMPLETED, S.CLOSED].includes(status);
      const funded = [S.FUNDED, S.IN_IMPLEMENTATION, S.COMPLETED, S.CLOSED].includes(status);
      expect([status, canViewProposal(proposalAccess(AUDIENCES[6][1]), status, PARTIES)]).toEqual([status, market]);
      expect([status, canViewProposal(proposalAccess(undefined), status, PARTIES)]).toEqual([status, funded]);
      expect([status, canViewProposal(proposalAccess(AUDIENCES[5][1]), status, PARTIES)]).toEqual([status, true]);
    }
  });
});

describe('who acts for a party', () => {
  it.each(AUDIENCES)('lets %s into the deal room only as a member of a party, for that party', (name, viewer, party) => {
    const acting = viewer ? actingOrganisation(viewer, PARTIES) : null;
    // An administrator is a party by role (UNODA reads everything) but a member of none: not in the deal room.
    const member = party && name !== 'an administrator (UNODA)';
    expect(viewer ? dealRoomParty(viewer, PARTIES) : null).toBe(member ? acting : null);
    if (member) expect(PARTIES.map((p) => p.organisationId)).toContain(acting);
  });

  it('lets UNODA add any donor at any time, a donor itself once the proposal is on the market', () => {
    const moderator = user(membership('org-unoda', OrganisationType.UNODA, Role.UNODA_MODERATOR));
    const donor = user(membership('org-other', OrganisationType.FOUNDATION, Role.DONOR));
    expect(addDonorRefusal(moderator, 'org-other', S.DRAFT)).toBeNull();
    expect(addDonorRefusal(donor, 'org-other', S.OPEN_FOR_FUNDING)).toBeNull();
    expect(addDonorRefusal(donor, 'org-other', S.AWAITING_ENDORSEMENT)).toEqual({ conflict: expect.objectContaining({ reason: 'proposal.notOpenToDonors' }) });
    expect(addDonorRefusal(donor, 'org-germany', S.OPEN_FOR_FUNDING)).toEqual({ forbidden: expect.objectContaining({ reason: 'proposal.addDonorForbidden' }) });
  });
});

describe('docs/PROPOSALS.md, "Who sees what"', () => {
  /** The fields of an object type in the committed schema. */
  const schemaFields = (schema: string, type: string) => {
    const body = new RegExp(`\\ntype ${type} \\{([\\s\\S]*?)\\n\\}`).exec(schema)![1].replace(/"""[\s\S]*?"""/g, '');
    return [...body.matchAll(/^\s*(\w+)[(:]/gm)].map((m) => m[1]).sort();
  };

  it('gives the audience of every field of every type a proposal shows, each field once', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'PROPOSALS.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Who sees what'), doc.indexOf('\n## ', doc.indexOf('## Who sees what') + 1));
    const listed = new Map<string, string[]>();
    for (const [, type, fields] of section.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)) {
      // Field names are the code spans outside parentheses (which explain).
      const names = [...fields.replace(/\([^)]*\)/g, '').matchAll(/`(\w+)`/g)].map((m) => m[1]);
      listed.set(type, [...(listed.get(type) ?? []), ...names]);
    }
    const schema = readFileSync(join(process.cwd(), 'schema.gql'), 'utf8');
    const types = [
      'Proposal',
      'ProposalParty',
      'ProposalRevision',
      'Tranche',
      'BudgetLine',
      'RevisionDiff',
      'RevisionChange',
      'ProposalFunding',
      'TrancheFunding',
      'Contribution',
      'ProposalDocument',
      'OutcomeReport',
      'ProposalMessage',
      'GisMeeting',
      'AgendaItem',
      'MeetingPack',
    ];
    expect([...listed.keys()].sort()).toEqual([...types].sort());
    for (const type of types) expect([type, [...listed.get(type)!].sort()]).toEqual([type, schemaFields(schema, type)]);
  });
});
