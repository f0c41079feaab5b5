import { OfferIndex } from './offer-index.js';
import { dayNumber, placeKey, type NeedProfile, type OfferProfile } from './profiles.js';
import { HardFilter, hardFilter, themeLevel, windowEnded } from './score.js';
import { AREAS, MODULES, modulesOf, mulberry32, needFixture, offerFixture, STATE_PLACES, TODAY } from './scoring.fixtures.js';

const ALL_PLACES = [...new Set(Object.values(STATE_PLACES).flat()), placeKey.organisation('OAS')];
const BASE_DAY = dayNumber('2027-01-01');

const need = (overrides: Partial<NeedProfile> = {}): NeedProfile => needFixture({ places: STATE_PLACES.GHA, types: [], ...overrides });
const offer = (id: string, overrides: Partial<OfferProfile> = {}): OfferProfile => offerFixture({ id, types: [], basis: `basis-${id}`, ...overrides });

const entry = (profile: OfferProfile, stamp = `stamp-${profile.id}`) => ({ profile, stamp });
const ids = (offers: readonly OfferProfile[]) => offers.map((o) => o.id);

const window = (availableFrom: number, days: number | null) => ({ availableFrom, availableUntil: days === null ? null : availableFrom + days });

function randomOffers(seed: number, count: number): OfferProfile[] {
  const rand = mulberry32(seed);
  const subset = <T>(values: readonly T[], p: number) => values.filter(() => rand() < p);
  return Array.from({ length: count }, (_, i) => {
    const areas = rand() < 0.15 ? [] : subset(AREAS, 0.2);
    return offer(`offer-${String(Math.floor(rand() * 1e6)).padStart(6, '0')}-${i}`, {
      listed: rand() < 0.9,
      everywhere: rand() < 0.15,
      places: subset(ALL_PLACES, 0.12),
      areas,
      areaModules: modulesOf(areas),
      ...window(BASE_DAY + Math.floor(rand() * 500), rand() < 0.4 ? null : Math.floor(rand() * 300)),
    });
  });
}

function randomNeeds(seed: number, count: number): NeedProfile[] {
  const rand = mulberry32(seed);
  const subset = <T>(values: readonly T[], p: number) => values.filter(() => rand() < p);
  const states = Object.keys(STATE_PLACES);
  return Array.from({ length: count }, (_, i) => {
    const state = states[Math.floor(rand() * states.length)];
    const areas = subset(AREAS, 0.2);
    return need({
      id: `need-${i}`,
      stateIso3: state,
      places: STATE_PLACES[state],
      areas,
      modules: subset(MODULES, 0.1),
      areaModules: modulesOf(areas),
      validUntil: BASE_DAY + 100 + Math.floor(rand() * 400),
    });
  });
}

/** The day the random offers are indexed on: some of their windows have ended. */
const RANDOM_DAY = BASE_DAY + 300;

/** What the index promises: eligible (everywhere or a place in common), some thematic relation, a window not ended. */
const placeThemeAndWindow = (n: NeedProfile, o: OfferProfile, today: number) =>
  (o.everywhere || o.places.some((p) => n.places.includes(p))) && themeLevel(n, o) !== null && !windowEnded(o, today);

