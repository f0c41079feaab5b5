import { OfferTranslation } from './offer-translation.entity.js';
import { Offer } from './offer.entity.js';
import { StandingCriteria } from './standing-criteria.entity.js';

export const OFFERS_ENTITIES = [Offer, OfferTranslation, StandingCriteria];
