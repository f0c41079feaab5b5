import { ok, publishNeed, type Published } from './market.js';
import type { TestApp } from './test-app.js';

/** Proposals brought through their first steps via the API, as UNODA and the State would. */

export const TRANCHES = [
  {
    title: 'Equipment',
    lines: [
      { description: 'Two marking machines', amount: '120000' },
      { description: 'Spare parts', amount: '30000.50' },
    ],
  },
  { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }] },
];

export interface OpenProposal {
  id: string;
  reference: string;
  needIds: string[];
}

/**
 * A proposal of Ghana's needs (published for it), compiled, submitted and endorsed: open for
 * funding, with no technical review.
 */
export async function openProposal(
  t: TestApp,
  people: { npc: string; moderator: string },
  input: Record<string, unknown> = {},
  needs?: Published[],
): Promise<OpenProposal> {
  const carried = needs ?? [await publishNeed(t, people.npc, people.moderator, { title: `Need for ${String(input.title ?? 'a proposal')}` })];
  const { compileProposal } = await ok(
    t.gql<{ compileProposal: { id: string; reference: string } }>(
      'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id reference } }',
      {
        input: {
          needIds: carried.map((n) => n.id),
          title: 'Marking of police weapons in Ghana',
          summary: 'Marking machines and training so that police weapons can be traced.',
          scope: 'Procure two marking machines; train 12 armourers; mark 9,000 weapons in 10 armouries.',
          implementingAgency: 'Ghana National Commission on Small Arms',
          currency: 'USD',
          tranches: TRANCHES,
          fundingDeadline: '2027-12-31',
          ...input,
        },
      },
      people.moderator,
    ),
  );
  const step = (name: string, token: string) =>
    ok(t.gql(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { id status } }`, { input: { proposalId: compileProposal.id } }, token));
  await step('submitProposalForEndorsement', people.moderator);
  await step('endorseProposal', people.npc);
  return { ...compileProposal, needIds: carried.map((n) => n.id) };
}

/** The id of the first organisation whose name starts with `prefix`. */
export async function organisationId(t: TestApp, token: string, prefix: string): Promise<string> {
  const { organisations } = await ok(t.gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, token));
  return organisations.find((o) => o.name.startsWith(prefix))!.id;
}