describe('OfferIndex.candidates against brute force', () => {
  const needs = randomNeeds(7, 80);

  it.each([0, 1, 31, 32, 33, 63, 64, 65, 97, 300])('with %i offers: a superset of the fitting offers, in id order', (count) => {
    const offers = randomOffers(1000 + count, count);
    const index = new OfferIndex(offers.map((o) => entry(o)));
    expect(index.size).toBe(count);
    let fitting = 0;
    let ended = 0;
    for (const n of needs) {
      const found = index.candidates(n, RANDOM_DAY);
      const foundIds = new Set(ids(found));
      const fits = offers.filter((o) => hardFilter(n, o, RANDOM_DAY) === null);
      fitting += fits.length;
      for (const o of fits) expect(foundIds.has(o.id)).toBe(true);
      // Exactly the offers with a place and a theme in common whose window has not ended (the
      // index does not read the listing or the window's opening).
      expect(ids(found)).toEqual(ids(offers.filter((o) => placeThemeAndWindow(n, o, RANDOM_DAY)).sort((a, b) => (a.id < b.id ? -1 : 1))));
      expect(foundIds.size).toBe(found.length);
      ended += offers.filter((o) => hardFilter(n, o, RANDOM_DAY) === HardFilter.WINDOW_ENDED).length;
    }
    if (count >= 31) expect([fitting > 0, ended > 0]).toEqual([true, true]);
  });

  it('finds the offers at every bit position of several words (31, 32, 63, 64 ...)', () => {
    const offers = Array.from({ length: 130 }, (_, i) => offer(`o-${String(i).padStart(3, '0')}`, { everywhere: i % 2 === 0, places: [] }));
    const index = new OfferIndex(offers.map((o) => entry(o)));
    const found = ids(index.candidates(need(), TODAY));
    expect(found).toEqual(ids(offers.filter((_, i) => i % 2 === 0)));
    const all = new OfferIndex(offers.map((o) => entry({ ...o, everywhere: true })));
    expect(ids(all.candidates(need(), TODAY))).toEqual(ids(offers));
    expect(ids(all.candidates(need(), TODAY))).toEqual(expect.arrayContaining(['o-031', 'o-032', 'o-063', 'o-064', 'o-127', 'o-128', 'o-129']));
  });

  it('returns offers eligible everywhere to a need of any State', () => {
    const index = new OfferIndex([entry(offer('o-everywhere', { everywhere: true, places: [] })), entry(offer('o-ghana'))]);
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-everywhere', 'o-ghana']);
    expect(ids(index.candidates(need({ places: STATE_PLACES.PER }), TODAY))).toEqual(['o-everywhere']);
  });

  it('returns offers naming no thematic area to a need of any theme, and to a need naming none', () => {
    const index = new OfferIndex([entry(offer('o-open', { areas: [], areaModules: [] })), entry(offer('o-marking'))]);
    expect(ids(index.candidates(need({ areas: ['DDR'], areaModules: ['02.30'] }), TODAY))).toEqual(['o-open']);
    expect(ids(index.candidates(need({ areas: [], areaModules: [] }), TODAY))).toEqual(['o-open']);
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-marking', 'o-open']);
  });

  it('relates themes through modules: the need naming one, and areas sharing one', () => {
    const index = new OfferIndex([entry(offer('o-marking')), entry(offer('o-tracing', { areas: ['TRACING'], areaModules: ['05.31'] }))]);
    expect(ids(index.candidates(need({ areas: ['RECORD_KEEPING'], areaModules: ['05.30'] }), TODAY))).toEqual(['o-marking']);
    expect(ids(index.candidates(need({ areas: ['DDR'], areaModules: ['02.30'], modules: ['05.31'] }), TODAY))).toEqual(['o-tracing']);
  });

  it('matches each kind of place key', () => {
    const index = new OfferIndex([
      entry(offer('o-state', { places: [placeKey.state('GHA')] })),
      entry(offer('o-area', { places: [placeKey.area('011')] })),
      entry(offer('o-organisation', { places: [placeKey.organisation('ECOWAS')] })),
      entry(offer('o-kenya', { places: [placeKey.state('KEN'), placeKey.area('014')] })),
    ]);
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-area', 'o-organisation', 'o-state']);
    expect(ids(index.candidates(need({ places: STATE_PLACES.NGA }), TODAY))).toEqual(['o-area', 'o-organisation']);
    expect(ids(index.candidates(need({ places: STATE_PLACES.KEN }), TODAY))).toEqual(['o-kenya']);
  });

  it('leaves out an offer from the day after its window ends, whatever the day it was indexed', () => {
    const end = dayNumber('2027-06-30');
    const index = new OfferIndex([entry(offer('o-ending', { availableUntil: end })), entry(offer('o-open-ended'))]);
    for (let today = end - 3; today <= end + 3; today++) {
      expect(ids(index.candidates(need(), today))).toEqual(today > end ? ['o-open-ended'] : ['o-ending', 'o-open-ended']);
    }
    // Still indexed (a run may read it again): only the candidates leave it out.
    expect(index.get('o-ending')?.id).toBe('o-ending');
  });

  it('finds nothing in an empty index', () => {
    const index = new OfferIndex([]);
    expect(index.size).toBe(0);
    expect(index.ids).toEqual([]);
    expect(index.candidates(need(), TODAY)).toEqual([]);
  });
});

