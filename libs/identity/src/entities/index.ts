import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { User } from './user.entity.js';

export const IDENTITY_ENTITIES = [Organisation, User, Membership, Invitation, RefreshToken];
