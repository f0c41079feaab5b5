import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, LocalDateScalar, pickLocalized, type LocalizedText, type UnLanguage } from '#libs/core';
import type { Currency, ExchangeRate } from '../entities/currency.entity.js';
import type { MemberState } from '../entities/member-state.entity.js';
import { RegionalOrganisationKind, type RegionalOrganisation } from '../entities/regional-organisation.entity.js';
import type { AssistanceType, MosaicModule, ThematicArea } from '../entities/taxonomy.entity.js';

registerEnumType(RegionalOrganisationKind, { name: 'RegionalOrganisationKind' });

const views = new WeakMap<object, Partial<Record<UnLanguage, object>>>();

/**
 * The view of a reference row in a language. Rows of the in-memory reference data are frozen and
 * shared by every request, so their views are built once per language and shared (frozen) too:
 * a list of 193 States then costs no allocation per request. Other rows get a fresh view.
 */
function shared<T extends object>(row: object, lang: UnLanguage, build: () => T): T {
  if (!Object.isFrozen(row)) return build();
  const byLanguage = views.get(row) ?? {};
  let view = byLanguage[lang] as T | undefined;
  if (!view) {
    view = Object.freeze(build());
    byLanguage[lang] = view;
    views.set(row, byLanguage);
  }
  return view;
}

@ObjectType({ description: 'A text in each of the six UN languages.' })
export class LocalizedNames {
  @Field() ar: string;
  @Field() zh: string;
  @Field() en: string;
  @Field() fr: string;
  @Field() ru: string;
  @Field() es: string;

  static from(text: LocalizedText): LocalizedNames {
    const names = new LocalizedNames();
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) names[lang] = pickLocalized(text, lang);
    return names;
  }
}

/** A reference row's `name` in the language asked and its `names` in all six. */
function nameIn(names: LocalizedText, lang: UnLanguage): { name: string; names: LocalizedNames } {
  return { name: pickLocalized(names, lang), names: LocalizedNames.from(names) };
}

/** Views carry the language they were asked in, for their nested fields. */
abstract class Localized {
  lang: UnLanguage;
}

@ObjectType({ description: 'An area of the UN M49 standard (region, subregion, intermediate region).' })
export class M49Area {
  @Field({ description: 'Three-digit M49 code.' }) code: string;
  @Field({ description: 'English name of the area.' }) name: string;
}

@ObjectType('MemberState', { description: 'A UN Member State.' })
export class MemberStateView extends Localized {
  @Field({ description: 'ISO 3166-1 alpha-3 code.' }) iso3: string;
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) iso2: string;
  @Field({ description: 'UN M49 numeric code.' }) m49: string;
  @Field({ description: 'Name in the language asked.' }) name: string;
  @Field(() => LocalizedNames) names: LocalizedNames;
  @Field() unRegionalGroup: string;
  @Field(() => M49Area) region: M49Area;
  @Field(() => M49Area) subregion: M49Area;
  @Field(() => M49Area, { nullable: true }) intermediateRegion: M49Area | null;

  static from(e: MemberState, lang: UnLanguage): MemberStateView {
    return shared(e, lang, () =>
      Object.assign(new MemberStateView(), {
        lang,
        iso3: e.iso3,
        iso2: e.iso2,
        m49: e.m49,
        ...nameIn(e.names, lang),
        unRegionalGroup: e.unRegionalGroup,
        region: { code: e.m49RegionCode, name: e.m49RegionName },
        subregion: { code: e.m49SubregionCode, name: e.m49SubregionName },
        intermediateRegion: e.m49IntermediateRegionCode ? { code: e.m49IntermediateRegionCode, name: e.m49IntermediateRegionName ?? '' } : null,
      }),
    );
  }
}

@ObjectType('RegionalOrganisation', { description: 'A regional or subregional organisation, or a UN regional centre.' })
export class RegionalOrganisationView extends Localized {
  @Field() code: string;
  @Field(() => RegionalOrganisationKind) kind: RegionalOrganisationKind;
  @Field() name: string;
  @Field(() => LocalizedNames) names: LocalizedNames;
  @Field(() => Int, { nullable: true, description: 'Member count as the source gives it.' })
  declaredMemberCount: number | null;
  @Field(() => [String], { description: 'Members that are not UN Member States (ISO alpha-3).' })
  otherMembers: string[];
  @Field(() => String, { nullable: true, description: 'When the membership list was last verified.' })
  asOf: string | null;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;

