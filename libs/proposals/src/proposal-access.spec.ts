import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthUser, OrganisationType, Role, type AuthMembership } from '#libs/core';
import { NeedStatus, NeedVisibility } from '#libs/needs';
import { ContributionStatus as C } from './contribution.enums.js';
import {
  canViewProposal,
  isParty,
  outcomeReportsVisible,
  partyOnly,
  proposalAccess,
  visibleContributions,
  visibleDocuments,
  visibleFunding,
  visibleMatches,
  visibleNeeds,
  visibleParties,
  type PartyRef,
} from './proposal-access.js';
import { ProposalPartyKind as K, ProposalStatus as S } from './proposal.enums.js';

const membership = (role: Role, organisationType: OrganisationType, organisationId: string, stateIso3: string | null = null): AuthMembership => ({
  organisationId,
  organisationType,
  stateIso3,
  regionalOrganisationCode: role === Role.REGIONAL_REVIEWER ? 'UNREC' : null,
  role,
});
const user = (...memberships: AuthMembership[]) => new AuthUser('user-1', 'user@example.org', 'en', memberships);

/** A proposal of Ghana: UNODA, UNREC, a donor that committed (Germany), a donor that only pledged, a donor named without contributing. */
const PARTIES: PartyRef[] = [
  { kind: K.STATE, organisationId: 'org-ghana', stateIso3: 'GHA' },
  { kind: K.UNODA, organisationId: 'org-unoda', stateIso3: null },
  { kind: K.REGIONAL_CENTRE, organisationId: 'org-unrec', stateIso3: null },
  { kind: K.DONOR, organisationId: 'org-germany', stateIso3: null },
  { kind: K.DONOR, organisationId: 'org-pledger', stateIso3: null },
  { kind: K.DONOR, organisationId: 'org-named', stateIso3: null },
];
const LEDGER = [
  { organisationId: 'org-germany', status: C.COMMITTED },
  { organisationId: 'org-germany', status: C.INTENT },
  { organisationId: 'org-pledger', status: C.PLEDGED },
  { organisationId: 'org-pledger', status: C.CANCELLED },
  { organisationId: 'org-former', status: C.DISBURSED },
];

/** Every audience the rules tell apart, and whether it is a party to the proposal above. */
const AUDIENCES: [string, AuthUser | undefined, boolean][] = [
  ['a UNODA moderator', user(membership(Role.UNODA_MODERATOR, OrganisationType.UNODA, 'org-unoda')), true],
  ['an administrator (UNODA)', user(membership(Role.ADMIN, OrganisationType.UNODA, 'org-admins')), true],
  ["Ghana's NPC", user(membership(Role.NPC, OrganisationType.MEMBER_STATE, 'org-ghana', 'GHA')), true],
  ["UNREC's reviewer", user(membership(Role.REGIONAL_REVIEWER, OrganisationType.UN_REGIONAL_CENTRE, 'org-unrec')), true],
  ['the committed donor', user(membership(Role.DONOR, OrganisationType.DONOR_GOVERNMENT, 'org-germany')), true],
  ['the pledging donor', user(membership(Role.DONOR, OrganisationType.FOUNDATION, 'org-pledger')), true],
  ['another donor', user(membership(Role.DONOR, OrganisationType.FOUNDATION, 'org-other')), false],
  ["Kenya's NPC", user(membership(Role.NPC, OrganisationType.MEMBER_STATE, 'org-kenya', 'KEN')), false],
  ['the public', undefined, false],
];

describe('what only the parties of a proposal read', () => {
  it.each(AUDIENCES)('knows whether %s is a party', (_name, viewer, party) => {
    expect(isParty(proposalAccess(viewer), PARTIES)).toBe(party);
  });

  it.each(AUDIENCES)('gives %s the party-only values only as a party', (_name, viewer, party) => {
    const reads = isParty(proposalAccess(viewer), PARTIES);
    expect(partyOnly(reads, 'Hold: elections')).toBe(party ? 'Hold: elections' : null);
    expect(partyOnly(reads, ['org-ghana'])).toEqual(party ? ['org-ghana'] : null);
  });

  it('shows outsiders the requesting States, UNODA, the centre and the donors with money committed, never one that only promised', () => {
    const others = visibleParties(false, PARTIES, LEDGER).map((p) => p.organisationId);
    expect(others).toEqual(['org-ghana', 'org-unoda', 'org-unrec', 'org-germany']);
    expect(visibleParties(true, PARTIES, LEDGER)).toEqual(PARTIES);
    // A donor is known by any status that counts as funded, and by none that does not.
    for (const status of Object.values(C)) {
      const known = visibleParties(false, PARTIES, [{ organisationId: 'org-named', status }]).some((p) => p.organisationId === 'org-named');
      expect([status, known]).toEqual([status, [C.COMMITTED, C.DISBURSED, C.REPORTED].includes(status)]);
    }
  });

  it('shows outsiders commitments and later only; the parties the whole ledger', () => {
    for (const status of Object.values(C)) {
      expect([status, visibleContributions(false, [{ status }]).length]).toEqual([status, [C.COMMITTED, C.DISBURSED, C.REPORTED].includes(status) ? 1 : 0]);
      expect([status, visibleContributions(true, [{ status }]).length]).toEqual([status, 1]);
    }
  });

  it('hides what was promised from outsiders, keeping every committed figure, per tranche too', () => {
    const funding = { target: '100.00', committed: '60.00', promised: '30.00', gap: '40.00', tranches: [{ number: 1, committed: '60.00', gap: '40.00' }] };
    expect(visibleFunding(true, funding)).toEqual(funding);
    expect(visibleFunding(false, funding)).toEqual({ ...funding, promised: null });
    expect(JSON.stringify(visibleFunding(false, funding))).not.toContain('30.00');
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

  it('makes outcome reports public once the proposal is completed', () => {
    for (const status of Object.values(S)) {
      expect([status, outcomeReportsVisible(false, status)]).toEqual([status, status === S.COMPLETED || status === S.CLOSED]);
      expect([status, outcomeReportsVisible(true, status)]).toEqual([status, true]);
    }
  });

  it.each(AUDIENCES)('shows %s the matches that led to it only as a party, and then by the matches\' own rule', (name, viewer, party) => {
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
    const types = ['Proposal', 'ProposalParty', 'ProposalRevision', 'Tranche', 'BudgetLine', 'RevisionDiff', 'RevisionChange', 'ProposalFunding', 'TrancheFunding', 'Contribution', 'ProposalDocument', 'OutcomeReport', 'ProposalMessage', 'GisMeeting', 'AgendaItem', 'MeetingPack'];
    expect([...listed.keys()].sort()).toEqual([...types].sort());
    for (const type of types) expect([type, [...listed.get(type)!].sort()]).toEqual([type, schemaFields(schema, type)]);
  });
});
