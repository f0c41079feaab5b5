import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DecimalScalar, LocalDateScalar } from '#libs/core';

@InputType()
export class SetExchangeRateInput {
  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code of three capital letters, e.g. EUR' })
  currencyCode: string;

  @Field(() => DecimalScalar, { description: 'US dollars for one unit of the currency, e.g. "1.0834".' })
  @Matches(/^\d{1,12}(\.\d{1,12})?$/, { message: 'must be a positive decimal such as "1.0834"' })
  usdPerUnit: string;

  @Field(() => LocalDateScalar, { description: 'First day the rate applies.' })
  @IsString()
  effectiveDate: string;

  @Field(() => String, { nullable: true, description: 'Where the rate comes from, e.g. "UN operational rate".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string | null;
}
