import type { MixedList } from 'typeorm';
import { InitialSchema1795755455531 } from './1795755455531-InitialSchema.js';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works compiled,
 * under jest and in the CLI. scripts/migration-generate.sh writes new ones; add them here.
 */
export const MIGRATIONS: MixedList<Function> = [InitialSchema1795755455531];
