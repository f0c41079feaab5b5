import type { Language } from '../gql/types';

/**
 * The profile form as typed and not yet saved. It lives in sessionStorage under the person's id,
 * so it survives a reload and a session that ran out in the middle (DESIGN: never lose typing),
 * stays in this tab, and is dropped once saved. It holds no secret.
 */
export interface ProfileDraft {
  displayName: string;
  preferredLanguage: Language;
  timeZone: string;
}

const LANGUAGES: readonly Language[] = ['AR', 'EN', 'ES', 'FR', 'RU', 'ZH'];

export const profileDraftKey = (userId: string) => `gis.profileDraft.${userId}`;

/** The saved draft, or null when there is none or it is not one (another version, edited by hand). */
export function readProfileDraft(storage: Pick<Storage, 'getItem'>, userId: string): ProfileDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(profileDraftKey(userId)) ?? 'null');
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const d = value as Record<string, unknown>;
  if (typeof d.displayName !== 'string' || typeof d.timeZone !== 'string' || !LANGUAGES.includes(d.preferredLanguage as Language)) return null;
  return { displayName: d.displayName, preferredLanguage: d.preferredLanguage as Language, timeZone: d.timeZone };
}

/** Keeps the draft while it differs from what is saved; forgets it once it is the same again. */
export function keepProfileDraft(storage: Pick<Storage, 'setItem' | 'removeItem'>, userId: string, draft: ProfileDraft, saved: ProfileDraft): void {
  if (sameProfile(draft, saved)) storage.removeItem(profileDraftKey(userId));
  else storage.setItem(profileDraftKey(userId), JSON.stringify(draft));
}

export const sameProfile = (a: ProfileDraft, b: ProfileDraft) =>
  a.displayName === b.displayName && a.preferredLanguage === b.preferredLanguage && a.timeZone === b.timeZone;

/** What changed, for updateMe: only those fields are sent. */
export function profileChanges(draft: ProfileDraft, saved: ProfileDraft): Partial<ProfileDraft> {
  const changes: Partial<ProfileDraft> = {};
  if (draft.displayName.trim() !== saved.displayName) changes.displayName = draft.displayName.trim();
  if (draft.preferredLanguage !== saved.preferredLanguage) changes.preferredLanguage = draft.preferredLanguage;
  if (draft.timeZone !== saved.timeZone) changes.timeZone = draft.timeZone;
  return changes;
}
