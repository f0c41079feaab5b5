import { OrganisationType, Role } from '#libs/core';
import { ContributionStatus as C } from './contribution.enums.js';
import { CONTRIBUTION_LIFE_CYCLE, ContributionAction } from './contribution.state-machine.js';
import {
  changeContributionRefusal,
  contributionActor,
  contributionDonor,
  outcomeReporter,
  outcomeReportsDueListed,
  outcomeReportsVisible,
  recordContributionRefusal,
  redirectContributionRefusal,
  visibleContributions,
  visibleFunding,
  visibleParties,
} from './funding-access.js';
import { membership, user } from '../../../core/src/auth/auth-user.fixtures.js';
import { LEDGER, PARTIES } from '../proposals/proposal-access.fixtures.js';
import { ProposalStatus as S } from '../proposals/proposal.enums.js';

const moderator = user(membership('org-unoda', OrganisationType.UNODA, Role.UNODA_MODERATOR));
const admin = user(membership('org-unoda', OrganisationType.UNODA, Role.ADMIN));
const germany = user(membership('org-germany', OrganisationType.DONOR_GOVERNMENT, Role.DONOR));
const twoDonors = user(
  membership('org-germany', OrganisationType.DONOR_GOVERNMENT, Role.DONOR),
  membership('org-pledger', OrganisationType.FOUNDATION, Role.DONOR),
);
const ghana = user(membership('org-ghana', OrganisationType.MEMBER_STATE, Role.NPC, 'GHA'));
/** Ghana's organisation as a donor too (a State can be both), with someone who is only its NPC. */
const ghanaBoth = user(
  membership('org-ghana', OrganisationType.MEMBER_STATE, Role.NPC, 'GHA'),
  membership('org-ghana', OrganisationType.MEMBER_STATE, Role.DONOR, 'GHA'),
);
const GERMANY_PLEDGE = { organisationId: 'org-germany', status: C.PLEDGED };

describe('what others than the parties read of the funding', () => {
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

  it('makes outcome reports public once the proposal is completed', () => {
    for (const status of Object.values(S)) {
      expect([status, outcomeReportsVisible(false, status)]).toEqual([status, status === S.COMPLETED || status === S.CLOSED]);
      expect([status, outcomeReportsVisible(true, status)]).toEqual([status, true]);
    }
  });

  it('lists whose outcome reports are due only while the proposal is being implemented', () => {
    for (const status of Object.values(S)) expect([status, outcomeReportsDueListed(status)]).toEqual([status, status === S.IN_IMPLEMENTATION]);
  });
});

describe('who may record a contribution', () => {
  it('lets a donor record any recordable status for its own organisation, and nobody else for it', () => {
    for (const status of [C.INTENT, C.PLEDGED, C.COMMITTED]) expect(recordContributionRefusal(germany, 'org-germany', status)).toBeNull();
    expect(recordContributionRefusal(germany, 'org-pledger', C.PLEDGED)?.reason).toBe('contribution.recordForbidden');
    expect(recordContributionRefusal(ghana, 'org-ghana', C.PLEDGED)?.reason).toBe('contribution.recordForbidden');
    expect(recordContributionRefusal(ghanaBoth, 'org-ghana', C.PLEDGED)).toBeNull();
    expect(recordContributionRefusal(admin, 'org-germany', C.INTENT)?.reason).toBe('contribution.recordForbidden');
  });

  it("lets UNODA record a donor's intent, and only an intent", () => {
    expect(recordContributionRefusal(moderator, 'org-germany', C.INTENT)).toBeNull();
    expect(recordContributionRefusal(moderator, 'org-germany', C.PLEDGED)?.reason).toBe('contribution.unodaIntentOnly');
    expect(recordContributionRefusal(moderator, 'org-germany', C.COMMITTED)?.reason).toBe('contribution.unodaIntentOnly');
  });

  it("records for the organisation named, else the actor's only donor organisation", () => {
    expect(contributionDonor('org-named', ghana)).toEqual({ ok: true, value: 'org-named' });
    expect(contributionDonor(null, germany)).toEqual({ ok: true, value: 'org-germany' });
    expect(contributionDonor(null, twoDonors)).toMatchObject({ ok: false, reason: 'contribution.severalDonors' });
    expect(contributionDonor(null, moderator)).toMatchObject({ ok: false, reason: 'contribution.donorRequired' });
  });
});

describe('who may change a contribution', () => {
  it('lets its donor and UNODA change it, nobody else', () => {
    expect(changeContributionRefusal(germany, GERMANY_PLEDGE)).toBeNull();
    expect(changeContributionRefusal(moderator, GERMANY_PLEDGE)).toBeNull();
    for (const other of [twoDonors, ghana, admin]) {
      const refusal = changeContributionRefusal(other, { organisationId: 'org-other' });
      expect(refusal?.reason).toBe('contribution.changeForbidden');
    }
  });

  it('lets only its donor redirect it (not UNODA)', () => {
    expect(redirectContributionRefusal(germany, GERMANY_PLEDGE)).toBeNull();
    expect(redirectContributionRefusal(moderator, GERMANY_PLEDGE)?.reason).toBe('contribution.redirectForbidden');
    expect(redirectContributionRefusal(ghana, GERMANY_PLEDGE)?.reason).toBe('contribution.redirectForbidden');
  });

  it("gives the life cycle the donor as owner of its organisation's contribution only", () => {
    expect(CONTRIBUTION_LIFE_CYCLE.available(C.PLEDGED, contributionActor(germany, GERMANY_PLEDGE))).toEqual([
      ContributionAction.COMMIT,
      ContributionAction.CANCEL,
    ]);
    expect(CONTRIBUTION_LIFE_CYCLE.available(C.PLEDGED, contributionActor(twoDonors, { organisationId: 'org-other' }))).toEqual([]);
    expect(CONTRIBUTION_LIFE_CYCLE.available(C.COMMITTED, contributionActor(moderator, GERMANY_PLEDGE))).toEqual([
      ContributionAction.DISBURSE,
      ContributionAction.CANCEL,
    ]);
  });
});

describe('who reports on the outcome', () => {
  const reporters = ['org-ghana', 'org-germany'];

  it('reports for the one reporting party the actor acts for, or the one named', () => {
    expect(outcomeReporter(ghana, reporters, null)).toEqual({ ok: true, value: 'org-ghana' });
    expect(outcomeReporter(germany, reporters, undefined)).toEqual({ ok: true, value: 'org-germany' });
    expect(outcomeReporter(twoDonors, ['org-germany', 'org-pledger'], 'org-pledger')).toEqual({ ok: true, value: 'org-pledger' });
  });

  it('refuses one who acts for several reporting parties and names none, and one who acts for none', () => {
    expect(outcomeReporter(twoDonors, ['org-germany', 'org-pledger'], null)).toMatchObject({ ok: false, reason: 'outcome.severalParties' });
    expect(outcomeReporter(moderator, reporters, null)).toMatchObject({ ok: false, reason: 'outcome.notReporter' });
    expect(outcomeReporter(germany, reporters, 'org-ghana')).toMatchObject({ ok: false, reason: 'outcome.notReporter' });
  });
});
