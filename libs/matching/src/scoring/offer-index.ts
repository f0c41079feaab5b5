import { needThemeKeys, offerThemeKeys, type NeedProfile, type OfferProfile } from './profiles.js';
import { windowEnded } from './score.js';

/**
 * Every published offer in memory, indexed for a full rematch: one bit set per thematic key and
 * per place, so a need's candidates are the offers in (any of its theme sets) AND (any of its
 * place sets), found with word-wide bit operations instead of a test per pair, less the offers
 * whose window has ended on the day asked (a run may pass midnight). A superset of the fitting
 * offers, as the SQL candidates are: the scorer applies the hard filters.
 */
export class OfferIndex {
  private offers: OfferProfile[] = [];
  private byId = new Map<string, OfferProfile>();
  private stamps = new Map<string, string>();
  private byTheme = new Map<string, Uint32Array>();
  private byPlace = new Map<string, Uint32Array>();
  private everywhere = new Uint32Array(0);
  private words = 0;

  constructor(entries: readonly { profile: OfferProfile; stamp: string }[]) {
    this.rebuild(entries);
  }

  get size(): number {
    return this.offers.length;
  }

  /** The stamp (row version) each offer had when indexed. */
  stampOf(id: string): string | undefined {
    return this.stamps.get(id);
  }

  get ids(): string[] {
    return [...this.stamps.keys()];
  }

  get(id: string): OfferProfile | undefined {
    return this.byId.get(id);
  }

  /** Replaces the changed offers, adds new ones and drops those no longer listed. */
  update(changed: readonly { profile: OfferProfile; stamp: string }[], gone: readonly string[]): void {
    if (!changed.length && !gone.length) return;
    const keep = new Map(this.offers.map((o) => [o.id, { profile: o, stamp: this.stamps.get(o.id)! }]));
    for (const id of gone) keep.delete(id);
    for (const entry of changed) keep.set(entry.profile.id, entry);
    this.rebuild([...keep.values()]);
  }

  /** The offers that may fit this need on `today` (a day number, UTC). */
  candidates(need: NeedProfile, today: number): OfferProfile[] {
    const theme = this.union(this.byTheme, needThemeKeys(need));
    const place = this.union(this.byPlace, need.places);
    const result: OfferProfile[] = [];
    for (let w = 0; w < this.words; w++) {
      let bits = theme[w] & (place[w] | this.everywhere[w]);
      while (bits) {
        const low = bits & -bits;
        const offer = this.offers[w * 32 + 31 - Math.clz32(low)];
        if (!windowEnded(offer, today)) result.push(offer);
        bits ^= low;
      }
    }
    return result;
  }

  private rebuild(entries: readonly { profile: OfferProfile; stamp: string }[]): void {
    this.offers = entries.map((e) => e.profile).sort((a, b) => (a.id < b.id ? -1 : 1));
    this.stamps = new Map(entries.map((e) => [e.profile.id, e.stamp]));
    this.byId = new Map(this.offers.map((o) => [o.id, o]));
    this.words = Math.ceil(this.offers.length / 32);
    this.byTheme = new Map();
    this.byPlace = new Map();
    this.everywhere = new Uint32Array(this.words);
    this.offers.forEach((offer, i) => {
      for (const key of offerThemeKeys(offer)) this.set(this.byTheme, key, i);
      if (offer.everywhere) this.everywhere[i >>> 5] |= 1 << (i & 31);
      for (const key of offer.places) this.set(this.byPlace, key, i);
    });
  }

  private set(sets: Map<string, Uint32Array>, key: string, i: number): void {
    let bits = sets.get(key);
    if (!bits) sets.set(key, (bits = new Uint32Array(this.words)));
    bits[i >>> 5] |= 1 << (i & 31);
  }

  private union(sets: Map<string, Uint32Array>, keys: readonly string[]): Uint32Array {
    const out = new Uint32Array(this.words);
    for (const key of keys) {
      const bits = sets.get(key);
      if (bits) for (let w = 0; w < this.words; w++) out[w] |= bits[w];
    }
    return out;
  }
}