  static from(e: RegionalOrganisation, lang: UnLanguage): RegionalOrganisationView {
    return shared(e, lang, () =>
      Object.assign(new RegionalOrganisationView(), {
        lang,
        code: e.code,
        kind: e.kind,
        ...nameIn(e.names, lang),
        declaredMemberCount: e.declaredMemberCount,
        otherMembers: e.otherMembers,
        asOf: e.asOf,
        source: e.source,
        notes: e.notes,
      }),
    );
  }
}

@ObjectType('MosaicModule', { description: 'A module of MOSAIC (formerly ISACS).' })
export class MosaicModuleView {
  @Field() code: string;
  @Field() name: string;
  @Field(() => LocalizedNames) names: LocalizedNames;

  static from(e: MosaicModule, lang: UnLanguage): MosaicModuleView {
    return shared(e, lang, () =>
      Object.assign(new MosaicModuleView(), {
        code: e.code,
        ...nameIn(e.names, lang),
      }),
    );
  }
}

@ObjectType('ThematicArea', { description: 'A thematic area of PoA/ITI reporting.' })
export class ThematicAreaView extends Localized {
  @Field() code: string;
  @Field() name: string;
  @Field(() => LocalizedNames) names: LocalizedNames;
  @Field(() => String, { nullable: true, description: 'PoA section II paragraph(s), where verified.' })
  poaSection: string | null;
  @Field(() => [String], { description: 'Codes of the MOSAIC modules this area maps to.' })
  mosaicModuleCodes: string[];
  @Field(() => String, { nullable: true }) notes: string | null;

  static from(e: ThematicArea, lang: UnLanguage): ThematicAreaView {
    return shared(e, lang, () =>
      Object.assign(new ThematicAreaView(), {
        lang,
        code: e.code,
        ...nameIn(e.names, lang),
        poaSection: e.poaSection,
        mosaicModuleCodes: e.mosaicModules,
        notes: e.notes,
      }),
    );
  }
}

@ObjectType('AssistanceType', { description: 'A kind of assistance.' })
export class AssistanceTypeView {
  @Field() code: string;
  @Field() name: string;
  @Field(() => LocalizedNames) names: LocalizedNames;
  @Field(() => [String], { description: 'IATI aid-type codes that usually correspond.' })
  iatiAidTypes: string[];

  static from(e: AssistanceType, lang: UnLanguage): AssistanceTypeView {
    return shared(e, lang, () =>
      Object.assign(new AssistanceTypeView(), {
        code: e.code,
        ...nameIn(e.names, lang),
        iatiAidTypes: e.iatiAidTypes,
      }),
    );
  }
}

@ObjectType('Currency', { description: 'An ISO 4217 currency.' })
export class CurrencyView {
  @Field() code: string;
  @Field() numericCode: string;
  @Field(() => Int, { nullable: true, description: 'Digits after the decimal point.' })
  minorUnits: number | null;
  @Field() name: string;
  @Field(() => LocalizedNames) names: LocalizedNames;

  static from(e: Currency, lang: UnLanguage): CurrencyView {
    return shared(e, lang, () =>
      Object.assign(new CurrencyView(), {
        code: e.code,
        numericCode: e.numericCode,
        minorUnits: e.minorUnits,
        ...nameIn(e.names, lang),
      }),
    );
  }
}

@ObjectType('ExchangeRate', { description: 'US dollars per unit of a currency, from a date on.' })
export class ExchangeRateView {
  @Field() id: string;
  @Field() currencyCode: string;
  @Field(() => DecimalScalar) usdPerUnit: string;
  @Field(() => LocalDateScalar) effectiveDate: string;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field() createdAt: Date;

  static from(e: ExchangeRate): ExchangeRateView {
    return Object.assign(new ExchangeRateView(), {
      id: e.id,
      currencyCode: e.currencyCode,
      usdPerUnit: normaliseDecimal(e.usdPerUnit),
      effectiveDate: e.effectiveDate,
      source: e.source,
      createdAt: e.createdAt,
    });
  }
}

/** PostgreSQL returns numeric(24,12) with trailing zeros; "1.080000000000" reads better as "1.08". */
export function normaliseDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
