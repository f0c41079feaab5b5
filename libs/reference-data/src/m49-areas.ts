import { pickLocalized, type LocalizedText, type UnLanguage } from '#libs/core';
import memberStatesFile from '../data/member-states.json' with { type: 'json' };
import translationsFile from '../data/translations.json' with { type: 'json' };

/**
 * The UN M49 areas the Member States are in (regions, subregions, intermediate regions), named
 * in the six languages: English as member-states.json gives it ("011 Western Africa"), the others
 * from translations.json (`m49Areas`). Read from the shipped files: the database keeps English only.
 */
export const M49_AREA_NAMES: ReadonlyMap<string, LocalizedText> = (() => {
  const translated = (translationsFile as unknown as { m49Areas: Record<string, LocalizedText> }).m49Areas;
  const names = new Map<string, LocalizedText>();
  for (const state of memberStatesFile.states) {
    for (const area of [state.m49Region, state.m49Subregion, state.m49IntermediateRegion]) {
      const match = area ? /^(\d{3}) (.+)$/.exec(area) : null;
      if (match) names.set(match[1], { ...translated[match[1]], en: match[2] });
    }
  }
  return names;
})();

/** An M49 area's name in `language` (English when untranslated), or null for a code no Member State is in. */
export function m49AreaName(code: string, language: UnLanguage): string | null {
  const names = M49_AREA_NAMES.get(code);
  return names ? pickLocalized(names, language) : null;
}
