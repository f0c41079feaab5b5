import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, Language, LocalDateScalar, TranslationKind } from '#libs/core';
import { OfferStatus, OfferVisibility } from '../offer.enums.js';

/** The fields of an offer as the API takes them; checked by validateOfferFields. */
@InputType()
export class OfferContentInput {
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String], { nullable: true, description: 'Assistance type codes.' }) assistanceTypes?: string[];
  @Field(() => [String], { nullable: true, description: 'Thematic area codes.' }) thematicAreas?: string[];
  @Field({ nullable: true, description: 'Anyone may benefit.' }) eligibleEverywhere?: boolean;
  @Field(() => [String], { nullable: true, description: 'M49 region, subregion or intermediate-region codes.' }) eligibleRegions?: string[];
  @Field(() => [String], { nullable: true, description: 'ISO alpha-3 of Member States.' }) eligibleStates?: string[];
  @Field(() => [String], { nullable: true, description: 'Regional organisation codes (e.g. ECOWAS).' }) eligibleRegionalOrganisations?: string[];
  @Field({ nullable: true, description: 'ISO 4217 code of every amount.' }) budgetCurrency?: string;
  @Field(() => DecimalScalar, { nullable: true }) budgetTotal?: string;
  @Field(() => DecimalScalar, { nullable: true }) budgetMinPerProject?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) budgetMaxPerProject?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) availableFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: until the money runs out.' }) availableUntil?: string | null;
  @Field(() => String, { nullable: true }) modality?: string | null;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => [Language], { nullable: true }) workingLanguages?: Language[];
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => OfferVisibility, { nullable: true }) visibility?: OfferVisibility;
}

@InputType()
export class CreateOfferInput extends OfferContentInput {
  @Field(() => ID, { description: 'The donor organisation making the offer (one of yours).' }) organisationId: string;
  // What validateOfferFields requires of a new offer is required here too (on edits, absent keeps).
  @Field(() => String) declare title: string;
  @Field(() => String) declare description: string;
  @Field(() => String, { description: 'ISO 4217 code of every amount.' }) declare budgetCurrency: string;
  @Field(() => DecimalScalar) declare budgetTotal: string;
  @Field(() => LocalDateScalar, { description: 'The first day of the window.' }) declare availableFrom: string;
  @Field(() => Language, { nullable: true, description: "Language of the text; default the author's." }) language?: Language | null;
}

@InputType()
export class UpdateOfferInput extends OfferContentInput {
  @Field(() => ID) offerId: string;
  @Field(() => Int) expectedVersion: number;
}

@InputType()
export class OfferTransitionInput {
  @Field(() => ID) offerId: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Why (required to return an offer for edits).' }) reason?: string | null;
}

export enum OfferModerationAction {
  PUBLISH = 'PUBLISH',
  RETURN = 'RETURN',
}
registerEnumType(OfferModerationAction, { name: 'OfferModerationAction' });

@InputType()
export class ModerateOffersInput {
  @Field(() => [ID]) offerIds: string[];
  @Field(() => OfferModerationAction) action: OfferModerationAction;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class SetOfferTranslationInput {
  @Field(() => ID) offerId: string;
  @Field(() => Language) language: Language;
  @Field(() => TranslationKind) kind: TranslationKind;
  @Field() title: string;
  @Field() description: string;
}

export enum OfferSort {
  NEWEST = 'NEWEST',
  REMAINING_USD_DESC = 'REMAINING_USD_DESC',
  AVAILABLE_UNTIL = 'AVAILABLE_UNTIL',
  OLDEST_IN_STATUS = 'OLDEST_IN_STATUS',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(OfferSort, { name: 'OfferSort' });

@InputType()
export class OfferFilter {
  @Field(() => [ID], { nullable: true, description: 'Offers of these donor organisations.' }) organisations?: string[];
  @Field(() => [String], { nullable: true, description: 'Any of these thematic areas.' }) thematicAreas?: string[];
  @Field(() => [String], { nullable: true, description: 'Any of these assistance types.' }) assistanceTypes?: string[];
  @Field(() => [OfferStatus], { nullable: true, description: 'Default: PUBLISHED.' }) statuses?: OfferStatus[];
  @Field({ nullable: true, description: 'Offers this State (ISO alpha-3) is eligible for.' }) eligibleFor?: string;
  @Field(() => [Language], { nullable: true, description: 'The donor works in any of these languages.' }) workingLanguages?: Language[];
  @Field(() => DecimalScalar, { nullable: true, description: 'At least this much USD remaining.' }) remainingUsdMin?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Projects of this USD size are possible (within min/max per project).' })
  projectUsd?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Available on this date.' }) availableOn?: string;
}
