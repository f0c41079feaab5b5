/**
 * The catalogue files, one per feature: messages/<locale>/<feature>.json. A `-workspace` file
 * holds what only signed-in people's pages say (their workspaces): it is its own chunk, loaded
 * for a session only, so visitors do not download it (messages.ts).
 */
export const FEATURES = [
  'common',
  'home',
  'home-workspace',
  'identity',
  'needs',
  'needs-workspace',
  'imports-workspace',
  'offers',
  'offers-workspace',
  'criteria-workspace',
  'donors',
  'proposals',
  'proposals-workspace',
  'compiler-workspace',
  'admin-workspace',
  'matching',
  'matching-workspace',
  'meetings',
  'meetings-workspace',
  'dashboards',
  'open-data',
  'notifications',
  'moderation-workspace',
  'refusals',
] as const;
