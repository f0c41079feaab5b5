import { pickLocalized, type GraphQLContext, type LocalizedText, type UnLanguage } from '#libs/core';
import { m49AreaName, type ReferenceDataService } from '#libs/reference-data';
import { codesToName, type ExplanationNames } from './scoring/explanation.js';
import type { MatchBreakdown } from './scoring/score.js';

/**
 * The names an explanation of `breakdown` shows, in `language`, from reference data: loaded
 * through the request's DataLoaders, so a page of matches costs one query per kind of name.
 */
export async function loadExplanationNames(
  ctx: GraphQLContext,
  referenceData: ReferenceDataService,
  breakdown: MatchBreakdown,
  language: UnLanguage,
): Promise<ExplanationNames> {
  const codes = codesToName(breakdown);
  const [states, organisations, areas, modules, types] = await Promise.all([
    ctx.loaders.get(referenceData.memberStatesByIso3).loadMany(codes.state),
    ctx.loaders.get(referenceData.regionalOrganisationsByCode).loadMany(codes.organisation),
    ctx.loaders.get(referenceData.thematicAreasByCode).loadMany(codes.thematicArea),
    ctx.loaders.get(referenceData.mosaicModulesByCode).loadMany(codes.module),
    ctx.loaders.get(referenceData.assistanceTypesByCode).loadMany(codes.assistanceType),
  ]);
  const named = (records: ({ names: LocalizedText } | Error | null | undefined)[], of: string[]) => {
    const found = new Map<string, string>();
    records.forEach((r, i) => {
      if (r && !(r instanceof Error)) found.set(of[i], pickLocalized(r.names, language));
    });
    return (code: string) => found.get(code) ?? null;
  };
  return {
    state: named(states, codes.state),
    organisation: named(organisations, codes.organisation),
    area: (code) => m49AreaName(code, language),
    thematicArea: named(areas, codes.thematicArea),
    module: named(modules, codes.module),
    assistanceType: named(types, codes.assistanceType),
  };
}
