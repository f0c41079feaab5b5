import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, Language, LocalDateScalar, TranslationKind } from '#libs/core';
import { Instrument, NeedCloseReason, NeedStatus, NeedVisibility } from '../need.enums.js';

@InputType()
export class MoneyInput {
  @Field(() => DecimalScalar) amount: string;
  @Field({ description: 'ISO 4217 code.' }) currency: string;
}

/** The fields of a need as the API takes them; checked by validateNeedFields like imports. */
@InputType()
export class NeedContentInput {
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) problem?: string;
  @Field({ nullable: true }) proposedActivities?: string;
  @Field(() => String, { nullable: true }) alreadyDone?: string | null;
  @Field(() => String, { nullable: true }) nationalContribution?: string | null;
  @Field(() => [String], { nullable: true, description: 'Thematic area codes.' }) thematicAreas?: string[];
  @Field(() => [String], { nullable: true, description: 'Assistance type codes.' }) assistanceTypes?: string[];
  @Field(() => [String], { nullable: true }) poaParagraphs?: string[];
  @Field(() => [String], { nullable: true }) itiParagraphs?: string[];
  @Field(() => [String], { nullable: true, description: 'MOSAIC module codes.' }) mosaicModules?: string[];
  @Field(() => MoneyInput, { nullable: true, description: 'Null removes the budget.' }) budget?: MoneyInput | null;
  @Field(() => Int, { nullable: true }) priorityRank?: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) timeframeStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) timeframeEnd?: string | null;
  @Field(() => NeedVisibility, { nullable: true }) visibility?: NeedVisibility | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the end of the current biennial reporting cycle.' })
  validUntil?: string | null;
}

/** A new need: what validateNeedFields requires is required here too (on edits, absent keeps). */
@InputType()
export class CreateNeedInput extends NeedContentInput {
  @Field({ description: 'ISO alpha-3 of the State asking.' }) stateIso3: string;
  @Field(() => String) declare title: string;
  @Field(() => String) declare problem: string;
  @Field(() => String) declare proposedActivities: string;
  @Field(() => Language, { nullable: true, description: "Language the text is written in; default the author's." })
  language?: Language | null;
}

@InputType()
export class UpdateNeedInput extends NeedContentInput {
  @Field(() => ID) needId: string;
  @Field(() => Int, { description: 'The version you read; a newer one on the server means someone else changed it (CONFLICT).' })
  expectedVersion: number;
}

@InputType()
export class NeedTransitionInput {
  @Field(() => ID) needId: string;
  @Field(() => Int, { nullable: true, description: 'When given, refused with CONFLICT if the need changed since.' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Why (required to return a need for edits).' }) reason?: string | null;
}

@InputType()
export class CloseNeedInput extends NeedTransitionInput {
  @Field(() => NeedCloseReason) closeReason: NeedCloseReason;
}

export enum ModerationAction {
  PUBLISH = 'PUBLISH',
  RETURN = 'RETURN',
}
registerEnumType(ModerationAction, { name: 'ModerationAction' });

@InputType()
export class ModerateNeedsInput {
  @Field(() => [ID]) needIds: string[];
  @Field(() => ModerationAction) action: ModerationAction;
  @Field(() => String, { nullable: true, description: 'Required to return needs for edits; shown to the States.' }) reason?: string | null;
}

@InputType()
export class SetNeedTranslationInput {
  @Field(() => ID) needId: string;
  @Field(() => Language) language: Language;
  @Field(() => TranslationKind) kind: TranslationKind;
  @Field() title: string;
  @Field() problem: string;
  @Field() proposedActivities: string;
  @Field(() => String, { nullable: true }) alreadyDone?: string | null;
  @Field(() => String, { nullable: true }) nationalContribution?: string | null;
}

export enum NeedSort {
  NEWEST = 'NEWEST',
  VALID_UNTIL = 'VALID_UNTIL',
  BUDGET_USD_DESC = 'BUDGET_USD_DESC',
  PRIORITY = 'PRIORITY',
  QUALITY = 'QUALITY',
  OLDEST_IN_STATUS = 'OLDEST_IN_STATUS',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(NeedSort, {
  name: 'NeedSort',
  valuesMap: {
    RELEVANCE: { description: 'Best text matches first (the default when searching).' },
    OLDEST_IN_STATUS: { description: 'Longest in their current status first (the moderation queue order).' },
  },
});

@InputType()
export class NeedFilter {
  @Field(() => [String], { nullable: true, description: 'ISO alpha-3 codes.' }) states?: string[];
  @Field({ nullable: true, description: 'M49 region code, e.g. "002" (Africa).' }) regionCode?: string;
  @Field({ nullable: true, description: 'M49 subregion code.' }) subregionCode?: string;
  @Field({ nullable: true, description: 'Needs of the members of this regional organisation.' }) regionalOrganisationCode?: string;
  @Field(() => [String], { nullable: true, description: 'Any of these thematic areas.' }) thematicAreas?: string[];
  @Field(() => [String], { nullable: true, description: 'Any of these assistance types.' }) assistanceTypes?: string[];
  @Field(() => [NeedStatus], { nullable: true, description: 'Default: PUBLISHED.' }) statuses?: NeedStatus[];
  @Field(() => DecimalScalar, { nullable: true }) budgetUsdMin?: string;
  @Field(() => DecimalScalar, { nullable: true }) budgetUsdMax?: string;
  @Field(() => LocalDateScalar, { nullable: true }) validUntilFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true }) validUntilTo?: string;
}

export enum ImportFileFormat {
  JSON = 'JSON',
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFileFormat, { name: 'ImportFileFormat' });

@InputType()
export class ImportNationalReportInput {
  @Field({ description: 'ISO alpha-3 of the State whose report it is.' }) stateIso3: string;
  @Field(() => ImportFileFormat) format: ImportFileFormat;
  @Field({ description: 'The file, base64-encoded (at most 5 MB once decoded). See docs/IMPORT.md.' }) contentBase64: string;
  @Field({ defaultValue: false, description: 'Validate and report without writing anything.' }) dryRun: boolean;
  @Field(() => Instrument, { nullable: true, description: 'Report metadata, where the file does not carry it (CSV).' })
  instrument?: Instrument | null;
  @Field(() => Int, { nullable: true }) reportingYear?: number | null;
  @Field(() => Language, { nullable: true }) language?: Language | null;
  @Field(() => String, { nullable: true }) sourceReference?: string | null;
}
