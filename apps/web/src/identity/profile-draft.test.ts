import { describe, expect, it } from '@jest/globals';
import { keepProfileDraft, profileChanges, profileDraftKey, readProfileDraft, type ProfileDraft } from './profile-draft';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const saved: ProfileDraft = { displayName: 'Ama Mensah', preferredLanguage: 'EN', timeZone: 'Africa/Accra' };

describe('the profile draft', () => {
  it('keeps what was typed, per person, and reads it back', () => {
    const storage = new MemoryStorage();
    const draft = { ...saved, displayName: 'Ama K. Mensah', preferredLanguage: 'FR' as const };
    keepProfileDraft(storage, 'u1', draft, saved);
    expect(readProfileDraft(storage, 'u1')).toEqual(draft);
    expect(readProfileDraft(storage, 'u2')).toBeNull();
  });
  it('forgets the draft once it matches what is saved', () => {
    const storage = new MemoryStorage();
    keepProfileDraft(storage, 'u1', { ...saved, timeZone: 'Europe/Paris' }, saved);
    keepProfileDraft(storage, 'u1', saved, saved);
    expect(storage.items.has(profileDraftKey('u1'))).toBe(false);
  });
  it('ignores a stored value that is not a draft', () => {
    const storage = new MemoryStorage();
    storage.setItem(profileDraftKey('u1'), '{"displayName":"x","preferredLanguage":"DE","timeZone":"UTC"}');
    expect(readProfileDraft(storage, 'u1')).toBeNull();
    storage.setItem(profileDraftKey('u1'), 'not json');
    expect(readProfileDraft(storage, 'u1')).toBeNull();
  });
  it('sends only what changed, the name trimmed', () => {
    expect(profileChanges({ ...saved, displayName: '  Ama Mensah  ', timeZone: 'UTC' }, saved)).toEqual({ timeZone: 'UTC' });
    expect(profileChanges({ ...saved, displayName: ' Kofi ' }, saved)).toEqual({ displayName: 'Kofi' });
    expect(profileChanges(saved, saved)).toEqual({});
  });
});
