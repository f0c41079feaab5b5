import { MatchRun } from './match-run.entity.js';
import { Match } from './match.entity.js';

export const MATCHING_ENTITIES = [Match, MatchRun];
