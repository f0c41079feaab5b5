import { OrganisationType, Role } from '#libs/core';
import demoNeedsFile from '../data/demo-needs.json' with { type: 'json' };
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data.js';

describe('demo data', () => {
  const states = [...new Set((demoNeedsFile as unknown as { reports: { report: { state: string } }[] }).reports.map((r) => r.report.state))];

  it.each(states)('gives %s, whose needs are in the demo, an organisation and an NPC', (iso3) => {
    const organisations = DEMO_ORGANISATIONS.filter((o) => o.type === OrganisationType.MEMBER_STATE && o.stateIso3 === iso3);
    expect(organisations).toHaveLength(1);
    expect(DEMO_USERS.filter((u) => u.organisation === organisations[0]!.key && u.role === Role.NPC)).toHaveLength(1);
  });

  it('has two donors, of two organisations, and unique keys, names and e-mails', () => {
    expect(new Set(DEMO_USERS.filter((u) => u.role === Role.DONOR).map((u) => u.organisation)).size).toBe(2);
    for (const values of [DEMO_ORGANISATIONS.map((o) => o.key), DEMO_ORGANISATIONS.map((o) => o.name), DEMO_USERS.map((u) => u.email)]) {
      expect(new Set(values).size).toBe(values.length);
    }
    for (const user of DEMO_USERS) expect(DEMO_ORGANISATIONS.some((o) => o.key === user.organisation)).toBe(true);
  });
});
