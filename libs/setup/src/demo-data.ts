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

/**
 * Every State with needs in the demo data (data/demo-needs.json) besides Ghana: an organisation
 * and an NPC (`npc.<key>@example.org`, in the language of the State's report), so that any demo
 * need can go into a proposal and be endorsed. demo-data.spec.ts checks none is missing.
 */
export const DEMO_STATES: { key: string; iso3: string; name: string; language: DemoUser['language'] }[] = [
  { key: 'burkina-faso', iso3: 'BFA', name: 'Burkina Faso', language: 'fr' },
  { key: 'bosnia-herzegovina', iso3: 'BIH', name: 'Bosnia and Herzegovina', language: 'en' },
  { key: 'cote-divoire', iso3: 'CIV', name: "Côte d'Ivoire", language: 'fr' },
  { key: 'cameroon', iso3: 'CMR', name: 'Cameroon', language: 'fr' },
  { key: 'colombia', iso3: 'COL', name: 'Colombia', language: 'es' },
  { key: 'fiji', iso3: 'FJI', name: 'Fiji', language: 'en' },
  { key: 'guatemala', iso3: 'GTM', name: 'Guatemala', language: 'es' },
  { key: 'honduras', iso3: 'HND', name: 'Honduras', language: 'es' },
  { key: 'haiti', iso3: 'HTI', name: 'Haiti', language: 'fr' },
  { key: 'iraq', iso3: 'IRQ', name: 'Iraq', language: 'ar' },
  { key: 'jamaica', iso3: 'JAM', name: 'Jamaica', language: 'en' },
  { key: 'jordan', iso3: 'JOR', name: 'Jordan', language: 'ar' },
  { key: 'kenya', iso3: 'KEN', name: 'Kenya', language: 'en' },
  { key: 'kyrgyzstan', iso3: 'KGZ', name: 'Kyrgyzstan', language: 'ru' },
  { key: 'cambodia', iso3: 'KHM', name: 'Cambodia', language: 'en' },
  { key: 'lao', iso3: 'LAO', name: "Lao People's Democratic Republic", language: 'en' },
  { key: 'lebanon', iso3: 'LBN', name: 'Lebanon', language: 'ar' },
  { key: 'moldova', iso3: 'MDA', name: 'Republic of Moldova', language: 'en' },
  { key: 'north-macedonia', iso3: 'MKD', name: 'North Macedonia', language: 'en' },
  { key: 'mali', iso3: 'MLI', name: 'Mali', language: 'fr' },
  { key: 'mauritania', iso3: 'MRT', name: 'Mauritania', language: 'ar' },
  { key: 'niger', iso3: 'NER', name: 'Niger', language: 'fr' },
  { key: 'nigeria', iso3: 'NGA', name: 'Nigeria', language: 'en' },
  { key: 'nepal', iso3: 'NPL', name: 'Nepal', language: 'en' },
  { key: 'peru', iso3: 'PER', name: 'Peru', language: 'es' },
  { key: 'philippines', iso3: 'PHL', name: 'Philippines', language: 'en' },
  { key: 'papua-new-guinea', iso3: 'PNG', name: 'Papua New Guinea', language: 'en' },
  { key: 'senegal', iso3: 'SEN', name: 'Senegal', language: 'fr' },
  { key: 'el-salvador', iso3: 'SLV', name: 'El Salvador', language: 'es' },
  { key: 'south-sudan', iso3: 'SSD', name: 'South Sudan', language: 'en' },
  { key: 'chad', iso3: 'TCD', name: 'Chad', language: 'fr' },
  { key: 'tajikistan', iso3: 'TJK', name: 'Tajikistan', language: 'ru' },
  { key: 'uganda', iso3: 'UGA', name: 'Uganda', language: 'en' },
];

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
  // A second donor, so that pledges, a shared ledger and "another donor's" views can be tried.
  {
    key: 'japan',
    type: OrganisationType.DONOR_GOVERNMENT,
    name: 'Japan, Ministry of Foreign Affairs',
    acronym: 'MOFA',
    stateIso3: 'JPN',
  },
  ...DEMO_STATES.map((s) => ({ key: s.key, type: OrganisationType.MEMBER_STATE, name: s.name, acronym: null, stateIso3: s.iso3 })),
];

/** One account per role, so a newcomer can try every flow; a second donor; an NPC per State with demo needs. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@example.org', displayName: 'Demo Administrator', organisation: 'unoda', role: Role.ADMIN, language: 'en' },
  { email: 'moderator@example.org', displayName: 'Demo UNODA Moderator', organisation: 'unoda', role: Role.UNODA_MODERATOR, language: 'en' },
  { email: 'npc.ghana@example.org', displayName: 'Demo NPC of Ghana', organisation: 'ghana', role: Role.NPC, language: 'en' },
  { email: 'donor.germany@example.org', displayName: 'Demo Donor (Germany)', organisation: 'germany', role: Role.DONOR, language: 'en' },
  { email: 'reviewer.unrec@example.org', displayName: 'Demo UNREC Reviewer', organisation: 'unrec', role: Role.REGIONAL_REVIEWER, language: 'fr' },
  { email: 'donor.japan@example.org', displayName: 'Demo Donor (Japan)', organisation: 'japan', role: Role.DONOR, language: 'en' },
  ...DEMO_STATES.map((s) => ({
    email: `npc.${s.key}@example.org`,
    displayName: `Demo NPC of ${s.name}`,
    organisation: s.key,
    role: Role.NPC,
    language: s.language,
  })),
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
