import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Language, OrganisationType, Role } from '#libs/core';
import { UserStatus } from '../entities/user.entity.js';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({ description: 'The password to set: 12 to 128 characters.' })
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type: OrganisationType;

  @Field()
  @IsString()
  @Length(2, 300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  acronym?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO alpha-3 of the State; required for MEMBER_STATE and DONOR_GOVERNMENT.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'must be an ISO alpha-3 code such as GHA' })
  stateIso3?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the regional organisation or UN regional centre (required for UN_REGIONAL_CENTRE).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  regionalOrganisationCode?: string | null;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @Length(1, 200)
  displayName: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => Language, { nullable: true, description: 'Language of the invitation and notifications; English if not given.' })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language | null;
}

@InputType()
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string | null;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Africa/Accra.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string | null;
}

@InputType()
export class SetUserStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;

  @Field(() => UserStatus, { description: 'ACTIVE or DISABLED.' })
  @IsEnum(UserStatus)
  status: UserStatus;
}
