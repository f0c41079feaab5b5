import { createHash } from 'node:crypto';
import type { MatchWeights } from '#libs/core';
import { MATCH_CRITERIA } from './score.js';

/** How the engine scores and how many suggestions it keeps: from configuration (see AppConfig). */
export interface MatchSettings {
  weights: MatchWeights;
  /** Lowest total a pair needs to be suggested, from 0 to 1. */
  minScore: number;
  /** Lowest total of a suggestion announced as strong (an outbox event), from 0 to 1. */
  strongScore: number;
  /** Most suggestions kept per need, best first. */
  perNeed: number;
}

/** A short fingerprint of the settings: a full rematch is due when it changes. */
export function settingsHash(settings: MatchSettings): string {
  const { weights, minScore, perNeed } = settings;
  return createHash('sha256')
    .update(JSON.stringify([MATCH_CRITERIA.map((c) => weights[c]), minScore, perNeed]))
    .digest('base64url')
    .slice(0, 16);
}
