import { dayNumber, placeKey, termIds, type NeedProfile, type OfferProfile } from './profiles.js';

/** Test data shared by the scoring specs (not built into dist: see tsconfig.build.json). */

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ghana's place keys, as the reference gives them: the State, its M49 areas, its regional organisations. */
export const GHANA_PLACES = [
  placeKey.state('GHA'),
  placeKey.area('002'),
  placeKey.area('202'),
  placeKey.area('011'),
  placeKey.organisation('AU'),
  placeKey.organisation('ECOWAS'),
];

export const STATE_PLACES: Record<string, string[]> = {
  GHA: GHANA_PLACES,
  NGA: [placeKey.state('NGA'), placeKey.area('002'), placeKey.area('202'), placeKey.area('011'), placeKey.organisation('ECOWAS')],
  KEN: [placeKey.state('KEN'), placeKey.area('002'), placeKey.area('202'), placeKey.area('014'), placeKey.organisation('EAC')],
  PER: [placeKey.state('PER'), placeKey.area('019'), placeKey.area('419'), placeKey.area('005')],
  FJI: [placeKey.state('FJI'), placeKey.area('009'), placeKey.area('054')],
};

/** A part of the taxonomy's crosswalk: areas sharing modules, one with none. */
export const CROSSWALK: Record<string, string[]> = {
  MARKING: ['05.30'],
  RECORD_KEEPING: ['05.30'],
  TRACING: ['05.31'],
  LEGISLATION: ['03.10', '03.20', '03.30', '03.50'],
  MANUFACTURE: ['03.10'],
  INTERNATIONAL_TRANSFERS: ['03.20', '03.21'],
  DDR: ['02.30'],
  BROKERING: [],
};
export const AREAS = Object.keys(CROSSWALK);
export const MODULES = [...new Set(Object.values(CROSSWALK).flat())].sort();
export const modulesOf = (areas: readonly string[]) => [...new Set(areas.flatMap((a) => CROSSWALK[a] ?? []))].sort();

/** A listed need of Ghana about marking (MOSAIC 05.30), asking for training and equipment, in English. */
export const needFixture = (overrides: Partial<NeedProfile> = {}): NeedProfile => ({
  id: 'need-1',
  listed: true,
  stateIso3: 'GHA',
  places: GHANA_PLACES,
  areas: ['MARKING'],
  modules: [],
  areaModules: ['05.30'],
  types: ['TRAINING', 'EQUIPMENT'],
  budgetUsdCents: null,
  timeframe: null,
  validUntil: dayNumber('2027-12-31'),
  languages: ['en'],
  terms: termIds([]),
  basis: 'need-basis',
  ...overrides,
});

/** The day the specs score on, unless they say otherwise: before every fixture's window opens. */
export const TODAY = dayNumber('2026-06-01');

/** A listed offer for Ghana about marking, open from 2027-01-01 with no end, in English. */
export const offerFixture = (overrides: Partial<OfferProfile> = {}): OfferProfile => ({
  id: 'offer-1',
  organisationId: 'org-1',
  listed: true,
  everywhere: false,
  places: [placeKey.state('GHA')],
  areas: ['MARKING'],
  areaModules: ['05.30'],
  types: ['TRAINING', 'EQUIPMENT'],
  minUsdCents: null,
  maxUsdCents: null,
  remainingUsdCents: null,
  availableFrom: dayNumber('2027-01-01'),
  availableUntil: null,
  languages: ['en'],
  textLanguages: ['en'],
  terms: termIds([]),
  basis: 'offer-basis',
  ...overrides,
});

/**
 * Pair A, a strong match (score.spec.ts checks each score, explanation.spec.ts the sentences).
 * Theme MODULE (the need names 05.30, which the offer's MARKING covers) = 1; type: TRAINING of TRAINING + EQUIPMENT = 0.5; budget USD 50,000 within min 10,000 / cap
 * min(80,000, 200,000) = 80,000: FULL = 1; timeframe: 2027-03-01..31 is 31 days, the window opens
 * 03-11, so 11..31 = 21 days: 21/31; language: fr shared = 1; text: {mark, firearm, train} shared of
 * {mark, record, firearm, train, trace, kit} = 3/6 = 0.5.
 * Total = (35*1 + 20*0.5 + 20*1 + 10*21/31 + 10*1 + 5*0.5) / 100
 *       = (35 + 10 + 20 + 6.7742 + 10 + 2.5) / 100 = 0.842742 -> 0.8427.
 */
export const PAIR_A = {
  need: needFixture({
    id: 'need-a',
    areas: ['MARKING'],
    modules: ['05.30'],
    areaModules: ['05.30'],
    types: ['TRAINING', 'EQUIPMENT'],
    budgetUsdCents: 5_000_000,
    timeframe: { start: dayNumber('2027-03-01'), end: dayNumber('2027-03-31') },
    languages: ['en', 'fr'],
    terms: termIds(['mark', 'record', 'firearm', 'train']),
  }),
  offer: offerFixture({
    id: 'offer-a',
    places: [placeKey.organisation('ECOWAS')],
    areas: ['MARKING', 'TRACING'],
    areaModules: ['05.30', '05.31'],
    types: ['TRAINING'],
    minUsdCents: 1_000_000,
    maxUsdCents: 8_000_000,
    remainingUsdCents: 20_000_000,
    availableFrom: dayNumber('2027-03-11'),
    availableUntil: null,
    languages: ['fr'],
    terms: termIds(['mark', 'firearm', 'trace', 'train', 'kit']),
  }),
};
