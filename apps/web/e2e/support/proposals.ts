import { gql, tokenOf, unique } from './api';
import { DEMO } from './env';

/** Proposals made through the API as their parties would, for the pages of a proposal's parties. */

const transition = (name: string, inputType: string, input: Record<string, unknown>, token: string) =>
  gql(`mutation ($input: ${inputType}!) { ${name}(input: $input) { id } }`, { input }, token);

/**
 * UNODA compiles a proposal of a new published need of Ghana (two tranches, in euros) and submits
 * it for endorsement; `options` are more of compileProposal's input (a technical review...).
 */
export async function proposalAwaitingEndorsement(options: Record<string, unknown> = {}): Promise<{ id: string; title: string }> {
  const [moderator, npc] = await Promise.all([tokenOf(DEMO.moderator.email), tokenOf(DEMO.npc.email)]);
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    {
      input: {
        stateIso3: 'GHA',
        title: `Armoury record keeping ${unique()}`,
        problem: 'Armouries keep weapon records on paper; losses are found months late.',
        proposedActivities: 'Install an electronic register in 10 armouries and train their staff.',
        thematicAreas: ['MARKING'],
        assistanceTypes: ['EQUIPMENT'],
        budget: { amount: '1800.00', currency: 'EUR' },
        visibility: 'PUBLIC',
      },
    },
    npc,
  );
  await transition('submitNeed', 'NeedTransitionInput', { needId: createNeed.id }, npc);
  await transition('publishNeed', 'NeedTransitionInput', { needId: createNeed.id }, moderator);
  const title = `Electronic armoury registers in Ghana ${unique()}`;
  const { compileProposal } = await gql<{ compileProposal: { id: string } }>(
    'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
    {
      input: {
        needIds: [createNeed.id],
        title,
        summary: 'An electronic register of weapons in the armouries of Ghana.',
        scope: 'Buy and install the register; train 20 armourers.',
        implementingAgency: 'Ghana National Commission on Small Arms',
        currency: 'EUR',
        tranches: [
          {
            title: 'Equipment',
            lines: [
              { description: 'Register software', amount: '1000.00' },
              { description: 'Ten terminals', amount: '500.00' },
            ],
          },
          { title: 'Training', lines: [{ description: 'Training of 20 armourers', amount: '300.00' }] },
        ],
        ...options,
      },
    },
    moderator,
  );
  await transition('submitProposalForEndorsement', 'ProposalTransitionInput', { proposalId: compileProposal.id }, moderator);
  return { id: compileProposal.id, title };
}

/**
 * The same, endorsed and on the market, with the demo donor a party (a pledge to tranche 1 and a
 * commitment to tranche 2), a message and an open revision from Ghana that the donor has to accept.
 */
export async function proposalInNegotiation(): Promise<{ id: string; title: string }> {
  const proposal = await proposalAwaitingEndorsement();
  const [npc, donor] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.donor.email)]);
  await transition('endorseProposal', 'ProposalTransitionInput', { proposalId: proposal.id }, npc);
  const record = (trancheNumber: number, amount: string, status: string) =>
    gql(
      'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
      { input: { proposalId: proposal.id, trancheNumber, amount, status } },
      donor,
    );
  await record(1, '1000.00', 'PLEDGED');
  await record(2, '300.00', 'COMMITTED');
  await gql(
    'mutation ($input: PostProposalMessageInput!) { postProposalMessage(input: $input) { id } }',
    { input: { proposalId: proposal.id, body: 'Could the terminals be bought locally?' } },
    donor,
  );
  await gql(
    'mutation ($input: ProposeRevisionInput!) { proposeProposalRevision(input: $input) { number } }',
    {
      input: {
        proposalId: proposal.id,
        basedOnRevision: 1,
        note: 'Terminals bought locally cost less; a line for their maintenance.',
        tranches: [
          {
            title: 'Equipment',
            lines: [
              { description: 'Register software', amount: '1000.00' },
              { description: 'Ten terminals', amount: '400.00' },
              { description: 'Maintenance', amount: '80.00' },
            ],
          },
          { title: 'Training', lines: [{ description: 'Training of 20 armourers', amount: '300.00' }] },
        ],
      },
    },
    npc,
  );
  return proposal;
}

/** The same with a technical review by UNREC (Ghana's regional centre), endorsed by Ghana: in review until `reviewDeadline`. */
export async function proposalInReview(reviewDeadline: string): Promise<{ id: string; title: string }> {
  const proposal = await proposalAwaitingEndorsement({ technicalReview: true, reviewDeadline });
  await transition('endorseProposal', 'ProposalTransitionInput', { proposalId: proposal.id }, await tokenOf(DEMO.npc.email));
  return proposal;
}
