import currencies from '../data/currencies.json' with { type: 'json' };
import memberStates from '../data/member-states.json' with { type: 'json' };
import taxonomy from '../data/taxonomy.json' with { type: 'json' };
import translations from '../data/translations.json' with { type: 'json' };
import type { UnLanguage } from '#libs/core';
import { m49AreaName } from './m49-areas.js';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
const M49_AREA = /^\d{3} \S.*$/;

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const missingLanguages = (names: Record<string, string | undefined> | undefined) => LANGUAGES.filter((lang) => !names?.[lang]?.trim());

/** The taxonomy lists shown to users, each with its English label. */
const LISTS = {
  thematicAreas: taxonomy.thematicAreas.map((e) => ({ code: e.code, label: e.title })),
  assistanceTypes: taxonomy.assistanceTypes.map((e) => ({ code: e.code, label: e.title })),
  regionalOrganisations: taxonomy.regionalOrganisations.map((e) => ({ code: e.code, label: e.name })),
  mosaicModules: taxonomy.mosaicModules.map((e) => ({ code: e.code, label: e.title })),
};
type ListName = keyof typeof LISTS;
const LIST_NAMES = Object.keys(LISTS) as ListName[];

describe('member-states.json', () => {
  const states = memberStates.states;

  it('holds exactly the 193 UN Member States', () => {
    expect(states).toHaveLength(193);
    expect(memberStates.count).toBe(193);
  });

  it.each(['iso3', 'iso2', 'm49'] as const)('has unique %s codes', (key) => {
    expect(duplicates(states.map((s) => s[key]))).toEqual([]);
  });

  it('writes codes as ISO alpha-3, alpha-2 and three-digit M49', () => {
    const bad = states.filter((s) => !/^[A-Z]{3}$/.test(s.iso3) || !/^[A-Z]{2}$/.test(s.iso2) || !/^\d{3}$/.test(s.m49));
    expect(bad).toEqual([]);
  });

  it('names every State in all six UN languages', () => {
    const incomplete = states.map((s) => ({ iso3: s.iso3, missing: missingLanguages(s.names) })).filter((s) => s.missing.length);
    expect(incomplete).toEqual([]);
  });

  it('places every State in an M49 region and subregion written "NNN Name"', () => {
    const bad = states.filter((s) => !M49_AREA.test(s.m49Region ?? '') || !M49_AREA.test(s.m49Subregion ?? '')).map((s) => s.iso3);
    expect(bad).toEqual([]);
  });
});

describe('taxonomy.json', () => {
  it.each(LIST_NAMES)('has unique %s codes', (list) => {
    expect(LISTS[list].length).toBeGreaterThan(0);
    expect(duplicates(LISTS[list].map((e) => e.code))).toEqual([]);
  });

  it('refers only to MOSAIC modules it lists', () => {
    const modules = new Set(taxonomy.mosaicModules.map((m) => m.code));
    const unknown = taxonomy.thematicAreas.flatMap((area) => area.isacsModules.filter((code) => !modules.has(code)).map((code) => `${area.code} -> ${code}`));
    expect(unknown).toEqual([]);
  });
});

describe('translations.json', () => {
  it.each(LIST_NAMES)('translates every %s code into all six languages', (list) => {
    const entries = translations[list] as Record<string, Record<string, string> | undefined>;
    const incomplete = LISTS[list].map((e) => ({ code: e.code, missing: missingLanguages(entries[e.code]) })).filter((e) => e.missing.length);
    expect(incomplete).toEqual([]);
  });

  it.each(LIST_NAMES)('uses the taxonomy label as the English %s text', (list) => {
    const entries = translations[list] as Record<string, Record<string, string> | undefined>;
    const different = LISTS[list].filter((e) => entries[e.code]?.en !== e.label).map((e) => e.code);
    expect(different).toEqual([]);
  });

  it.each(LIST_NAMES)('translates no %s code that the taxonomy lacks', (list) => {
    const codes = new Set(LISTS[list].map((e) => e.code));
    expect(Object.keys(translations[list]).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('names every M49 area a State is in, in all six languages, English as member-states.json has it, and no other', () => {
    const areas = new Map<string, string>();
    for (const s of memberStates.states) {
      for (const area of [s.m49Region, s.m49Subregion, s.m49IntermediateRegion]) if (area) areas.set(area.slice(0, 3), area.slice(4));
    }
    const names = translations.m49Areas as Record<string, Record<string, string> | undefined>;
    expect([...areas].filter(([code]) => missingLanguages(names[code]).length)).toEqual([]);
    expect([...areas].filter(([code, english]) => names[code]?.en !== english)).toEqual([]);
    expect(Object.keys(names).filter((code) => !areas.has(code))).toEqual([]);
  });

  it('gives M49 area names in the language asked (m49AreaName)', () => {
    expect(['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((l) => m49AreaName('011', l as UnLanguage))).toEqual([
      'غرب أفريقيا',
      '西部非洲',
      'Western Africa',
      'Afrique de l’Ouest',
      'Западная Африка',
      'África occidental',
    ]);
    expect(m49AreaName('999', 'fr')).toBeNull();
  });
});

describe('currencies.json', () => {
  const list = currencies.currencies;
  const byCode = (code: string) => list.find((c) => c.code === code);

  it('has unique ISO 4217 codes', () => {
    expect(list.filter((c) => !/^[A-Z]{3}$/.test(c.code)).map((c) => c.code)).toEqual([]);
    expect(duplicates(list.map((c) => c.code))).toEqual([]);
    expect(currencies.count).toBe(list.length);
  });

  it('knows the minor units of USD (2) and JPY (0)', () => {
    expect(byCode('USD')?.minorUnits).toBe(2);
    expect(byCode('JPY')?.minorUnits).toBe(0);
  });

  it('names every currency in all six UN languages', () => {
    expect(list.filter((c) => missingLanguages(c.names).length).map((c) => c.code)).toEqual([]);
  });
});
