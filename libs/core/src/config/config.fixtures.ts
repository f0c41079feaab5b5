import { ConfigError, loadConfig } from './app-config.js';

/** The error loadConfig throws for `env` (the config specs' helper; not built into dist). */
export function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}
