import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DecimalScalar, Language, LocalDateScalar, textVersion, TranslationKind } from '#libs/core';
import type { NationalReport } from '../entities/national-report.entity.js';
import type { NeedTranslation } from '../entities/need-translation.entity.js';
import type { Need } from '../entities/need.entity.js';
import { Instrument, NeedCloseReason, NeedStatus, NeedVisibility } from '../need.enums.js';
import type { QualityAssessment } from '../need-quality.js';
import { NeedAction } from '../need.state-machine.js';

registerEnumType(NeedAction, { name: 'NeedAction' });

@ObjectType('Money', { description: 'An exact amount in an ISO 4217 currency.' })
export class MoneyView {
  @Field(() => DecimalScalar) amount: string;
  @Field({ description: 'ISO 4217 code.' }) currency: string;
}

@ObjectType('Timeframe')
export class TimeframeView {
  @Field(() => LocalDateScalar, { nullable: true }) start: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) end: string | null;
}

@ObjectType('NeedText', { description: "A need's text in one language: the original or a translation." })
export class NeedTextView {
  @Field(() => Language) language: Language;
  @Field({ description: 'True when this is the text as the State wrote it.' }) isOriginal: boolean;
  @Field(() => TranslationKind, { nullable: true, description: 'How the translation was made (null for the original).' })
  translationKind: TranslationKind | null;
  @Field() title: string;
  @Field() problem: string;
  @Field() proposedActivities: string;
  @Field(() => String, { nullable: true }) alreadyDone: string | null;
  @Field(() => String, { nullable: true }) nationalContribution: string | null;

  static original(need: Need): NeedTextView {
    return NeedTextView.of(need, need.originalLanguage, null);
  }

  static translation(t: NeedTranslation): NeedTextView {
    return NeedTextView.of(t, t.language, t.kind);
  }

  private static of(text: NeedTranslatedFields, language: string, translationKind: TranslationKind | null): NeedTextView {
    const { title, problem, proposedActivities, alreadyDone, nationalContribution } = text;
    return Object.assign(new NeedTextView(), textVersion(language, translationKind), { title, problem, proposedActivities, alreadyDone, nationalContribution });
  }
}

type NeedTranslatedFields = Pick<NeedTranslation, 'title' | 'problem' | 'proposedActivities' | 'alreadyDone' | 'nationalContribution'>;

@ObjectType('QualityCheck')
export class QualityCheckView {
  @Field({
    description:
      'PROBLEM_STATED, ACTIVITIES_CONCRETE, TAXONOMY_CODED, BUDGET_PRESENT, BUDGET_PLAUSIBLE, ALREADY_DONE, NATIONAL_CONTRIBUTION, PRIORITY_GIVEN or TIMEFRAME_GIVEN.',
  })
  code: string;
  @Field() passed: boolean;
  @Field(() => Int) weight: number;
  @Field({ description: 'What to do to pass the check (English; translate by code).' }) hint: string;
}

@ObjectType('NeedQuality', { description: 'The request-quality meter: a 0-100 score and its checklist.' })
export class NeedQualityView {
  @Field(() => Int) score: number;
  @Field(() => [QualityCheckView]) checks: QualityCheckView[];

  static from(q: QualityAssessment): NeedQualityView {
    return Object.assign(new NeedQualityView(), { score: q.score, checks: q.checks });
  }
}

/** One audit entry of a need, with the display name of who made it (null: the system). */
export interface NeedHistoryRecord {
  needId: string;
  at: Date;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  actorName: string | null;
  data: Record<string, unknown> | null;
}

const NEED_STATUSES: ReadonlySet<string> = new Set(Object.values(NeedStatus));

/** The audit trail stores statuses as text: a value the enum no longer has reads as null. */
function needStatusOrNull(value: string | null): NeedStatus | null {
  return value !== null && NEED_STATUSES.has(value) ? (value as NeedStatus) : null;
}

@ObjectType('NeedHistoryEntry', { description: 'One thing that happened to a need, from its audit trail.' })
export class NeedHistoryEntryView {
  @Field() at: Date;
  @Field({
    description:
      'What happened, as its audit code: need.created, need.changed (content edited), need.transitioned (status changed), need.reconfirmed or need.translated.',
  })
  action: string;
  @Field(() => NeedStatus, { nullable: true, description: 'The status before (status changes only).' }) fromStatus: NeedStatus | null;
  @Field(() => NeedStatus, { nullable: true, description: 'The status after (creation and status changes).' }) toStatus: NeedStatus | null;
  @Field(() => String, {
    nullable: true,
    description: "Why, as given: a moderator's return reason, a close reason, the proposal that moved it, or the date it expired.",
  })
  reason: string | null;
  @Field(() => String, { nullable: true, description: 'Display name of the person who did it; null when the system did.' })
  actorName: string | null;
  @Field(() => [String], { nullable: true, description: 'The content fields an edit changed (need.changed only), as the audit trail names them.' })
  changedFields: string[] | null;

