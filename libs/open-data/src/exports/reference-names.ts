import { pickLocalized, type LocalizedText, type UnLanguage } from '#libs/core';
import type { ReferenceDataService } from '#libs/reference-data';

/** Names of reference codes in one language, read once per export (a few hundred rows). */
export interface ReferenceNames {
  state(iso3: string): string;
  thematicAreas(codes: readonly string[]): string | null;
  assistanceTypes(codes: readonly string[]): string | null;
}

export async function loadReferenceNames(referenceData: ReferenceDataService, lang: UnLanguage): Promise<ReferenceNames> {
  const [states, areas, types] = await Promise.all([referenceData.listMemberStates(), referenceData.listThematicAreas(), referenceData.listAssistanceTypes()]);
  const byCode = (rows: { names: LocalizedText }[], code: (row: never) => string) =>
    new Map(rows.map((row) => [code(row as never), pickLocalized(row.names, lang)]));
  const stateNames = byCode(states, (s: { iso3: string }) => s.iso3);
  const areaNames = byCode(areas, (a: { code: string }) => a.code);
  const typeNames = byCode(types, (t: { code: string }) => t.code);
  const list = (names: Map<string, string>, codes: readonly string[]) => (codes.length ? codes.map((c) => names.get(c) ?? c).join('; ') : null);
  return {
    state: (iso3) => stateNames.get(iso3) ?? iso3,
    thematicAreas: (codes) => list(areaNames, codes),
    assistanceTypes: (codes) => list(typeNames, codes),
  };
}
