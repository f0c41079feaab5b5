import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#libs/core';
import { OfferView } from './offer.types.js';

@ObjectType('OfferConnection')
export class OfferConnection extends Connection(OfferView, 'Offer', { totalCount: 'How many offers match (counted when asked).' }) {}