  static from(r: NeedHistoryRecord): NeedHistoryEntryView {
    const fields = r.data?.fields;
    return Object.assign(new NeedHistoryEntryView(), {
      at: r.at,
      action: r.action,
      fromStatus: needStatusOrNull(r.fromState),
      toStatus: needStatusOrNull(r.toState),
      reason: r.reason,
      actorName: r.actorName,
      changedFields: Array.isArray(fields) && fields.every((f) => typeof f === 'string') ? (fields as string[]) : null,
    });
  }
}

@ObjectType('NationalReport')
export class NationalReportView {
  @Field(() => ID) id: string;
  @Field() stateIso3: string;
  @Field(() => Instrument) instrument: Instrument;
  @Field(() => Int) reportingYear: number;
  @Field(() => Language) language: Language;
  @Field(() => String, { nullable: true }) sourceReference: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(r: NationalReport): NationalReportView {
    return Object.assign(new NationalReportView(), {
      id: r.id,
      stateIso3: r.stateIso3,
      instrument: r.instrument,
      reportingYear: r.reportingYear,
      language: r.language as Language,
      sourceReference: r.sourceReference,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    });
  }
}

/** What the viewer may see of a need beyond its public content. */
export interface NeedViewer {
  /** The viewer is an NPC of the need's State, or UNODA. */
  privileged: boolean;
  actions: NeedAction[];
  steps: { edit: boolean; reconfirm: boolean };
}

@ObjectType('Need', { description: 'What a State asks for. Text fields are the original; see `text(lang)` and `translations`.' })
export class NeedView {
  /** Kept for field resolvers; not exposed. */
  entity: Need;
  /** Whether the viewer sees the need's workings (`isPrivileged`); decides `quality` and `history` alike. Not exposed. */
  privileged: boolean;

