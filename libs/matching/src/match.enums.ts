import { registerEnumType } from '@nestjs/graphql';
import { BudgetFit, EligibilityBasis, HardFilter, ThemeLevel } from './scoring/score.js';

/** Where a match is in its life (see match.state-machine.ts for who may move it where). */
export enum MatchStatus {
  /** Suggested by the engine; UNODA has not decided. */
  SUGGESTED = 'SUGGESTED',
  CONFIRMED = 'CONFIRMED',
  /** Dismissed by UNODA, with a reason: not suggested again unless a side changes materially. */
  DISMISSED = 'DISMISSED',
  /** No longer suggested: a side changed or was withdrawn, the offer's window ended, or better offers took its place. */
  WITHDRAWN = 'WITHDRAWN',
  /** The donor expressed interest; the requesting State has not answered. */
  INTEREST_EXPRESSED = 'INTEREST_EXPRESSED',
  INTEREST_ACCEPTED = 'INTEREST_ACCEPTED',
  INTEREST_DECLINED = 'INTEREST_DECLINED',
}
registerEnumType(MatchStatus, { name: 'MatchStatus' });

/** Who started a match: the engine, or a donor's expression of interest. */
export enum MatchOrigin {
  ENGINE = 'ENGINE',
  INTEREST = 'INTEREST',
}
registerEnumType(MatchOrigin, { name: 'MatchOrigin' });

export enum MatchCriterionName {
  THEME = 'THEME',
  TYPE = 'TYPE',
  BUDGET = 'BUDGET',
  TIMEFRAME = 'TIMEFRAME',
  LANGUAGE = 'LANGUAGE',
  TEXT = 'TEXT',
}
registerEnumType(MatchCriterionName, { name: 'MatchCriterion', description: 'A weighted criterion of the match score.' });

registerEnumType(HardFilter, { name: 'MatchHardFilter', description: 'A condition every match must meet before it is scored.' });
registerEnumType(ThemeLevel, { name: 'MatchThemeLevel' });
registerEnumType(BudgetFit, { name: 'MatchBudgetFit' });
registerEnumType(EligibilityBasis, { name: 'MatchEligibilityBasis', description: "Why the need's State may benefit from the offer." });

export enum MatchRunStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(MatchRunStatus, { name: 'MatchRunStatus' });

/** Why a full rematch was started. */
export enum MatchRunTrigger {
  /** The command line (`cli rematch`). */
  COMMAND = 'COMMAND',
  /** A UNODA moderator or an administrator, through the API. */
  STAFF = 'STAFF',
  /** The worker found the weights or limits changed since the last full rematch. */
  SETTINGS_CHANGED = 'SETTINGS_CHANGED',
  /** The nightly run that catches what no event announces (exchange rates, the calendar). */
  NIGHTLY = 'NIGHTLY',
}
registerEnumType(MatchRunTrigger, { name: 'MatchRunTrigger' });