describe('OfferIndex lookups and update', () => {
  const a = offer('o-a');
  const b = offer('o-b', { places: [placeKey.state('KEN')] });
  const c = offer('o-c', { areas: ['DDR'], areaModules: ['02.30'] });
  const build = () => new OfferIndex([entry(c, '30'), entry(a, '10'), entry(b, '20')]);

  it('gives each offer and its stamp by id', () => {
    const index = build();
    expect(index.get('o-a')).toBe(a);
    expect(index.get('o-missing')).toBeUndefined();
    expect(index.stampOf('o-b')).toBe('20');
    expect(index.stampOf('o-missing')).toBeUndefined();
    expect([...index.ids].sort()).toEqual(['o-a', 'o-b', 'o-c']);
    expect(index.size).toBe(3);
  });

  it('replaces a changed offer: its new profile, stamp and bits', () => {
    const index = build();
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-a']);
    const ghanaB = { ...b, places: [placeKey.state('GHA')] };
    index.update([entry(ghanaB, '21')], []);
    expect(index.get('o-b')).toBe(ghanaB);
    expect(index.stampOf('o-b')).toBe('21');
    expect(index.size).toBe(3);
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-a', 'o-b']);
    // A changed offer also leaves the sets it no longer belongs to.
    index.update([entry({ ...a, areas: ['DDR'], areaModules: ['02.30'] }, '11')], []);
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-b']);
    expect(ids(index.candidates(need({ areas: ['DDR'], areaModules: ['02.30'] }), TODAY))).toEqual(['o-a', 'o-c']);
  });

  it('adds new offers and drops those gone', () => {
    const index = build();
    index.update([entry(offer('o-0'), '1'), entry(offer('o-d'), '40')], ['o-a', 'o-unknown']);
    expect([...index.ids].sort()).toEqual(['o-0', 'o-b', 'o-c', 'o-d']);
    expect(index.get('o-a')).toBeUndefined();
    expect(index.stampOf('o-a')).toBeUndefined();
    expect(index.stampOf('o-d')).toBe('40');
    expect(index.stampOf('o-c')).toBe('30');
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-0', 'o-d']);
  });

  it('keeps an offer both changed and gone (the change wins)', () => {
    const index = build();
    index.update([entry(a, '12')], ['o-a']);
    expect(index.stampOf('o-a')).toBe('12');
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-a']);
  });

  it('does nothing for an empty update', () => {
    const index = build();
    index.update([], []);
    expect(index.size).toBe(3);
    expect(ids(index.candidates(need(), TODAY))).toEqual(['o-a']);
  });

  it('grows and shrinks across word boundaries and stays equal to a fresh index', () => {
    const offers = randomOffers(99, 70);
    const needs = randomNeeds(100, 30);
    const index = new OfferIndex(offers.slice(0, 20).map((o) => entry(o)));
    index.update(
      offers.slice(20).map((o) => entry(o)),
      [],
    );
    expect(index.size).toBe(70);
    const gone = offers.filter((_, i) => i % 3 === 0).map((o) => o.id);
    index.update([], gone);
    const left = offers.filter((o) => !gone.includes(o.id));
    const fresh = new OfferIndex(left.map((o) => entry(o)));
    expect(index.size).toBe(left.length);
    for (const n of needs) {
      expect(ids(index.candidates(n, TODAY))).toEqual(ids(fresh.candidates(n, TODAY)));
      for (const o of left.filter((x) => hardFilter(n, x, TODAY) === null)) expect(ids(index.candidates(n, TODAY))).toContain(o.id);
      for (const id of gone) expect(ids(index.candidates(n, TODAY))).not.toContain(id);
    }
  });
});
