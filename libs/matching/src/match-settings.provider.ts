import type { Provider } from '@nestjs/common';
import { AppConfig, readMatchWeights } from '#libs/core';
import type { MatchSettings } from './scoring/match-settings.js';

/** Injection token of the engine's MatchSettings, read from the configuration at boot. */
export const MATCH_SETTINGS = Symbol('MATCH_SETTINGS');

export function matchSettingsFrom(config: AppConfig): MatchSettings {
  // Checked at boot by loadConfig: an error here cannot happen with a loaded configuration.
  const parsed = readMatchWeights(config.MATCH_WEIGHTS ?? '');
  if ('error' in parsed) throw new Error(`MATCH_WEIGHTS ${parsed.error}`);
  return {
    weights: parsed.weights,
    minScore: config.MATCH_MIN_SCORE / 100,
    strongScore: config.MATCH_STRONG_SCORE / 100,
    perNeed: config.MATCH_SUGGESTIONS_PER_NEED,
  };
}

export const matchSettingsProvider: Provider = {
  provide: MATCH_SETTINGS,
  inject: [AppConfig],
  useFactory: matchSettingsFrom,
};
