import { matchRow, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitUntilQuiet } from './support/wait.js';

const EXPLANATION = 'summary failedFilter eligibility { basis codes explanation } criteria { criterion score explanation codes missingCodes }';

interface ExplanationData {
  summary: string;
  failedFilter: string | null;
  eligibility: { basis: string; codes: string[]; explanation: string } | null;
  criteria: { criterion: string; score: number; explanation: string; codes: string[]; missingCodes: string[] }[];
}

/** Codes of the taxonomy and of places, as they would leak into sentences. */
const CODE = /\b(?:MARKING|RECORD_KEEPING|EQUIPMENT|TRAINING|LEGAL_DRAFTING|ECOWAS|GHA)\b/;

describe('match explanations a donor can read', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let foundation: { token: string; organisationId: string };
  let matchId: string;

  const read = async (token: string, lang?: string) => {
    const response = await t.gql<{ match: { explanation: ExplanationData } }>(
      `query ($id: ID!, $lang: Language) { match(id: $id) { explanation(lang: $lang) { ${EXPLANATION} } } }`,
      { id: matchId, lang: lang ?? null },
      token,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.match.explanation;
  };
  const line = (e: ExplanationData, criterion: string) => e.criteria.find((c) => c.criterion === criterion)!;
  const sentences = (e: ExplanationData) => [e.summary, e.eligibility?.explanation ?? '', ...e.criteria.map((c) => c.explanation)];

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    [npc, moderator] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org')]);
    foundation = await newFoundationDonor(t, 'Explanation Test Foundation');
    // Ghana asks for equipment and training on marking, in French; the offer gives equipment only,
    // to the members of ECOWAS, and is written in English.
    const need = await publishNeed(t, npc, moderator, {
      title: 'Machines de marquage pour la police',
      problem: 'Les armes de la police ne portent aucun marquage national et ne peuvent pas être tracées.',
      proposedActivities: '1. Acheter deux machines de marquage. 2. Former douze armuriers.',
      language: 'FR',
      assistanceTypes: ['EQUIPMENT', 'TRAINING'],
    });
    const offer = await publishOffer(t, foundation.token, moderator, foundation.organisationId, {
      title: 'Marking equipment for ECOWAS members',
      assistanceTypes: ['EQUIPMENT'],
      thematicAreas: ['MARKING'],
      eligibleRegions: [],
      eligibleRegionalOrganisations: ['ECOWAS'],
    });
    await waitUntilQuiet(t);
    const row = await matchRow(t, need.id, offer.id);
    if (row?.status !== 'SUGGESTED') throw new Error(`no suggestion: ${JSON.stringify(row)}`);
    matchId = row.id;
  });
  afterAll(() => t.close());

  it('explains in French when asked, with names from reference data, not codes', async () => {
    const e = await read(foundation.token, 'FR');
    for (const text of sentences(e)) expect([text, CODE.test(text)]).toEqual([text, false]);
    expect(e.summary).toMatch(/^Score de 0,\d\d : correspondance partielle\. /);
    // The summary names what the offer does not give, and never calls the pair a good fit.
    expect(e.summary).toContain('L’offre ne fournit pas le type d’assistance suivant, demandé par le besoin : « Formation des fonctionnaires concernés ».');
    expect(e.summary).not.toContain('Bonne adéquation');
    expect(e.eligibility).toEqual({
      basis: 'REGIONAL_ORGANISATION',
      codes: ['ECOWAS'],
      explanation:
        "L’État demandeur (Ghana) est admissible en tant que membre d’une organisation régionale désignée par l’offre : Communauté économique des États de l'Afrique de l'Ouest.",
    });
    expect(line(e, 'THEME')).toMatchObject({
      codes: ['MARKING'],
      explanation: 'Le besoin et l’offre portent sur le même domaine thématique : « Marquage (Instrument international de traçage) ».',
    });
    expect(line(e, 'TYPE')).toMatchObject({ codes: ['EQUIPMENT'], missingCodes: ['TRAINING'] });
    expect(line(e, 'TYPE').explanation).toContain('Non fournis : « Formation des fonctionnaires concernés ».');
  });

  it('does not compare the texts of a French need and an English offer, and says so instead of a share of terms', async () => {
    const e = await read(foundation.token, 'FR');
    // Their stems meet by accident ("police", "ECOWAS"): not counted, not shown as a similarity.
    expect(line(e, 'TEXT')).toMatchObject({ score: 0, explanation: expect.stringMatching(/^Non comparés : /) });
    expect((await read(foundation.token, 'EN')).criteria.find((c) => c.criterion === 'TEXT')?.explanation).toMatch(/^Not compared: /);
  });

  it('explains in Arabic when asked', async () => {
    const e = await read(npc, 'AR');
    for (const text of sentences(e)) expect([text, CODE.test(text)]).toEqual([text, false]);
    expect(e.eligibility?.explanation).toBe('الدولة الطالبة (غانا) مؤهلة بصفتها عضوا في منظمة إقليمية يسمّيها العرض: الجماعة الاقتصادية لدول غرب أفريقيا.');
    expect(e.summary).toContain('«تدريب المسؤولين المعنيين»');
  });

  it("explains in the reader's own language without `lang`, else in English", async () => {
    expect((await read(npc)).eligibility?.explanation).toMatch(/^The requesting State \(Ghana\) is eligible as a member of a regional organisation/);
    const changed = await t.gql('mutation { updateMe(input: { preferredLanguage: ES }) { id } }', {}, npc);
    expect(changed.errors).toBeUndefined();
    const spanish = await read(npc);
    expect(spanish.eligibility?.explanation).toBe(
      'El Estado solicitante (Ghana) reúne los requisitos como miembro de una organización regional que designa la oferta: ' +
        'Comunidad Económica de los Estados de África Occidental.',
    );
    // `lang` wins over the preference.
    expect((await read(npc, 'RU')).summary).toMatch(/^Оценка: /);
  });

  it('explains every match of a list in the language asked', async () => {
    const response = await t.gql<{ matchQueue: { edges: { node: { explanation: ExplanationData } }[] } }>(
      `{ matchQueue(first: 50) { edges { node { explanation(lang: ZH) { ${EXPLANATION} } } } } }`,
      {},
      moderator,
    );
    const explanations = response.data!.matchQueue.edges.map((e) => e.node.explanation);
    expect(explanations.length).toBeGreaterThan(1);
    for (const e of explanations) {
      expect(e.summary).toMatch(/^评分：/);
      expect(e.eligibility?.explanation).toMatch(/^(请求国|该援助提议指明了请求国)/);
    }
  });
});
