import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService, Scheduled, todayUtc, type ScheduledTask } from '#libs/core';
import { sumDecimals } from '#libs/reference-data';
import { Proposal } from '../entities/proposal.entity.js';
import { FundingService } from '../funding/funding.service.js';
import { ProposalStatus as S } from './proposal.enums.js';
import { PROPOSAL_LIFE_CYCLE, ProposalAction } from './proposal.state-machine.js';
import { ProposalsService } from './proposals.service.js';
import { DEADLINE_EVENTS } from './proposal-events.js';

export interface DeadlinesResult {
  reviewsLapsed: number;
  expired: number;
  donorsAsked: number;
}

/**
 * Proposal deadlines, daily: a technical review not given by its deadline lapses (the proposal
 * goes to the market without it); a proposal not funded by its funding deadline expires, its
 * needs go back to the market, and each donor with open pledges is asked whether to redirect
 * them. One transaction per proposal, under its row lock, re-checking the status: a proposal
 * funded or changed meanwhile is left alone.
 */
@Scheduled('proposals.deadlines', '25 2 * * *')
@Injectable()
export class ProposalDeadlinesTask implements ScheduledTask {
  private readonly logger = new Logger(ProposalDeadlinesTask.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly funding: FundingService,
    private readonly outbox: OutboxService,
  ) {}

  async run(today: string = todayUtc()): Promise<DeadlinesResult> {
    const result: DeadlinesResult = { reviewsLapsed: 0, expired: 0, donorsAsked: 0 };
    const lapse = PROPOSAL_LIFE_CYCLE.rules.find((r) => r.action === ProposalAction.LAPSE_REVIEW)!;
    const expire = PROPOSAL_LIFE_CYCLE.rules.find((r) => r.action === ProposalAction.EXPIRE)!;
    const due = async (from: readonly S[], column: string) =>
      (
        await this.dataSource.query<{ id: string }[]>(`SELECT id FROM proposal WHERE status = ANY($1::text[]) AND ${column} < $2 ORDER BY id`, [from, today])
      ).map((r) => r.id);
    for (const id of await due(lapse.from, 'review_deadline')) {
      if ((await this.step(id, ProposalAction.LAPSE_REVIEW, lapse.from, 'review_deadline', today)) !== null) result.reviewsLapsed++;
    }
    for (const id of await due(expire.from, 'funding_deadline')) {
      const asked = await this.step(id, ProposalAction.EXPIRE, expire.from, 'funding_deadline', today);
      if (asked === null) continue;
      result.expired++;
      result.donorsAsked += asked;
    }
    if (result.reviewsLapsed || result.expired) this.logger.log(`deadlines: ${JSON.stringify(result)}`);
    return result;
  }

  /** Takes the step if the proposal is still due; the number of donors asked to redirect, or null if nothing was done. */
  private step(id: string, action: ProposalAction, from: readonly S[], column: 'review_deadline' | 'funding_deadline', today: string): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const deadline = proposal && (column === 'review_deadline' ? proposal.reviewDeadline : proposal.fundingDeadline);
      if (!proposal || !from.includes(proposal.status) || !deadline || deadline >= today) return null;
      const reason = `${column === 'review_deadline' ? 'Review' : 'Funding'} deadline ${deadline} passed`;
      const moved = await this.proposals.move(manager, proposal, action, 'SYSTEM', reason);
      if (action !== ProposalAction.EXPIRE) return 0;
      const pledges = await this.funding.openPledges(manager, proposal.id);
      await this.outbox.record(
        manager,
        ...[...pledges].map(([organisationId, open]) =>
          this.proposals.event(DEADLINE_EVENTS.redirectPledges, moved, 'SYSTEM', {
            organisationId,
            contributionIds: open.map((c) => c.id),
            amount: sumDecimals(open.map((c) => c.amount)),
            currency: moved.currency,
          }),
        ),
      );
      return pledges.size;
    });
  }
}
