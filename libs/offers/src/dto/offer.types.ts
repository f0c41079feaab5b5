import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar, Language, LocalDateScalar, textVersion, TranslationKind } from '#libs/core';
import type { OfferTranslation } from '../entities/offer-translation.entity.js';
import type { Offer } from '../entities/offer.entity.js';
import { OfferStatus, OfferVisibility } from '../offer.enums.js';
import { OfferAction } from '../offer.state-machine.js';

@ObjectType('OfferBudget', { description: "Amounts in the offer's currency, with USD equivalents at the rate of usdRateDate." })
export class OfferBudgetView {
  @Field({ description: 'ISO 4217 code.' }) currency: string;
  @Field(() => DecimalScalar) total: string;
  @Field(() => DecimalScalar, { nullable: true }) minPerProject: string | null;
  @Field(() => DecimalScalar, { nullable: true }) maxPerProject: string | null;
  @Field(() => DecimalScalar, { description: 'What is still available (the total less commitments).' }) remaining: string;
  @Field(() => DecimalScalar, { nullable: true }) totalUsd: string | null;
  @Field(() => DecimalScalar, { nullable: true }) minPerProjectUsd: string | null;
  @Field(() => DecimalScalar, { nullable: true }) maxPerProjectUsd: string | null;
  @Field(() => DecimalScalar, { nullable: true }) remainingUsd: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) usdRateDate: string | null;
}

@ObjectType('OfferEligibility', { description: 'Who may benefit: everywhere, or these places.' })
export class OfferEligibilityView {
  @Field() everywhere: boolean;
  @Field(() => [String], { description: 'M49 region, subregion or intermediate-region codes.' }) regions: string[];
  @Field(() => [String], { description: 'ISO alpha-3 of Member States.' }) states: string[];
  @Field(() => [String], { description: 'Regional organisations whose members are eligible.' }) regionalOrganisations: string[];
}

@ObjectType('OfferText', { description: "An offer's text in one language: the original or a translation." })
export class OfferTextView {
  @Field(() => Language) language: Language;
  @Field() isOriginal: boolean;
  @Field(() => TranslationKind, { nullable: true, description: 'How the translation was made (null for the original).' })
  translationKind: TranslationKind | null;
  @Field() title: string;
  @Field() description: string;

  static original(offer: Offer): OfferTextView {
    return OfferTextView.of(offer, offer.originalLanguage, null);
  }

  static translation(t: OfferTranslation): OfferTextView {
    return OfferTextView.of(t, t.language, t.kind);
  }

  private static of(text: Pick<OfferTranslation, 'title' | 'description'>, language: string, translationKind: TranslationKind | null): OfferTextView {
    return Object.assign(new OfferTextView(), textVersion(language, translationKind), { title: text.title, description: text.description });
  }
}

export interface OfferViewer {
  privileged: boolean;
  actions: OfferAction[];
}

@ObjectType('Offer', { description: 'What a donor can give, to whom. Text fields are the original; see `text(lang)`.' })
export class OfferView {
  entity: Offer;

  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field(() => OfferStatus) status: OfferStatus;
  @Field() statusChangedAt: Date;
  @Field(() => Int) timeInStatusSeconds: number;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true, description: "The moderator's reasons (the donor and UNODA only)." }) returnReason: string | null;
  @Field(() => Language) originalLanguage: Language;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [String]) assistanceTypeCodes: string[];
  @Field(() => [String]) thematicAreaCodes: string[];
  @Field(() => OfferEligibilityView) eligibility: OfferEligibilityView;
  @Field(() => OfferBudgetView) budget: OfferBudgetView;
  @Field(() => LocalDateScalar) availableFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: until the money runs out.' }) availableUntil: string | null;
  @Field(() => String, { nullable: true }) modality: string | null;
  @Field(() => String, { nullable: true }) conditions: string | null;
  @Field(() => [Language]) workingLanguages: Language[];
  @Field(() => String, { nullable: true, description: 'Contact point (logged-in users only).' }) contactName: string | null;
  @Field(() => String, { nullable: true, description: 'Contact point (logged-in users only).' }) contactEmail: string | null;
  @Field(() => OfferVisibility) visibility: OfferVisibility;
  @Field(() => [OfferAction]) availableActions: OfferAction[];
  @Field(() => Int, { description: 'Give it back as expectedVersion when changing the offer.' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(offer: Offer, viewer: OfferViewer & { loggedIn: boolean }): OfferView {
    return Object.assign(new OfferView(), {
      entity: offer,
      id: offer.id,
      organisationId: offer.organisationId,
      status: offer.status,
      statusChangedAt: offer.statusChangedAt,
      timeInStatusSeconds: Math.max(0, Math.floor((Date.now() - offer.statusChangedAt.getTime()) / 1000)),
      publishedAt: offer.publishedAt,
      returnReason: viewer.privileged ? offer.returnReason : null,
      originalLanguage: offer.originalLanguage as Language,
      title: offer.title,
      description: offer.description,
      assistanceTypeCodes: offer.assistanceTypes,
      thematicAreaCodes: offer.thematicAreas,
      eligibility: {
        everywhere: offer.eligibleEverywhere,
        regions: offer.eligibleRegions,
        states: offer.eligibleStates,
        regionalOrganisations: offer.eligibleRegionalOrganisations,
      },
      budget: {
        currency: offer.budgetCurrency,
        total: offer.budgetTotal,
        minPerProject: offer.budgetMinPerProject,
        maxPerProject: offer.budgetMaxPerProject,
        remaining: offer.budgetRemaining,
        totalUsd: offer.budgetTotalUsd,
        minPerProjectUsd: offer.budgetMinPerProjectUsd,
        maxPerProjectUsd: offer.budgetMaxPerProjectUsd,
        remainingUsd: offer.budgetRemainingUsd,
        usdRateDate: offer.budgetUsdRateDate,
      },
      availableFrom: offer.availableFrom,
      availableUntil: offer.availableUntil,
      modality: offer.modality,
      conditions: offer.conditions,
      workingLanguages: offer.workingLanguages as Language[],
      contactName: viewer.loggedIn ? offer.contactName : null,
      contactEmail: viewer.loggedIn ? offer.contactEmail : null,
      visibility: offer.visibility,
      availableActions: viewer.actions,
      version: offer.version,
      createdAt: offer.createdAt,
      updatedAt: offer.updatedAt,
    });
  }
}
