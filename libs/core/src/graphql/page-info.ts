import { Field, ObjectType } from '@nestjs/graphql';

/** Relay page information, shared by every connection. */
@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}
