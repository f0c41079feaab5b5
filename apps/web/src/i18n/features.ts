/** The catalogue files, one per feature: messages/<locale>/<feature>.json. */
export const FEATURES = ['common', 'home', 'identity', 'needs', 'imports', 'offers', 'criteria', 'donors', 'proposals', 'matching', 'meetings', 'notifications', 'refusals'] as const;
