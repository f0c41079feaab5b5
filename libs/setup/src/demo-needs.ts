import type { EntityManager } from 'typeorm';
import { TranslationKind, type UnLanguage } from '#libs/core';
import {
  endOfReportingCycle,
  Instrument,
  NationalReport,
  Need,
  NeedsService,
  NeedStatus,
  NeedTranslation,
  validateNeedFields,
  withDefaults,
  type KnownCodes,
} from '#libs/needs';
import demoNeedsFile from '../data/demo-needs.json' with { type: 'json' };

interface DemoNeed {
  ref: string;
  section: string | null;
  budget: { amount: string; currency: string } | null;
  timeframe: { start: string; end: string } | null;
  demoStatus: string;
  returnReason?: string;
  translations: { language: string; kind: string; title: string; problem: string; proposedActivities: string }[];
  [field: string]: unknown;
}

interface DemoReport {
  report: { state: string; instrument: string; year: number; language: string; sourceReference: string };
  needs: DemoNeed[];
}

const DAY = 86_400_000;

/**
 * Realistic demo needs of 34 States (data/demo-needs.json), in five UN languages with some
 * translations, at every stage of moderation. Checked by the same rules as real needs; valid-until
 * dates that have passed since the file was written move to the end of the current cycle.
 * Skips reports already loaded. Returns the number of needs created.
 */
export async function loadDemoNeeds(manager: EntityManager, needs: NeedsService, known: KnownCodes, today: string): Promise<number> {
  const created: string[] = [];
  const reports = (demoNeedsFile as unknown as { reports: DemoReport[] }).reports;
  const keyOf = (r: { stateIso3: string; instrument: string; reportingYear: number }) => `${r.stateIso3}/${r.instrument}/${r.reportingYear}`;
  const loaded = new Set(
    (
      await manager.find(NationalReport, {
        select: { stateIso3: true, instrument: true, reportingYear: true },
        where: reports.map(({ report }) => ({ stateIso3: report.state, instrument: report.instrument as Instrument, reportingYear: report.year })),
      })
    ).map(keyOf),
  );
  for (const [reportIndex, { report, needs: items }] of reports.entries()) {
    if (loaded.has(keyOf({ stateIso3: report.state, instrument: report.instrument, reportingYear: report.year }))) continue;
    const saved = await manager.save(
      manager.create(NationalReport, {
        stateIso3: report.state,
        instrument: report.instrument as Instrument,
        reportingYear: report.year,
        language: report.language as UnLanguage,
        sourceReference: report.sourceReference,
      }),
    );
    for (const [needIndex, item] of items.entries()) {
      const { ref, section, budget, timeframe, demoStatus, returnReason, translations, ...rest } = item;
      const validUntil = typeof rest.validUntil === 'string' && rest.validUntil > today ? rest.validUntil : endOfReportingCycle(today);
      const { fields, problems } = validateNeedFields(
        { ...rest, validUntil, budgetAmount: budget?.amount, budgetCurrency: budget?.currency, timeframeStart: timeframe?.start, timeframeEnd: timeframe?.end },
        known,
        { partial: false, today },
      );
      if (problems.length) throw new Error(`demo need ${ref} is invalid: ${JSON.stringify(problems)}`);
      const status = demoStatus as NeedStatus;
      // Spread the demo over the past weeks, so the moderation queue has an order.
      const changedAt = new Date(Date.now() - ((reportIndex * 3 + needIndex) % 40) * DAY - DAY);
      const need = await manager.save(
        manager.create(Need, {
          ...withDefaults(fields),
          stateIso3: report.state,
          reportId: saved.id,
          reportSection: section,
          sourceRef: ref,
          originalLanguage: report.language as UnLanguage,
          status,
          statusChangedAt: changedAt,
          publishedAt: status === NeedStatus.PUBLISHED ? changedAt : null,
          endorsedAt: status === NeedStatus.DRAFT ? null : changedAt,
          returnReason: status === NeedStatus.RETURNED ? (returnReason ?? null) : null,
        }),
      );
      for (const t of translations) {
        await manager.insert(NeedTranslation, {
          needId: need.id,
          language: t.language as UnLanguage,
          kind: t.kind as TranslationKind,
          title: t.title,
          problem: t.problem,
          proposedActivities: t.proposedActivities,
        });
      }
      created.push(need.id);
    }
  }
  if (created.length) await needs.refreshUsdEquivalents(manager, { needIds: created });
  return created.length;
}