  @Field(() => ID) id: string;
  @Field({ description: 'ISO alpha-3 of the requesting State.' }) stateIso3: string;
  @Field(() => NeedStatus) status: NeedStatus;
  @Field() statusChangedAt: Date;
  @Field(() => Int, { description: 'Seconds since the last status change.' }) timeInStatusSeconds: number;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true, description: "The moderator's reasons while returned for edits (the State and UNODA only)." })
  returnReason: string | null;
  @Field(() => NeedCloseReason, { nullable: true }) closeReason: NeedCloseReason | null;
  @Field(() => Language) originalLanguage: Language;
  @Field() title: string;
  @Field() problem: string;
  @Field() proposedActivities: string;
  @Field(() => String, { nullable: true }) alreadyDone: string | null;
  @Field(() => String, { nullable: true }) nationalContribution: string | null;
  @Field(() => [String]) thematicAreaCodes: string[];
  @Field(() => [String]) assistanceTypeCodes: string[];
  @Field(() => [String], { description: 'Paragraphs of section II of the PoA.' }) poaParagraphs: string[];
  @Field(() => [String], { description: 'Paragraphs of the ITI.' }) itiParagraphs: string[];
  @Field(() => [String]) mosaicModuleCodes: string[];
  @Field(() => MoneyView, { nullable: true, description: 'Indicative budget as the State gave it.' }) budget: MoneyView | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The budget in US dollars at the rate of budgetUsdRateDate.' })
  budgetUsd: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) budgetUsdRateDate: string | null;
  @Field(() => Int, { nullable: true, description: "1 = the State's highest priority." }) priorityRank: number | null;
  @Field(() => TimeframeView) timeframe: TimeframeView;
  @Field(() => NeedVisibility) visibility: NeedVisibility;
  @Field(() => LocalDateScalar) validUntil: string;
  @Field(() => String, { nullable: true, description: 'Section of the source report.' }) reportSection: string | null;
  @Field(() => String, { nullable: true, description: 'Reference of the need within its report.' }) sourceRef: string | null;
  @Field(() => Date, { nullable: true, description: 'When an NPC of the State endorsed the need (by submitting it).' })
  endorsedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The NPC who endorsed it (the State and UNODA only).' })
  endorsedByUserId: string | null;
  @Field(() => NeedQualityView, { nullable: true, description: 'The quality meter (the State and UNODA only).' })
  quality: NeedQualityView | null;
  @Field(() => [NeedAction], { description: 'What the viewer may do with the need now.' }) availableActions: NeedAction[];
  @Field({ description: 'Whether the viewer may edit its content now (its State, while draft, returned or published).' }) canEdit: boolean;
  @Field({ description: 'Whether the viewer may reconfirm it as still needed now (its State, while published).' }) canReconfirm: boolean;
  @Field(() => Int, { description: 'Give it back as expectedVersion when changing the need.' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(need: Need, viewer: NeedViewer, quality: () => QualityAssessment): NeedView {
    return Object.assign(new NeedView(), {
      entity: need,
      privileged: viewer.privileged,
      id: need.id,
      stateIso3: need.stateIso3,
      status: need.status,
      statusChangedAt: need.statusChangedAt,
      timeInStatusSeconds: Math.max(0, Math.floor((Date.now() - need.statusChangedAt.getTime()) / 1000)),
      publishedAt: need.publishedAt,
      returnReason: viewer.privileged ? need.returnReason : null,
      closeReason: need.closeReason,
      originalLanguage: need.originalLanguage as Language,
      title: need.title,
      problem: need.problem,
      proposedActivities: need.proposedActivities,
      alreadyDone: need.alreadyDone,
      nationalContribution: need.nationalContribution,
      thematicAreaCodes: need.thematicAreas,
      assistanceTypeCodes: need.assistanceTypes,
      poaParagraphs: need.poaParagraphs,
      itiParagraphs: need.itiParagraphs,
      mosaicModuleCodes: need.mosaicModules,
      budget: need.budgetAmount && need.budgetCurrency ? { amount: need.budgetAmount, currency: need.budgetCurrency } : null,
      budgetUsd: need.budgetUsd,
      budgetUsdRateDate: need.budgetUsdRateDate,
      priorityRank: need.priorityRank,
      timeframe: { start: need.timeframeStart, end: need.timeframeEnd },
      visibility: need.visibility,
      validUntil: need.validUntil,
      reportSection: need.reportSection,
      sourceRef: need.sourceRef,
      endorsedAt: need.endorsedAt,
      endorsedByUserId: viewer.privileged ? need.endorsedByUserId : null,
      quality: viewer.privileged ? NeedQualityView.from(quality()) : null,
      availableActions: viewer.actions,
      canEdit: viewer.steps.edit,
      canReconfirm: viewer.steps.reconfirm,
      version: need.version,
      createdAt: need.createdAt,
      updatedAt: need.updatedAt,
    });
  }
}

@ObjectType('NeedConnection')
export class NeedConnection extends Connection(NeedView, 'Need', { totalCount: 'How many needs match (counted when asked).' }) {}

@ObjectType('ImportProblem', { description: 'One problem in an import file.' })
export class ImportProblemView {
  @Field(() => Int, { nullable: true, description: 'Spreadsheet row (header = 1) or position in the JSON needs list; null for the file or report.' })
  row: number | null;
  @Field(() => String, { nullable: true, description: 'Column (CSV/XLSX) or field path (JSON).' }) column: string | null;
  @Field({ description: 'In English; clients say it from `reason` and `params`.' }) message: string;
  @Field(() => String, { nullable: true, description: 'Stable code of the problem (the reason registry, as refusals give it).' })
  reason?: string | null;
  @Field(() => String, { nullable: true, description: "The reason's params as a JSON object (numbers, texts, lists of codes)." })
  params?: string | null;
}

@ObjectType('ImportResult', { description: 'What an import did, or (dry run) would do.' })
export class ImportResultView {
  @Field() dryRun: boolean;
  @Field({ description: 'False when the file has errors: then nothing was written.' }) valid: boolean;
  @Field(() => NationalReportView, { nullable: true }) report: NationalReportView | null;
  @Field(() => Int) rows: number;
  @Field(() => Int, { description: 'Needs created (or that would be).' }) created: number;
  @Field(() => Int, { description: 'Draft needs updated from the file (or that would be).' }) updated: number;
  @Field(() => Int, { description: 'Needs left alone because they are no longer drafts (see warnings).' }) skipped: number;
  @Field(() => [ImportProblemView]) errors: ImportProblemView[];
  @Field(() => [ImportProblemView]) warnings: ImportProblemView[];
}
