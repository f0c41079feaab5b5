import { Currency, ExchangeRate } from './currency.entity.js';
import { MemberState } from './member-state.entity.js';
import { RegionalOrganisation, RegionalOrganisationMember } from './regional-organisation.entity.js';
import { AssistanceType, MosaicModule, ThematicArea } from './taxonomy.entity.js';

export const REFERENCE_DATA_ENTITIES = [
  MemberState,
  RegionalOrganisation,
  RegionalOrganisationMember,
  ThematicArea,
  MosaicModule,
  AssistanceType,
  Currency,
  ExchangeRate,
];
