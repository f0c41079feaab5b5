import { OrganisationType, Role } from '#libs/core';

/** The password of every demo account: printed by `npm start` and in the README. */
export const DEMO_PASSWORD = 'gis-demo-2026';

export interface DemoOrganisation {
  key: string;
  type: OrganisationType;
  name: string;
  acronym: string | null;
  stateIso3?: string;
  regionalOrganisationCode?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  organisation: string;
  role: Role;
  language: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'unoda', type: OrganisationType.UNODA, name: 'United Nations Office for Disarmament Affairs', acronym: 'UNODA' },
  { key: 'ghana', type: OrganisationType.MEMBER_STATE, name: 'Ghana', acronym: null, stateIso3: 'GHA' },
  {
    key: 'germany',
    type: OrganisationType.DONOR_GOVERNMENT,
    name: 'Germany, Federal Foreign Office',
    acronym: 'AA',
    stateIso3: 'DEU',
  },
  {
    key: 'unrec',
    type: OrganisationType.UN_REGIONAL_CENTRE,
    name: 'United Nations Regional Centre for Peace and Disarmament in Africa',
    acronym: 'UNREC',
    regionalOrganisationCode: 'UNREC',
  },
];

/** One account per role, so a newcomer can try every flow. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@example.org', displayName: 'Demo Administrator', organisation: 'unoda', role: Role.ADMIN, language: 'en' },
  { email: 'moderator@example.org', displayName: 'Demo UNODA Moderator', organisation: 'unoda', role: Role.UNODA_MODERATOR, language: 'en' },
  { email: 'npc.ghana@example.org', displayName: 'Demo NPC of Ghana', organisation: 'ghana', role: Role.NPC, language: 'en' },
  { email: 'donor.germany@example.org', displayName: 'Demo Donor (Germany)', organisation: 'germany', role: Role.DONOR, language: 'en' },
  { email: 'reviewer.unrec@example.org', displayName: 'Demo UNREC Reviewer', organisation: 'unrec', role: Role.REGIONAL_REVIEWER, language: 'fr' },
];

/** Illustrative USD rates so budgets in other currencies show USD equivalents; not official rates. */
export const DEMO_EXCHANGE_RATES: { currencyCode: string; usdPerUnit: string }[] = [
  { currencyCode: 'EUR', usdPerUnit: '1.08' },
  { currencyCode: 'GBP', usdPerUnit: '1.27' },
  { currencyCode: 'CHF', usdPerUnit: '1.13' },
  { currencyCode: 'JPY', usdPerUnit: '0.0067' },
  { currencyCode: 'CAD', usdPerUnit: '0.73' },
  { currencyCode: 'AUD', usdPerUnit: '0.66' },
  { currencyCode: 'NOK', usdPerUnit: '0.093' },
  { currencyCode: 'SEK', usdPerUnit: '0.095' },
  { currencyCode: 'XOF', usdPerUnit: '0.00165' },
  { currencyCode: 'GHS', usdPerUnit: '0.065' },
];
export const DEMO_RATES_DATE = '2026-01-01';
