import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '#libs/core';
import { OfferView } from './offer.types.js';

@ObjectType('OfferEdge')
export class OfferEdge {
  @Field() cursor: string;
  @Field(() => OfferView) node: OfferView;
}

@ObjectType('OfferConnection')
export class OfferConnection {
  @Field(() => [OfferEdge]) edges: OfferEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  countAll: () => Promise<number>;
}
