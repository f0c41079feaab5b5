import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar, Language } from '#libs/core';
import { NeedView } from '#libs/needs';
import { ANY, type StandingCriteria } from '../entities/standing-criteria.entity.js';

const strip = (list: string[]) => list.filter((v) => v !== ANY);

@ObjectType('StandingCriteria', { description: "A donor's saved search: which needs its policy covers. Empty lists mean any." })
export class StandingCriteriaView {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field({ description: 'Paused criteria match nothing.' }) active: boolean;
  @Field(() => [String]) thematicAreaCodes: string[];
  @Field(() => [String]) assistanceTypeCodes: string[];
  @Field(() => [String], { description: 'ISO alpha-3 of Member States.' }) states: string[];
  @Field(() => [String], { description: 'M49 region, subregion or intermediate-region codes.' }) regions: string[];
  @Field(() => [Language], { description: 'Languages a need must be readable in (original or translation).' }) languages: Language[];
  @Field(() => DecimalScalar, { nullable: true }) budgetUsdMin: string | null;
  @Field(() => DecimalScalar, { nullable: true }) budgetUsdMax: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;

  static from(c: StandingCriteria): StandingCriteriaView {
    const places = strip(c.places);
    return Object.assign(new StandingCriteriaView(), {
      id: c.id,
      organisationId: c.organisationId,
      name: c.name,
      active: c.active,
      thematicAreaCodes: strip(c.thematicAreas),
      assistanceTypeCodes: strip(c.assistanceTypes),
      states: places.filter((p) => !p.startsWith('M49:')),
      regions: places.filter((p) => p.startsWith('M49:')).map((p) => p.slice(4)),
      languages: strip(c.languages) as Language[],
      budgetUsdMin: c.budgetUsdMin,
      budgetUsdMax: c.budgetUsdMax,
      version: c.version,
      createdAt: c.createdAt,
    });
  }
}

@ObjectType('StandingCriteriaPreview')
export class StandingCriteriaPreviewView {
  @Field(() => [NeedView], { description: 'Published needs that fit now, newest first.' }) needs: NeedView[];
  @Field(() => Int, { description: 'How many fit in all.' }) totalCount: number;
}

@InputType()
export class StandingCriteriaContentInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => [String], { nullable: true, description: 'Thematic area codes; empty = any.' }) thematicAreas?: string[];
  @Field(() => [String], { nullable: true, description: 'Assistance type codes; empty = any.' }) assistanceTypes?: string[];
  @Field(() => [String], { nullable: true, description: 'ISO alpha-3; with regions, empty = anywhere.' }) states?: string[];
  @Field(() => [String], { nullable: true, description: 'M49 area codes; with states, empty = anywhere.' }) regions?: string[];
  @Field(() => [Language], { nullable: true, description: 'Empty = any language.' }) languages?: Language[];
  @Field(() => DecimalScalar, { nullable: true }) budgetUsdMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) budgetUsdMax?: string | null;
}

@InputType()
export class CreateStandingCriteriaInput extends StandingCriteriaContentInput {
  @Field(() => ID, { description: 'Your donor organisation.' }) organisationId: string;
  @Field(() => String) declare name: string;
}

@InputType()
export class UpdateStandingCriteriaInput extends StandingCriteriaContentInput {
  @Field(() => ID) criteriaId: string;
  @Field(() => Int) expectedVersion: number;
}
