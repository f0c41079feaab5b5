import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '#libs/core';
import { MatchStatus } from '../match.enums.js';
import type { MatchSettings } from './match-settings.js';
import {
  breakdownDigest,
  DECIDED_STATUSES,
  heldBack,
  needsAffectedByOffer,
  pairBasis,
  planNeed,
  rankOffers,
  type ExistingMatch,
  type MatchWrite,
  type NeedStanding,
} from './planning.js';
import { dayNumber, placeKey, termIds, type NeedProfile, type OfferProfile } from './profiles.js';
import { explainMatch, HardFilter, partialSum, scoreMatch, totalOf as totalFromPartial } from './score.js';
import { AREAS, MODULES, modulesOf, mulberry32, needFixture, offerFixture, STATE_PLACES, TODAY } from './scoring.fixtures.js';

/** A listed need of Ghana about marking and tracing, asking for training, in English. */
const need = (overrides: Partial<NeedProfile> = {}): NeedProfile =>
  needFixture({ areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'], types: ['TRAINING'], terms: termIds(['mark', 'trace']), ...overrides });

/**
 * A listed offer on marking for Ghana, giving training, in English: against need() it scores
 * AREA 0.8, type 1, budget and timeframe unknown 0.5, language 1, text 0:
 * (35*0.8 + 20 + 10 + 5 + 10 + 0) / 100 = 0.73.
 */
const offer = (id: string, overrides: Partial<OfferProfile> = {}): OfferProfile =>
  offerFixture({ id, types: ['TRAINING'], terms: termIds(['stockpile']), basis: `basis-${id}`, ...overrides });

/** Offers of known totals against need(), best first. */
const OFFERS = {
  /** The texts are the same: text 1, 0.73 + 0.05 = 0.78 (strong). */
  strong: offer('o-strong', { terms: termIds(['mark', 'trace']) }),
  /** 0.73. */
  good: offer('o-good'),
  /** In Spanish only: 0.73 - 0.10 = 0.63. */
  fair: offer('o-fair', { languages: ['es'] }),
  /** Financial assistance only: 0.73 - 0.20 = 0.53. */
  weak: offer('o-weak', { types: ['FINANCIAL'] }),
  /** Both: 0.43, under the minimum. */
  low: offer('o-low', { types: ['FINANCIAL'], languages: ['es'] }),
  /** For Kenya only: not eligible. */
  far: offer('o-far', { places: [placeKey.state('KEN')] }),
};
const ALL_OFFERS = Object.values(OFFERS);
const OFFERS_BY_ID = new Map(ALL_OFFERS.map((o) => [o.id, o]));

const SETTINGS: MatchSettings = { weights: DEFAULT_MATCH_WEIGHTS, minScore: 0.5, strongScore: 0.75, perNeed: 2 };

const totalOf = (n: NeedProfile, o: OfferProfile, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): number => {
  const result = scoreMatch(n, o, weights, TODAY);
  if (!result.fits) throw new Error(`${n.id}/${o.id} does not fit`);
  return result.total;
};

/** A stored row as the engine last wrote it for the pair (unchanged unless overridden). */
const row = (n: NeedProfile, o: OfferProfile, overrides: Partial<ExistingMatch> = {}): ExistingMatch => {
  const result = scoreMatch(n, o, DEFAULT_MATCH_WEIGHTS, TODAY);
  return {
    needId: n.id,
    offerId: o.id,
    status: MatchStatus.SUGGESTED,
    score: result.fits ? result.total : null,
    fits: result.fits,
    basis: pairBasis(n, o),
    // A row stored with another score or fit was stored with another breakdown too.
    digest: 'score' in overrides || 'fits' in overrides ? 'stale' : breakdownDigest(explainMatch(n, o, DEFAULT_MATCH_WEIGHTS, TODAY)),
    dismissedBasis: null,
    strongAnnounced: false,
    ...overrides,
  };
};

const rowsByOffer = (rows: ExistingMatch[]) => new Map(rows.map((r) => [r.offerId, r]));
const ranked = (list: { offer: OfferProfile; total: number }[]) => list.map((r) => [r.offer.id, r.total]);

describe('the fixtures', () => {
  it('have the totals the tests rely on', () => {
    const n = need();
    expect(ALL_OFFERS.filter((o) => o !== OFFERS.far).map((o) => totalOf(n, o))).toEqual([0.78, 0.73, 0.63, 0.53, 0.43]);
    expect(scoreMatch(n, OFFERS.far, DEFAULT_MATCH_WEIGHTS, TODAY)).toEqual({ fits: false, failed: HardFilter.NOT_ELIGIBLE });
  });
});

describe('pairBasis, heldBack and DECIDED_STATUSES', () => {
  it('joins the two bases', () => {
    expect(pairBasis(need({ basis: 'nb' }), offer('o', { basis: 'ob' }))).toBe('nb.ob');
  });

  it('are the statuses holding an interest or a confirmation', () => {
    expect([...DECIDED_STATUSES].sort()).toEqual(['CONFIRMED', 'INTEREST_ACCEPTED', 'INTEREST_DECLINED', 'INTEREST_EXPRESSED']);
  });

  it('holds back decided rows and dismissals on the same basis only', () => {
    const base = row(need(), OFFERS.good);
    expect(heldBack(undefined, 'x')).toBe(false);
    for (const status of DECIDED_STATUSES) expect(heldBack({ ...base, status }, base.basis)).toBe(true);
    expect(heldBack({ ...base, status: MatchStatus.DISMISSED, dismissedBasis: base.basis }, base.basis)).toBe(true);
    expect(heldBack({ ...base, status: MatchStatus.DISMISSED, dismissedBasis: 'older' }, base.basis)).toBe(false);
    expect(heldBack({ ...base, status: MatchStatus.DISMISSED, dismissedBasis: null }, base.basis)).toBe(false);
    expect(heldBack({ ...base, status: MatchStatus.SUGGESTED }, base.basis)).toBe(false);
    expect(heldBack({ ...base, status: MatchStatus.WITHDRAWN, dismissedBasis: base.basis }, base.basis)).toBe(false);
  });
});

describe('rankOffers', () => {
  const n = need();

  it('keeps the perNeed best that fit and reach the minimum, best first', () => {
    expect(ranked(rankOffers(n, ALL_OFFERS, new Map(), SETTINGS, TODAY))).toEqual([
      ['o-strong', 0.78],
      ['o-good', 0.73],
    ]);
    expect(ranked(rankOffers(n, ALL_OFFERS, new Map(), { ...SETTINGS, perNeed: 10 }, TODAY))).toEqual([
      ['o-strong', 0.78],
      ['o-good', 0.73],
      ['o-fair', 0.63],
      ['o-weak', 0.53],
    ]);
    expect(ranked(rankOffers(n, ALL_OFFERS, new Map(), { ...SETTINGS, perNeed: 10, minScore: 0 }, TODAY))).toHaveLength(5);
    expect(ranked(rankOffers(n, ALL_OFFERS, new Map(), { ...SETTINGS, minScore: 0.78 }, TODAY))).toEqual([['o-strong', 0.78]]);
    expect(ranked(rankOffers(n, ALL_OFFERS, new Map(), { ...SETTINGS, minScore: 0.7801 }, TODAY))).toEqual([]);
  });

  it('does not depend on the order of the candidates', () => {
    const reversed = [...ALL_OFFERS].reverse();
    expect(ranked(rankOffers(n, reversed, new Map(), SETTINGS, TODAY))).toEqual(ranked(rankOffers(n, ALL_OFFERS, new Map(), SETTINGS, TODAY)));
  });

  it('breaks ties by offer id, ascending', () => {
    const twins = ['o-c', 'o-a', 'o-d', 'o-b'].map((id) => offer(id));
    expect(ranked(rankOffers(n, twins, new Map(), SETTINGS, TODAY))).toEqual([
      ['o-a', 0.73],
      ['o-b', 0.73],
    ]);
    // A better total wins over a smaller id.
    const better = offer('o-z', { terms: termIds(['mark', 'trace']) });
    expect(ranked(rankOffers(n, [...twins, better], new Map(), SETTINGS, TODAY))).toEqual([
      ['o-z', 0.78],
      ['o-a', 0.73],
    ]);
  });

  it('breaks ties by id when only the text sets them apart from the bound', () => {
    // Same scores but the text: o-b has the better text, o-a the smaller id.
    const a = offer('o-a', { terms: termIds(['mark', 'x-1']) });
    const b = offer('o-b', { terms: termIds(['mark', 'trace']) });
    const c = offer('o-c', { terms: termIds(['mark', 'x-1']) });
    expect(ranked(rankOffers(n, [c, b, a], new Map(), { ...SETTINGS, perNeed: 2 }, TODAY))).toEqual([
      ['o-b', 0.78],
      ['o-a', 0.7467],
    ]);
  });

  it('lets in a candidate whose best possible total only ties the last total, when its id is smaller', () => {
    // Language and text only. o-b: language 1, text 1/2 -> 0.75 (bound 1). o-a: no working
    // language (0.5), same text (1) -> 0.75 (bound 0.75, the last total). The tie goes to o-a.
    const weights = { theme: 0, type: 0, budget: 0, timeframe: 0, language: 1, text: 1 };
    const b = offer('o-b', { terms: termIds(['mark']) });
    const a = offer('o-a', { languages: [], terms: termIds(['mark', 'trace']) });
    expect(ranked(rankOffers(n, [b, a], new Map(), { ...SETTINGS, weights, perNeed: 1 }, TODAY))).toEqual([['o-a', 0.75]]);
    expect(ranked(rankOffers(n, [a, b], new Map(), { ...SETTINGS, weights, perNeed: 2 }, TODAY))).toEqual([
      ['o-a', 0.75],
      ['o-b', 0.75],
    ]);
  });

  it.each(DECIDED_STATUSES)('never suggests a pair that is %s', (status) => {
    const existing = rowsByOffer([row(n, OFFERS.strong, { status })]);
    expect(ranked(rankOffers(n, ALL_OFFERS, existing, SETTINGS, TODAY))).toEqual([
      ['o-good', 0.73],
      ['o-fair', 0.63],
    ]);
  });

  it('holds back a pair dismissed on the same basis, and suggests it again on a new one', () => {
    const sameBasis = rowsByOffer([row(n, OFFERS.strong, { status: MatchStatus.DISMISSED, dismissedBasis: pairBasis(n, OFFERS.strong) })]);
    expect(ranked(rankOffers(n, ALL_OFFERS, sameBasis, SETTINGS, TODAY)).map(([id]) => id)).toEqual(['o-good', 'o-fair']);
    const changed = rowsByOffer([row(n, OFFERS.strong, { status: MatchStatus.DISMISSED, dismissedBasis: 'need-basis.older-offer-basis' })]);
    expect(ranked(rankOffers(n, ALL_OFFERS, changed, SETTINGS, TODAY)).map(([id]) => id)).toEqual(['o-strong', 'o-good']);
  });

  it.each([MatchStatus.SUGGESTED, MatchStatus.WITHDRAWN])('suggests a pair that is %s', (status) => {
    const existing = rowsByOffer([row(n, OFFERS.strong, { status })]);
    expect(ranked(rankOffers(n, ALL_OFFERS, existing, SETTINGS, TODAY)).map(([id]) => id)).toEqual(['o-strong', 'o-good']);
  });

  it('suggests nothing to a need that is not listed', () => {
    expect(rankOffers(need({ listed: false }), ALL_OFFERS, new Map(), SETTINGS, TODAY)).toEqual([]);
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Brute force on seeded random profiles                                                       */
/* ------------------------------------------------------------------------------------------ */

const ALL_PLACES = [...new Set(Object.values(STATE_PLACES).flat())];
const TYPES = ['TRAINING', 'EQUIPMENT', 'FINANCIAL', 'TECHNICAL'];
const LANGUAGES = ['en', 'fr', 'es'];
const WORDS = ['arm', 'mark', 'record', 'trace', 'stock', 'border', 'law', 'train', 'kit', 'survey', 'youth', 'gender'];
const AMOUNTS = [100_000, 500_000, 1_000_000, 2_000_000, 5_000_000];
const BASE_DAY = dayNumber('2027-01-01');

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(values: readonly T[]): T {
    return values[this.int(values.length)];
  }
  subset<T>(values: readonly T[], p: number): T[] {
    return values.filter(() => this.chance(p));
  }
  shuffle<T>(values: readonly T[]): T[] {
    const out = [...values];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

const pad = (i: number) => String(i).padStart(4, '0');

function randomNeed(r: Random, i: number): NeedProfile {
  const stateIso3 = r.pick(Object.keys(STATE_PLACES));
  const areas = r.subset(AREAS, 0.3).sort();
  const start = BASE_DAY + r.int(300);
  const languages = r.subset(LANGUAGES, 0.4);
  return {
    id: `need-${pad(i)}`,
    listed: r.chance(0.92),
    stateIso3,
    places: STATE_PLACES[stateIso3],
    areas,
    modules: r.subset(MODULES, 0.1),
    areaModules: modulesOf(areas),
    types: r.subset(TYPES, 0.4),
    budgetUsdCents: r.chance(0.25) ? null : r.pick(AMOUNTS),
    timeframe: r.chance(0.3) ? null : { start, end: start + r.int(200) },
    validUntil: BASE_DAY + 100 + r.int(400),
    languages: languages.length ? languages : [r.pick(LANGUAGES)],
    terms: termIds(r.subset(WORDS, 0.3)),
    basis: `nb-${r.int(3)}`,
  };
}

function randomOffer(r: Random, i: number): OfferProfile {
  const areas = r.chance(0.15) ? [] : r.subset(AREAS, 0.3).sort();
  const availableFrom = BASE_DAY + r.int(400);
  return {
    id: `offer-${pad(i)}`,
    organisationId: `org-${r.int(5)}`,
    listed: r.chance(0.92),
    everywhere: r.chance(0.2),
    places: r.subset(ALL_PLACES, 0.2).sort(),
    areas,
    areaModules: modulesOf(areas),
    types: r.subset(TYPES, 0.4),
    minUsdCents: r.chance(0.5) ? null : r.pick(AMOUNTS.slice(0, 3)),
    maxUsdCents: r.chance(0.5) ? null : r.pick(AMOUNTS.slice(2)),
    remainingUsdCents: r.chance(0.15) ? null : r.pick(AMOUNTS),
    availableFrom,
    availableUntil: r.chance(0.4) ? null : availableFrom + r.int(300),
    languages: r.subset(LANGUAGES, 0.4),
    textLanguages: [r.pick(LANGUAGES)],
    terms: termIds(r.subset(WORDS, 0.3)),
    basis: `ob-${r.int(3)}`,
  };
}

/** Stored rows for some pairs, in any status, dismissed on the current basis or an older one. */
function randomRows(r: Random, n: NeedProfile, offers: readonly OfferProfile[]): ExistingMatch[] {
  const statuses = Object.values(MatchStatus);
  return offers
    .filter(() => r.chance(0.12))
    .map((o) => ({
      needId: n.id,
      offerId: o.id,
      status: r.pick(statuses),
      score: null,
      fits: false,
      basis: 'whatever',
      digest: 'whatever',
      dismissedBasis: r.chance(0.5) ? `${n.basis}.${o.basis}` : 'older',
      strongAnnounced: false,
    }));
}

/** The day the random profiles are scored on: some windows have not opened yet, some have ended. */
const RANDOM_DAY = BASE_DAY + 200;

/** What rankOffers must return, computed the slow way: score every candidate. */
function bruteForce(n: NeedProfile, offers: readonly OfferProfile[], existing: ReadonlyMap<string, ExistingMatch>, settings: MatchSettings) {
  const decided = new Set<string>([MatchStatus.CONFIRMED, MatchStatus.INTEREST_EXPRESSED, MatchStatus.INTEREST_ACCEPTED, MatchStatus.INTEREST_DECLINED]);
  const kept: [string, number][] = [];
  for (const o of offers) {
    const result = scoreMatch(n, o, settings.weights, RANDOM_DAY);
    if (!result.fits || result.total < settings.minScore) continue;
    const stored = existing.get(o.id);
    if (stored && (decided.has(stored.status) || (stored.status === MatchStatus.DISMISSED && stored.dismissedBasis === `${n.basis}.${o.basis}`))) continue;
    kept.push([o.id, result.total]);
  }
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { all: kept, top: kept.slice(0, settings.perNeed) };
}

describe('rankOffers against brute force (seeded random profiles)', () => {
  const r = new Random(20270101);
  const offers = Array.from({ length: 320 }, (_, i) => randomOffer(r, i));
  const needs = Array.from({ length: 50 }, (_, i) => randomNeed(r, i));
  const rows = new Map(needs.map((n) => [n.id, rowsByOffer(randomRows(r, n, offers))]));
  const shuffled = new Map(needs.map((n) => [n.id, r.shuffle(offers)]));

  const WEIGHTS: [string, MatchWeights][] = [
    ['default weights', DEFAULT_MATCH_WEIGHTS],
    ['text-heavy weights', { theme: 10, type: 5, budget: 5, timeframe: 5, language: 5, text: 70 }],
    ['equal weights', { theme: 1, type: 1, budget: 1, timeframe: 1, language: 1, text: 1 }],
    ['language and text only', { theme: 0, type: 0, budget: 0, timeframe: 0, language: 1, text: 1 }],
  ];
  const CASES = WEIGHTS.flatMap(([name, weights]) =>
    [1, 3, 10, 1000].flatMap((perNeed) => [0, 0.3, 0.5, 0.65].map((minScore) => ({ name, weights, perNeed, minScore }))),
  );

  it.each(CASES)('$name, perNeed $perNeed, minScore $minScore: the same list', ({ weights, perNeed, minScore }) => {
    const settings: MatchSettings = { weights, minScore, strongScore: 0.75, perNeed };
    let truncated = 0;
    for (const n of needs) {
      const existing = rows.get(n.id)!;
      const expected = bruteForce(n, offers, existing, settings);
      expect(ranked(rankOffers(n, shuffled.get(n.id)!, existing, settings, RANDOM_DAY))).toEqual(expected.top);
      if (expected.all.length > perNeed) truncated++;
    }
    // The comparison means something only if lists had to be cut.
    if (perNeed < 10 && minScore < 0.65) expect(truncated).toBeGreaterThan(0);
  });

  it('ranks by the same totals scoreMatch gives: totalOf(partialSum, text) to the last bit, the bound above it', () => {
    let pairs = 0;
    for (const [, weights] of WEIGHTS) {
      for (const n of needs.slice(0, 20)) {
        for (const o of offers) {
          const result = scoreMatch(n, o, weights, RANDOM_DAY);
          const partial = partialSum(n, o, weights, RANDOM_DAY);
          expect(partial === null).toBe(!result.fits);
          if (!result.fits || partial === null) continue;
          expect(totalFromPartial(partial, result.scores.text, weights)).toBe(result.total);
          expect(totalFromPartial(partial, 1, weights)).toBeGreaterThanOrEqual(result.total);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('exercises what makes the ranking hard: ties, held-back rows, failures of every filter', () => {
    const settings: MatchSettings = { weights: DEFAULT_MATCH_WEIGHTS, minScore: 0, strongScore: 1, perNeed: 1000 };
    let ties = 0;
    let held = 0;
    const failures = new Set<string>();
    for (const n of needs) {
      const existing = rows.get(n.id)!;
      const { all } = bruteForce(n, offers, existing, settings);
      for (let i = 1; i < all.length; i++) if (all[i][1] === all[i - 1][1]) ties++;
      for (const o of offers) {
        const result = scoreMatch(n, o, settings.weights, RANDOM_DAY);
        if (!result.fits) failures.add(result.failed);
        else if (!all.some(([id]) => id === o.id)) held++;
      }
    }
    expect(ties).toBeGreaterThan(10);
    expect(held).toBeGreaterThan(10);
    expect([...failures].sort()).toEqual(Object.values(HardFilter).sort());
  });
});

/* ------------------------------------------------------------------------------------------ */
/* planNeed                                                                                     */
/* ------------------------------------------------------------------------------------------ */

describe('planNeed', () => {
  const n = need();
  const plan = (existing: ExistingMatch[], settings: MatchSettings = SETTINGS, theNeed: NeedProfile | null = n) =>
    planNeed(n.id, theNeed, ALL_OFFERS, OFFERS_BY_ID, existing, settings, TODAY);
  const suggestion = (o: OfferProfile, overrides: Partial<MatchWrite> = {}): MatchWrite => ({
    needId: n.id,
    offerId: o.id,
    status: MatchStatus.SUGGESTED,
    score: totalOf(n, o),
    fits: true,
    breakdown: explainMatch(n, o, SETTINGS.weights, TODAY),
    digest: breakdownDigest(explainMatch(n, o, SETTINGS.weights, TODAY)),
    basis: pairBasis(n, o),
    announce: false,
    previousStatus: null,
    ...overrides,
  });
  const byOffer = (writes: MatchWrite[], o: OfferProfile) => writes.find((w) => w.offerId === o.id);

  it('writes new suggestions, announcing those at or above the strong score', () => {
    expect(plan([])).toEqual([suggestion(OFFERS.strong, { announce: true }), suggestion(OFFERS.good)]);
  });

  it('announces at exactly the strong score', () => {
    const writes = plan([], { ...SETTINGS, strongScore: 0.73 });
    expect(writes.map((w) => [w.offerId, w.announce])).toEqual([
      ['o-strong', true],
      ['o-good', true],
    ]);
    expect(plan([], { ...SETTINGS, strongScore: 0.7301 }).map((w) => w.announce)).toEqual([true, false]);
  });

  it('leaves unchanged suggestions alone', () => {
    expect(plan([row(n, OFFERS.strong, { strongAnnounced: true }), row(n, OFFERS.good)])).toEqual([]);
    // Announced or not: an unchanged row is not written.
    expect(plan([row(n, OFFERS.strong, { strongAnnounced: false }), row(n, OFFERS.good)])).toEqual([]);
  });

  it('rewrites a suggestion whose explanation changed though its score did not (a new exchange rate, new weights)', () => {
    // The same share of the budget is covered, so the same score; but the USD figures moved.
    const before = need({ budgetUsdCents: 5_000_000 });
    const after = need({ budgetUsdCents: 5_400_000 });
    const stored = row(before, OFFERS.strong, { strongAnnounced: true });
    const writes = planNeed(n.id, after, [OFFERS.strong], OFFERS_BY_ID, [stored], { ...SETTINGS, perNeed: 1 }, TODAY);
    expect(writes).toHaveLength(1);
    expect(writes[0].score).toBe(stored.score);
    expect(writes[0].breakdown.budget!.needUsd).toBe('54000.00');
    expect(writes[0].digest).not.toBe(stored.digest);
    // New weights under which the pair still scores the same are another explanation too.
    const reweighed = planNeed(
      n.id,
      before,
      [OFFERS.strong],
      OFFERS_BY_ID,
      [stored],
      { ...SETTINGS, perNeed: 1, weights: { ...DEFAULT_MATCH_WEIGHTS, text: 6 } },
      TODAY,
    );
    expect(reweighed.map((w) => w.breakdown.weights.text)).toEqual([6]);
  });

  it('rewrites a suggestion whose score, basis or fit changed', () => {
    for (const change of [{ score: 0.7 }, { basis: 'need-basis.older' }, { fits: false }]) {
      const writes = plan([row(n, OFFERS.strong, { strongAnnounced: true, ...change }), row(n, OFFERS.good)]);
      expect(writes).toEqual([suggestion(OFFERS.strong, { previousStatus: MatchStatus.SUGGESTED, announce: false })]);
    }
  });

  it('announces a suggestion that became strong, once', () => {
    const before = row(n, OFFERS.strong, { score: 0.7, strongAnnounced: false });
    expect(byOffer(plan([before]), OFFERS.strong)).toEqual(suggestion(OFFERS.strong, { previousStatus: MatchStatus.SUGGESTED, announce: true }));
    expect(byOffer(plan([{ ...before, strongAnnounced: true }]), OFFERS.strong)?.announce).toBe(false);
  });

  it('brings back a withdrawn pair and announces it again when strong', () => {
    const writes = plan([
      row(n, OFFERS.strong, { status: MatchStatus.WITHDRAWN, strongAnnounced: true }),
      row(n, OFFERS.good, { status: MatchStatus.WITHDRAWN }),
    ]);
    expect(writes).toEqual([
      suggestion(OFFERS.strong, { previousStatus: MatchStatus.WITHDRAWN, announce: true }),
      suggestion(OFFERS.good, { previousStatus: MatchStatus.WITHDRAWN }),
    ]);
  });

  it('brings back a pair dismissed on an older basis, with previousStatus DISMISSED', () => {
    const writes = plan([row(n, OFFERS.strong, { status: MatchStatus.DISMISSED, dismissedBasis: 'need-basis.older' })]);
    expect(byOffer(writes, OFFERS.strong)).toEqual(suggestion(OFFERS.strong, { previousStatus: MatchStatus.DISMISSED, announce: true }));
  });

  it('withdraws a suggestion that better offers push out, with its fresh score', () => {
    const writes = plan([row(n, OFFERS.fair, { score: 0.6 })]);
    expect(byOffer(writes, OFFERS.fair)).toEqual({
      ...suggestion(OFFERS.fair),
      status: MatchStatus.WITHDRAWN,
      score: 0.63,
      previousStatus: MatchStatus.SUGGESTED,
    });
    expect(writes.map((w) => w.offerId)).toEqual(['o-strong', 'o-good', 'o-fair']);
  });

  it('withdraws a suggestion pushed out even when its score did not move', () => {
    const writes = plan([row(n, OFFERS.strong), row(n, OFFERS.good), row(n, OFFERS.fair)]);
    expect(writes).toEqual([{ ...suggestion(OFFERS.fair), status: MatchStatus.WITHDRAWN, previousStatus: MatchStatus.SUGGESTED }]);
  });

  it('withdraws a suggestion that no longer fits, with no score and the failed filter', () => {
    const before = row(n, OFFERS.good, { offerId: OFFERS.far.id, score: 0.73, fits: true, basis: pairBasis(n, OFFERS.far) });
    const writes = plan([row(n, OFFERS.strong), row(n, OFFERS.good), before]);
    expect(writes).toEqual([
      {
        needId: n.id,
        offerId: 'o-far',
        status: MatchStatus.WITHDRAWN,
        score: null,
        fits: false,
        breakdown: { fits: false, failed: HardFilter.NOT_ELIGIBLE, weights: DEFAULT_MATCH_WEIGHTS },
        digest: breakdownDigest({ fits: false, failed: HardFilter.NOT_ELIGIBLE, weights: DEFAULT_MATCH_WEIGHTS }),
        basis: pairBasis(n, OFFERS.far),
        announce: false,
        previousStatus: MatchStatus.SUGGESTED,
      },
    ]);
  });

  it('leaves a withdrawn row that stays out and did not change', () => {
    expect(plan([row(n, OFFERS.strong), row(n, OFFERS.good), row(n, OFFERS.fair, { status: MatchStatus.WITHDRAWN })])).toEqual([]);
  });

  it.each(DECIDED_STATUSES)('rescores a %s row but keeps its status, and suggests the next best instead', (status) => {
    const writes = plan([row(n, OFFERS.strong, { status, score: 0.5 })]);
    expect(writes).toEqual([
      suggestion(OFFERS.good),
      suggestion(OFFERS.fair),
      { ...suggestion(OFFERS.strong), status, score: 0.78, previousStatus: status, announce: false },
    ]);
  });

  it.each(DECIDED_STATUSES)('does not write a %s row whose score and basis stand', (status) => {
    const writes = plan([row(n, OFFERS.strong, { status }), row(n, OFFERS.good), row(n, OFFERS.fair)]);
    expect(writes).toEqual([]);
  });

  it('keeps a dismissal on the same basis, rescoring it when the score moved', () => {
    const dismissed = row(n, OFFERS.strong, { status: MatchStatus.DISMISSED, dismissedBasis: pairBasis(n, OFFERS.strong) });
    expect(plan([dismissed, row(n, OFFERS.good), row(n, OFFERS.fair)])).toEqual([]);
    expect(plan([{ ...dismissed, score: 0.2, digest: 'stale' }, row(n, OFFERS.good), row(n, OFFERS.fair)])).toEqual([
      { ...suggestion(OFFERS.strong), status: MatchStatus.DISMISSED, previousStatus: MatchStatus.DISMISSED },
    ]);
  });

  it('withdraws every suggestion of a need that is no longer listed; decided rows keep their status', () => {
    const unlisted = need({ listed: false });
    const writes = planNeed(
      n.id,
      unlisted,
      ALL_OFFERS,
      OFFERS_BY_ID,
      [
        row(n, OFFERS.strong),
        row(n, OFFERS.good, { strongAnnounced: true }),
        row(n, OFFERS.fair, { status: MatchStatus.CONFIRMED }),
        row(n, OFFERS.weak, {
          status: MatchStatus.WITHDRAWN,
          score: null,
          fits: false,
          digest: breakdownDigest({ fits: false, failed: HardFilter.NOT_LISTED, weights: DEFAULT_MATCH_WEIGHTS }),
        }),
      ],
      SETTINGS,
      TODAY,
    );
    const gone = (o: OfferProfile, status: MatchStatus): MatchWrite => ({
      needId: n.id,
      offerId: o.id,
      status,
      score: null,
      fits: false,
      breakdown: { fits: false, failed: HardFilter.NOT_LISTED, weights: DEFAULT_MATCH_WEIGHTS },
      digest: breakdownDigest({ fits: false, failed: HardFilter.NOT_LISTED, weights: DEFAULT_MATCH_WEIGHTS }),
      basis: pairBasis(unlisted, o),
      announce: false,
      previousStatus: status === MatchStatus.WITHDRAWN ? MatchStatus.SUGGESTED : status,
    });
    expect(writes).toEqual([gone(OFFERS.strong, MatchStatus.WITHDRAWN), gone(OFFERS.good, MatchStatus.WITHDRAWN), gone(OFFERS.fair, MatchStatus.CONFIRMED)]);
  });

  it('writes nothing for a need that no longer exists (its rows cascade)', () => {
    expect(plan([row(n, OFFERS.strong), row(n, OFFERS.fair, { status: MatchStatus.CONFIRMED })], SETTINGS, null)).toEqual([]);
  });

  it('skips rows whose offer no longer exists', () => {
    const orphan = row(n, OFFERS.good, { offerId: 'o-deleted', basis: 'x' });
    expect(plan([row(n, OFFERS.strong), row(n, OFFERS.good), orphan])).toEqual([]);
  });

  it('stores the breakdown explainMatch gives, with the settings weights', () => {
    const weights = { theme: 1, type: 1, budget: 1, timeframe: 1, language: 1, text: 1 };
    const writes = plan([], { ...SETTINGS, weights, minScore: 0 });
    expect(writes).toHaveLength(2);
    for (const w of writes) {
      expect(w.breakdown).toEqual(explainMatch(n, OFFERS_BY_ID.get(w.offerId)!, weights, TODAY));
      expect(w.score).toBe(totalOf(n, OFFERS_BY_ID.get(w.offerId)!, weights));
    }
  });
});

/* ------------------------------------------------------------------------------------------ */
/* needsAffectedByOffer                                                                         */
/* ------------------------------------------------------------------------------------------ */

describe('needsAffectedByOffer', () => {
  /** Scores 0.73 against every need below that fits (see offer()). */
  const o = OFFERS.good;
  const candidate = (id: string, overrides: Partial<NeedProfile> = {}) => need({ id, ...overrides });
  const affected = (candidates: NeedProfile[], rows: ExistingMatch[] = [], standing: [string, NeedStanding][] = [], theOffer: OfferProfile | null = o) =>
    needsAffectedByOffer(theOffer, candidates, rows, new Map(standing), SETTINGS, TODAY);

  it('affects a need with no suggestions', () => {
    expect(affected([candidate('n-1')])).toEqual(['n-1']);
    expect(affected([candidate('n-1')], [], [['n-1', { suggested: 0, lowest: null }]])).toEqual(['n-1']);
  });

  it('affects a need with fewer suggestions than perNeed, even all better', () => {
    expect(affected([candidate('n-1')], [], [['n-1', { suggested: 1, lowest: 0.95 }]])).toEqual(['n-1']);
  });

  it('affects a need with a full list when the offer reaches its lowest total', () => {
    expect(affected([candidate('n-1')], [], [['n-1', { suggested: 2, lowest: 0.6 }]])).toEqual(['n-1']);
    expect(affected([candidate('n-1')], [], [['n-1', { suggested: 2, lowest: 0.73 }]])).toEqual(['n-1']);
  });

  it('does not affect a need with a full list of better suggestions', () => {
    expect(affected([candidate('n-1')], [], [['n-1', { suggested: 2, lowest: 0.7301 }]])).toEqual([]);
    expect(affected([candidate('n-1')], [], [['n-1', { suggested: 5, lowest: 0.9 }]])).toEqual([]);
  });

  it('does not affect a need the offer does not fit, or fits under the minimum', () => {
    const kenya = candidate('n-ken', { places: STATE_PLACES.KEN });
    expect(affected([kenya])).toEqual([]);
    expect(needsAffectedByOffer(OFFERS.low, [candidate('n-1')], [], new Map(), SETTINGS, TODAY)).toEqual([]);
    expect(needsAffectedByOffer(OFFERS.low, [candidate('n-1')], [], new Map(), { ...SETTINGS, minScore: 0.43 }, TODAY)).toEqual(['n-1']);
  });

  it('affects a need whose stored row changed score, fit or basis, whatever its list', () => {
    const n = candidate('n-1');
    const full: [string, NeedStanding][] = [['n-1', { suggested: 2, lowest: 0.99 }]];
    expect(affected([n], [row(n, o)], full)).toEqual([]);
    expect(affected([n], [row(n, o, { score: 0.7 })], full)).toEqual(['n-1']);
    expect(affected([n], [row(n, o, { basis: 'need-basis.older' })], full)).toEqual(['n-1']);
    expect(affected([n], [row(n, o, { fits: false, score: null })], full)).toEqual(['n-1']);
    expect(affected([n], [row(n, o, { status: MatchStatus.CONFIRMED, score: 0.5 })], full)).toEqual(['n-1']);
  });

  it('affects a need whose row stopped fitting', () => {
    const kenya = candidate('n-ken', { places: STATE_PLACES.KEN });
    const stored = row(need(), o, { needId: 'n-ken', basis: pairBasis(kenya, o) });
    expect(affected([kenya], [stored])).toEqual(['n-ken']);
  });

  it('does not affect a need where the offer is an unchanged suggestion', () => {
    const n = candidate('n-1');
    expect(affected([n], [row(n, o)], [])).toEqual([]);
  });

  it.each(DECIDED_STATUSES)('does not affect a need where the offer is an unchanged %s row', (status) => {
    const n = candidate('n-1');
    expect(affected([n], [row(n, o, { status })], [])).toEqual([]);
  });

  it('does not affect a need that dismissed the unchanged pair; does when dismissed on an older basis', () => {
    const n = candidate('n-1');
    expect(affected([n], [row(n, o, { status: MatchStatus.DISMISSED, dismissedBasis: pairBasis(n, o) })])).toEqual([]);
    expect(affected([n], [row(n, o, { status: MatchStatus.DISMISSED, dismissedBasis: 'older' })])).toEqual(['n-1']);
  });

  it('affects a need with an unchanged withdrawn row only when the offer can enter its list', () => {
    const n = candidate('n-1');
    const withdrawn = row(n, o, { status: MatchStatus.WITHDRAWN });
    expect(affected([n], [withdrawn], [['n-1', { suggested: 1, lowest: 0.8 }]])).toEqual(['n-1']);
    expect(affected([n], [withdrawn], [['n-1', { suggested: 2, lowest: 0.8 }]])).toEqual([]);
  });

  it('affects the needs of rows that fit or are suggested, when those needs are no longer candidates', () => {
    const rows = [
      row(need({ id: 'n-fits' }), o, { status: MatchStatus.WITHDRAWN }),
      row(need({ id: 'n-confirmed' }), o, { status: MatchStatus.CONFIRMED }),
      row(need({ id: 'n-suggested' }), o, { fits: false, score: null }),
      row(need({ id: 'n-gone' }), o, { status: MatchStatus.WITHDRAWN, fits: false, score: null }),
      row(need({ id: 'n-dismissed' }), o, { status: MatchStatus.DISMISSED, fits: false, score: null }),
    ];
    expect(affected([], rows)).toEqual(['n-confirmed', 'n-fits', 'n-suggested']);
  });

  it('for an offer that no longer exists, affects only the needs of its rows that fit or are suggested', () => {
    const rows = [
      row(need({ id: 'n-b' }), o),
      row(need({ id: 'n-a' }), o, { status: MatchStatus.INTEREST_EXPRESSED }),
      row(need({ id: 'n-c' }), o, { status: MatchStatus.WITHDRAWN, fits: false, score: null }),
    ];
    expect(affected([], rows, [], null)).toEqual(['n-a', 'n-b']);
    expect(affected([], [], [], null)).toEqual([]);
  });

  it('returns each need once, sorted', () => {
    const ns = ['n-3', 'n-1', 'n-2'].map((id) => candidate(id));
    const rows = [row(ns[0], o, { score: 0.1 }), row(need({ id: 'n-0' }), o)];
    expect(affected(ns, rows)).toEqual(['n-0', 'n-1', 'n-2', 'n-3']);
  });

  it('agrees with planNeed: a need it leaves out gets no write when rerun', () => {
    const r = new Random(424242);
    const offers = Array.from({ length: 60 }, (_, i) => randomOffer(r, i));
    const needs = Array.from({ length: 60 }, (_, i) => randomNeed(r, i));
    const settings: MatchSettings = { weights: DEFAULT_MATCH_WEIGHTS, minScore: 0.45, strongScore: 0.75, perNeed: 3 };
    const byId = new Map(offers.map((x) => [x.id, x]));
    // The engine's state after a full run: every need planned against every offer.
    const stored = new Map<string, ExistingMatch[]>();
    for (const n of needs) {
      stored.set(
        n.id,
        planNeed(n.id, n, offers, byId, [], settings, TODAY).map((w) => ({
          needId: w.needId,
          offerId: w.offerId,
          status: w.status,
          score: w.score,
          fits: w.fits,
          basis: w.basis,
          digest: w.digest,
          dismissedBasis: null,
          strongAnnounced: w.announce,
        })),
      );
    }
    let checked = 0;
    let skipped = 0;
    for (let k = 0; k < 20; k++) {
      // One offer changes: new texts, languages and types, same id.
      const changed = { ...randomOffer(r, 1000 + k), id: offers[k].id };
      const nextOffers = offers.map((x) => (x.id === changed.id ? changed : x));
      const nextById = new Map(nextOffers.map((x) => [x.id, x]));
      const rowsOfOffer = [...stored.values()].flat().filter((e) => e.offerId === changed.id);
      const standing = new Map(
        needs.map((n) => {
          const suggested = stored.get(n.id)!.filter((e) => e.status === MatchStatus.SUGGESTED);
          return [n.id, { suggested: suggested.length, lowest: suggested.length ? Math.min(...suggested.map((e) => e.score!)) : null }];
        }),
      );
      const listedNeeds = needs.filter((n) => n.listed);
      const result = new Set(needsAffectedByOffer(changed, listedNeeds, rowsOfOffer, standing, settings, TODAY));
      for (const n of needs) {
        if (result.has(n.id)) continue;
        expect(planNeed(n.id, n, nextOffers, nextById, stored.get(n.id)!, settings, TODAY)).toEqual([]);
        checked++;
      }
      skipped += result.size;
    }
    expect(checked).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(0);
  });
});
