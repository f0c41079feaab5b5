import { CORE_ENTITIES } from '#libs/core';
import { IDENTITY_ENTITIES } from '#libs/identity';
import { MATCHING_ENTITIES } from '#libs/matching';
import { NEEDS_ENTITIES } from '#libs/needs';
import { OFFERS_ENTITIES } from '#libs/offers';
import { NOTIFICATIONS_ENTITIES } from '#libs/notifications';
import { PROPOSALS_ENTITIES } from '#libs/proposals';
import { REFERENCE_DATA_ENTITIES } from '#libs/reference-data';

/** Every entity of the platform: what the migrations must match. */
export const ALL_ENTITIES = [
  ...CORE_ENTITIES,
  ...REFERENCE_DATA_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...NEEDS_ENTITIES,
  ...OFFERS_ENTITIES,
  ...MATCHING_ENTITIES,
  ...PROPOSALS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
];
