import { DEFAULT_MATCH_WEIGHTS, pickLocalized, UN_LANGUAGES, type LocalizedText, type MatchWeights, type UnLanguage } from '#libs/core';
import { m49AreaName } from '#libs/reference-data';
import memberStates from '../../../reference-data/data/member-states.json' with { type: 'json' };
import translations from '../../../reference-data/data/translations.json' with { type: 'json' };
import { EXPLANATION_LABELS, type Counted, type Numbered } from './explanation.labels.js';
import { codesToName, explain, type Explanation, type ExplanationNames } from './explanation.js';
import { dayNumber, placeKey, termIds, type NeedProfile, type OfferProfile } from './profiles.js';
import { GHANA_PLACES, mulberry32, needFixture, offerFixture, PAIR_A, TODAY } from './scoring.fixtures.js';
import { BudgetFit, EligibilityBasis, explainMatch, HardFilter, MATCH_CRITERIA, ThemeLevel, type MatchBreakdown } from './score.js';

const need = needFixture;
const offer = offerFixture;

/** Names as the API gives them: reference data in the reader's language. */
function referenceNames(language: UnLanguage): ExplanationNames {
  const byCode = (list: Record<string, LocalizedText>) => (code: string) => (list[code] ? pickLocalized(list[code], language) : null);
  const states = Object.fromEntries(memberStates.states.map((s) => [s.iso3, s.names as LocalizedText]));
  return {
    state: byCode(states),
    organisation: byCode(translations.regionalOrganisations as Record<string, LocalizedText>),
    area: (code) => m49AreaName(code, language),
    thematicArea: byCode(translations.thematicAreas as Record<string, LocalizedText>),
    module: byCode(translations.mosaicModules as Record<string, LocalizedText>),
    assistanceType: byCode(translations.assistanceTypes as Record<string, LocalizedText>),
  };
}

/**
 * Pair A of scoring.fixtures.ts: theme MODULE 1, type 0.5 (training given, equipment not),
 * budget FULL 1, timeframe 21/31, language 1, text 0.5; total 0.8427. Ghana is eligible as a
 * member of ECOWAS.
 */
const STRONG = explainMatch(PAIR_A.need, PAIR_A.offer, DEFAULT_MATCH_WEIGHTS, TODAY);

/** A pair that leaves nothing asked uncovered: same area, both types, budget and days within, English. */
const COMPLETE = explainMatch(
  need({ budgetUsdCents: 20_000_000, timeframe: { start: dayNumber('2027-01-01'), end: dayNumber('2027-12-31') } }),
  offer({ remainingUsdCents: 30_000_000, places: [placeKey.area('002'), placeKey.area('011')] }),
  DEFAULT_MATCH_WEIGHTS,
  TODAY,
);

const criterion = (explanation: Explanation, name: string) => {
  const found = explanation.criteria.find((c) => c.criterion === name);
  if (!found) throw new Error(`no ${name} criterion`);
  return found;
};
/** Intl sets no-break spaces in amounts and percentages (U+00A0, and U+202F in French); the specs write plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const sentence = (breakdown: MatchBreakdown, name: string, language: UnLanguage = 'en') =>
  plain(criterion(explain(breakdown, 0.75, language, referenceNames(language)), name).explanation);
const breakdownOf = (n: Partial<NeedProfile>, o: Partial<OfferProfile>, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS) =>
  explainMatch(need(n), offer(o), weights, TODAY);

describe('explain: the numbers', () => {
  const explanation = explain(STRONG, 0.75);

  it('is the breakdown of the pair pinned in score.spec.ts', () => {
    expect(STRONG.total).toBe(0.8427);
  });

  it('has one entry per criterion, in order, with the weights as shares summing to 1', () => {
    expect(explanation.failedFilter).toBeNull();
    expect(explanation.criteria.map((c) => c.criterion)).toEqual([...MATCH_CRITERIA]);
    expect(explanation.criteria.map((c) => c.weight)).toEqual([0.35, 0.2, 0.2, 0.1, 0.1, 0.05]);
    expect(explanation.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 10);
  });

  it('gives each score and its contribution, weight x score', () => {
    expect(explanation.criteria.map((c) => [c.criterion, c.score, c.contribution])).toEqual([
      ['theme', 1, 0.35],
      ['type', 0.5, 0.1],
      ['budget', 1, 0.2],
      ['timeframe', 0.6774, 0.0677],
      ['language', 1, 0.1],
      ['text', 0.5, 0.025],
    ]);
    // The contributions add up to the total (here exactly; at most 6 x 0.00005 apart in general).
    expect(explanation.criteria.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(0.8427, 10);
  });

  it('keeps the structured fields, the same in every language', () => {
    const structured = (e: Explanation) => ({
      failedFilter: e.failedFilter,
      eligibility: e.eligibility && { basis: e.eligibility.basis, codes: e.eligibility.codes },
      criteria: e.criteria.map(({ explanation: _, ...rest }) => rest),
    });
    const english = structured(explain(STRONG, 0.75, 'en', referenceNames('en')));
    expect(english.criteria.map((c) => [c.criterion, c.codes, c.missingCodes])).toEqual([
      ['theme', ['05.30'], []],
      ['type', ['TRAINING'], ['EQUIPMENT']],
      ['budget', [], []],
      ['timeframe', [], []],
      ['language', ['fr'], []],
      ['text', [], []],
    ]);
    for (const language of UN_LANGUAGES) expect(structured(explain(STRONG, 0.75, language, referenceNames(language)))).toEqual(english);
  });
});

describe('explain: in the reader’s language, with names', () => {
  it('writes the strong pair in English', () => {
    const e = explain(STRONG, 0.75, 'en', referenceNames('en'));
    expect(e.summary).toBe(
      'Score 0.84: a partial fit. The offer does not give an assistance type the need asks for: “Equipment (transfer of technology and equipment)”. ' +
        "The offer's window covers 21 of the 31 days of the need's timeframe. Strongest on theme, budget, and language.",
    );
    expect(e.eligibility).toEqual({
      basis: EligibilityBasis.REGIONAL_ORGANISATION,
      codes: ['ECOWAS'],
      explanation:
        'The requesting State (Ghana) is eligible as a member of a regional organisation the offer names: Economic Community of West African States.',
    });
    expect(e.criteria.map((c) => plain(c.explanation))).toEqual([
      "The need asks for a MOSAIC module that the offer's thematic areas cover: 05.30 “Marking and recordkeeping”.",
      'The offer gives 1 of the 2 assistance types the need asks for. Given: “Training of relevant officials”. Not given: “Equipment (transfer of technology and equipment)”.',
      "The need's budget (USD 50,000.00) is within what the offer can give a project (up to USD 80,000.00).",
      "21 of the 31 days of the need's timeframe fall within the offer's window.",
      'The donor works in a language the need is written in: French.',
      'Their texts share 50% of their terms (a tie-breaker).',
    ]);
  });

  it('writes the strong pair in French', () => {
    const e = explain(STRONG, 0.75, 'fr', referenceNames('fr'));
    expect(e.summary).toBe(
      'Score de 0,84 : correspondance partielle. ' +
        "L’offre ne fournit pas le type d’assistance suivant, demandé par le besoin : « Équipement (transfert de technologie et d'équipement) ». " +
        'La période de disponibilité de l’offre ne couvre qu’une partie du calendrier du besoin (jours couverts : 21 sur 31). ' +
        'Points forts : thème, budget et langue.',
    );
    expect(e.eligibility?.explanation).toBe(
      'L’État demandeur (Ghana) est admissible en tant que membre d’une organisation régionale désignée par l’offre : ' +
        "Communauté économique des États de l'Afrique de l'Ouest.",
    );
    expect(e.criteria.map((c) => plain(c.explanation))).toEqual([
      'Le besoin demande un module MOSAIC couvert par les domaines thématiques de l’offre : 05.30 « Marquage et tenue de registres ».',
      'Types d’assistance demandés par le besoin et fournis par l’offre : 1 sur 2. Fournis : « Formation des fonctionnaires concernés ». ' +
        "Non fournis : « Équipement (transfert de technologie et d'équipement) ».",
      'Le budget du besoin (50 000,00 USD) reste dans les limites de ce que l’offre peut fournir à un projet (jusqu’à 80 000,00 USD).',
      'Jours du calendrier du besoin compris dans la période de disponibilité de l’offre : 21 sur 31.',
      'Le donateur travaille dans une langue dans laquelle le besoin est rédigé : français.',
      'Part des termes communs à leurs textes : 50 % (critère de départage).',
    ]);
  });

  it('writes the strong pair in Arabic, with Arabic names', () => {
    const e = explain(STRONG, 0.75, 'ar', referenceNames('ar'));
    expect(e.summary).toBe(
      'الدرجة: 0.84، وهي مطابقة جزئية. لا يقدّم العرض نوع المساعدة التالي الذي يطلبه الاحتياج: «المعدات (نقل التكنولوجيا والمعدات)». ' +
        'لا تغطي فترة إتاحة العرض سوى جزء من الإطار الزمني للاحتياج (الأيام المشمولة: 21 من أصل 31). أقوى الجوانب: الموضوع والميزانية واللغة.',
    );
    expect(e.eligibility?.explanation).toBe('الدولة الطالبة (غانا) مؤهلة بصفتها عضوا في منظمة إقليمية يسمّيها العرض: الجماعة الاقتصادية لدول غرب أفريقيا.');
    expect(criterion(e, 'language').explanation).toBe('تعمل الجهة المانحة بلغة كُتب بها الاحتياج: الفرنسية.');
  });

  it('writes the strong pair in Russian, Chinese and Spanish, with their names', () => {
    expect(explain(STRONG, 0.75, 'ru', referenceNames('ru')).eligibility?.explanation).toBe(
      'Запрашивающее государство (Гана) отвечает условиям как член региональной организации, указанной в предложении: ' +
        'Экономическое сообщество западноафриканских государств.',
    );
    expect(sentence(STRONG, 'type', 'ru')).toBe(
      'Виды помощи, запрашиваемые потребностью и предусмотренные предложением: 1 из 2. Предусмотрены: «Подготовка соответствующих должностных лиц». ' +
        'Не предусмотрены: «Оборудование (передача технологий и оборудования)».',
    );
    expect(explain(STRONG, 0.75, 'zh', referenceNames('zh')).summary).toBe(
      '评分：0.84，部分匹配。该援助提议不提供需求所要求的以下援助类型：“设备（技术和设备转让）”。' +
        '该援助提议的可用期仅涵盖需求时间框架的一部分（涵盖天数：31天中的21天）。匹配最好的方面：主题、预算和语言。',
    );
    expect(sentence(STRONG, 'budget', 'es')).toBe(
      'El presupuesto de la necesidad (50.000,00 USD) está dentro de lo que la oferta puede aportar a un proyecto (hasta 80.000,00 USD).',
    );
  });

  it('names no code in any sentence, in any language, when reference data names them', () => {
    const CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b|\b(?:TRAINING|EQUIPMENT|MARKING|TRACING|ECOWAS|GHA)\b/;
    const pairs = [STRONG, COMPLETE, ...randomBreakdowns(40)];
    for (const language of UN_LANGUAGES) {
      for (const b of pairs) {
        const e = explain(b, 0.75, language, referenceNames(language));
        for (const text of [e.summary, e.eligibility?.explanation ?? '', ...e.criteria.map((c) => c.explanation)]) {
          expect([language, text, CODE.test(text)]).toEqual([language, text, false]);
          // Every placeholder was filled.
          expect([language, text, /\{\w+\}/.test(text)]).toEqual([language, text, false]);
        }
      }
    }
  });

  it('shows the code of something reference data does not know rather than nothing', () => {
    expect(sentence(breakdownOf({ types: ['NEW_TYPE'] }, { types: ['NEW_TYPE'] }), 'type')).toBe(
      'The offer gives 1 of the 1 assistance type the need asks for. Given: “NEW_TYPE”.',
    );
    expect(criterion(explain(breakdownOf({ types: ['TRAINING'] }, { types: ['TRAINING'] }), 0.75), 'type').explanation).toBe(
      'The offer gives 1 of the 1 assistance type the need asks for. Given: “TRAINING”.',
    );
  });
});

describe('explain: why the State is eligible', () => {
  it.each([
    [
      EligibilityBasis.STATE,
      [placeKey.state('GHA'), placeKey.organisation('ECOWAS')],
      ['GHA'],
      'The offer names the requesting State: Ghana.',
      'L’offre désigne l’État demandeur : Ghana.',
    ],
    [
      EligibilityBasis.REGIONAL_ORGANISATION,
      [placeKey.organisation('AU'), placeKey.organisation('ECOWAS')],
      ['AU', 'ECOWAS'],
      'The requesting State (Ghana) is eligible as a member of regional organisations the offer names: African Union and Economic Community of West African States.',
      "L’État demandeur (Ghana) est admissible en tant que membre d’organisations régionales désignées par l’offre : Union africaine et Communauté économique des États de l'Afrique de l'Ouest.",
    ],
    [
      EligibilityBasis.M49_AREA,
      [placeKey.area('011')],
      ['011'],
      'The requesting State (Ghana) is eligible as part of a region the offer names: Western Africa.',
      'L’État demandeur (Ghana) est admissible, car il fait partie d’une région désignée par l’offre : Afrique de l’Ouest.',
    ],
    [
      EligibilityBasis.M49_AREA,
      [placeKey.area('002'), placeKey.area('202')],
      ['202', '002'],
      'The requesting State (Ghana) is eligible as part of regions the offer names: Sub-Saharan Africa and Africa.',
      'L’État demandeur (Ghana) est admissible, car il fait partie de régions désignées par l’offre : Afrique subsaharienne et Afrique.',
    ],
  ] as [EligibilityBasis, string[], string[], string, string][])('%s: %j', (basis, places, codes, english, french) => {
    const b = breakdownOf({}, { places });
    expect(explain(b, 0.75, 'en', referenceNames('en')).eligibility).toEqual({ basis, codes, explanation: english });
    expect(explain(b, 0.75, 'fr', referenceNames('fr')).eligibility).toEqual({ basis, codes, explanation: french });
  });

  it('EVERYWHERE: the offer is open to every State', () => {
    const b = breakdownOf({}, { everywhere: true, places: [] });
    expect(explain(b, 0.75, 'en', referenceNames('en')).eligibility).toEqual({
      basis: EligibilityBasis.EVERYWHERE,
      codes: [],
      explanation: 'The requesting State (Ghana) is eligible: the offer is open to every State.',
    });
    expect(explain(b, 0.75, 'es', referenceNames('es')).eligibility?.explanation).toBe(
      'El Estado solicitante (Ghana) reúne los requisitos: la oferta está abierta a todos los Estados.',
    );
  });

  it('uses the dual in Arabic for two organisations', () => {
    const b = breakdownOf({}, { places: [placeKey.organisation('AU'), placeKey.organisation('ECOWAS')] });
    expect(explain(b, 0.75, 'ar', referenceNames('ar')).eligibility?.explanation).toBe(
      'الدولة الطالبة (غانا) مؤهلة بصفتها عضوا في منظمتين إقليميتين يسمّيهما العرض: الاتحاد الأفريقي والجماعة الاقتصادية لدول غرب أفريقيا.',
    );
  });

  it('has none for a pair that is not a match, nor for a breakdown stored before eligibility was recorded', () => {
    expect(explain(breakdownOf({}, { places: [placeKey.state('KEN')] }), 0.75).eligibility).toBeNull();
    const { eligibility: _, ...older } = COMPLETE;
    expect(explain(older, 0.75).eligibility).toBeNull();
  });
});

describe('explain: the summary', () => {
  it('calls a pair that covers everything asked a good fit, strong from the strong score on', () => {
    // AREA 0.8, both types, budget, every day, English; no text: (28 + 20 + 20 + 10 + 10) / 100.
    expect(COMPLETE.total).toBe(0.88);
    expect(explain(COMPLETE, 0.75, 'en', referenceNames('en')).summary).toBe(
      'Score 0.88: a strong match. Good fit on theme, assistance types, budget, timeframe, and language.',
    );
    expect(explain(COMPLETE, 0.88).summary).toMatch(/^Score 0\.88: a strong match\./);
    expect(explain(COMPLETE, 0.8801).summary).toMatch(/^Score 0\.88\. Good fit on/);
    expect(explain(COMPLETE, 0.75, 'ru', referenceNames('ru')).summary).toBe(
      'Оценка: 0,88; высокая степень соответствия. Хорошее соответствие по критериям: тематика, виды помощи, бюджет, сроки и язык.',
    );
  });

  it('names the assistance types the offer does not give, and then never says "good fit" (the rule, over many pairs)', () => {
    let withMissing = 0;
    for (const b of [STRONG, COMPLETE, ...randomBreakdowns(300)]) {
      if (!b.fits) continue;
      const missing = b.type!.missing;
      for (const language of UN_LANGUAGES) {
        const names = referenceNames(language);
        const summary = explain(b, 0, language, names).summary;
        const l = EXPLANATION_LABELS[language].summary;
        const goodFit = l.goodFit.slice(0, l.goodFit.indexOf('{'));
        if (missing.length) {
          for (const code of missing) expect(summary).toContain(pickLocalized((translations.assistanceTypes as Record<string, LocalizedText>)[code], language));
          expect(summary).not.toContain(goodFit);
          expect(summary.startsWith(l.partial.slice(0, l.partial.indexOf('{')))).toBe(true);
        }
      }
      if (missing.length) withMissing++;
    }
    expect(withMissing).toBeGreaterThan(20);
  });

  it('names a partial budget and a partial timeframe, and does not praise a criterion whose gap it names', () => {
    const b = breakdownOf(
      { types: ['TRAINING'], budgetUsdCents: 10_000_000, timeframe: { start: dayNumber('2027-01-01'), end: dayNumber('2027-12-31') } },
      { types: ['TRAINING'], maxUsdCents: 9_000_000, remainingUsdCents: 50_000_000, availableUntil: dayNumber('2027-11-30') },
    );
    // Budget 0.9 and timeframe 334/365 = 0.915 score well, but each leaves a part uncovered.
    expect([b.budget?.score, b.timeframe?.score]).toEqual([0.9, 0.9151]);
    expect(plain(explain(b, 0.75, 'en', referenceNames('en')).summary)).toBe(
      'Score 0.85: a partial fit. The offer can give USD 90,000.00 of the USD 100,000.00 asked. ' +
        "The offer's window covers 334 of the 365 days of the need's timeframe. Strongest on theme, assistance types, and language.",
    );
  });

  it('says only the score when no criterion fits well and nothing is named uncovered', () => {
    const weak = breakdownOf({ areas: ['RECORD_KEEPING'], types: [], languages: ['es'] }, { textLanguages: ['es'] });
    // RELATED 0.5, no types, no budget, no timeframe (0.5 each), Spanish against English, no text terms.
    expect(weak.total).toBe(0.425);
    expect(explain(weak, 0.75).summary).toBe('Score 0.43.');
  });

  it('never names the text, even at 1, nor a criterion that weighs nothing', () => {
    const sameText = breakdownOf(
      { languages: ['es'], terms: termIds(['mark', 'trace']) },
      { types: ['FINANCIAL'], textLanguages: ['es'], terms: termIds(['trace', 'mark']) },
    );
    expect(sameText.text).toEqual({ score: 1, languages: ['es'] });
    expect(explain(sameText, 0.75).summary).not.toMatch(/text/);
    const weights = { theme: 1, type: 1, budget: 1, timeframe: 0, language: 0, text: 0 };
    const languageOnly = explainMatch(need({ languages: ['es'] }), offer({ languages: ['es'] }), weights, TODAY);
    expect(languageOnly.language!.score).toBe(1);
    expect(explain(languageOnly, 0.75).summary).not.toContain('language');
  });
});

describe('explain: lines that would say nothing', () => {
  it('replaces the text line of two texts in no common language by why it adds nothing, keeping its weight in the total', () => {
    const french = breakdownOf({ languages: ['fr'], terms: termIds(['marquage', 'arme']) }, { textLanguages: ['en'], terms: termIds(['marking', 'weapon']) });
    expect(french.text).toEqual({ score: 0, languages: [] });
    const e = explain(french, 0.75, 'en', referenceNames('en'));
    expect(criterion(e, 'text')).toMatchObject({
      weight: 0.05,
      score: 0,
      contribution: 0,
      explanation:
        'Not compared: the need and the offer are not written in a common language, so their texts cannot be compared; this tie-breaker adds nothing to the score.',
    });
    expect(e.criteria.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(french.total!, 3);
    expect(criterion(e, 'text').explanation).not.toMatch(/%/);
    for (const language of UN_LANGUAGES) {
      expect(sentence(french, 'text', language)).toBe(EXPLANATION_LABELS[language].text.notCompared);
    }
  });

  it('keeps the share of terms when the texts share a language, even at 0%', () => {
    const b = breakdownOf({ languages: ['en', 'fr'], terms: termIds(['a-1']) }, { textLanguages: ['fr'], terms: termIds(['b-1']) });
    expect(sentence(b, 'text')).toBe('Their texts share 0% of their terms (a tie-breaker).');
    expect(sentence(breakdownOf({ terms: termIds(['a-1', 'a-2', 'a-3']) }, { terms: termIds(['a-1']) }), 'text')).toBe(
      'Their texts share 33% of their terms (a tie-breaker).',
    );
  });

  it('reads a breakdown stored before text languages were recorded as comparable', () => {
    expect(sentence({ ...STRONG, text: { score: 0.5 } }, 'text')).toBe('Their texts share 50% of their terms (a tie-breaker).');
  });
});

describe('explain: a pair that fails a hard filter', () => {
  it.each([
    [HardFilter.NOT_LISTED, 'Not a match: the need or the offer is not published, or is private.'],
    [HardFilter.WINDOW_ENDED, "Not a match: the offer's availability window has ended."],
    [HardFilter.NOT_ELIGIBLE, "Not a match: the need's State is not eligible under the offer."],
    [HardFilter.WINDOW_TOO_LATE, "Not a match: the offer's window opens after the need's valid-until date."],
    [HardFilter.NO_THEMATIC_RELATION, 'Not a match: they have no thematic area in common, nor one related through a MOSAIC module.'],
  ])('explains %s', (failed, summary) => {
    expect(explain({ fits: false, failed, weights: DEFAULT_MATCH_WEIGHTS }, 0.75)).toEqual({ summary, failedFilter: failed, eligibility: null, criteria: [] });
  });

  it('dates the end of an ended window in the reader’s language', () => {
    const b = explainMatch(need(), offer({ availableUntil: dayNumber('2027-03-31') }), DEFAULT_MATCH_WEIGHTS, dayNumber('2027-04-01'));
    expect(explain(b, 0.75).summary).toBe("Not a match: the offer's availability window ended on March 31, 2027.");
    expect(explain(b, 0.75, 'fr').summary).toBe('Pas de correspondance : la période de disponibilité de l’offre a pris fin le 31 mars 2027.');
    expect(plain(explain(b, 0.75, 'ru').summary)).toBe('Соответствие отсутствует: период доступности предложения истек (последний день: 31 марта 2027 г.).');
    expect(explain(b, 0.75, 'zh').summary).toBe('不构成匹配：援助提议的可用期已于2027年3月31日结束。');
  });

  it('explains the breakdown explainMatch stores for an ineligible pair', () => {
    expect(explain(breakdownOf({}, { places: [placeKey.state('KEN')] }), 0.75, 'es')).toEqual({
      summary: 'No hay correspondencia: el Estado de la necesidad no reúne los requisitos de la oferta.',
      failedFilter: HardFilter.NOT_ELIGIBLE,
      eligibility: null,
      criteria: [],
    });
  });
});

describe('explain: weights', () => {
  it('reads the proportions of the stored weights', () => {
    const doubled = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, DEFAULT_MATCH_WEIGHTS[c] * 2])) as MatchWeights;
    const shares = explain({ ...STRONG, weights: doubled }, 0.75).criteria.map((c) => c.weight);
    expect(shares).toEqual([0.35, 0.2, 0.2, 0.1, 0.1, 0.05]);
  });

  it('gives thirds, rounded to four decimals, and zero for criteria weighing nothing', () => {
    const weights = { theme: 1, type: 1, budget: 1, timeframe: 0, language: 0, text: 0 };
    const breakdown = explainMatch(
      need({ budgetUsdCents: 100_000, languages: ['es'] }),
      offer({ types: ['TRAINING'], remainingUsdCents: 1_000_000 }),
      weights,
      TODAY,
    );
    const e = explain(breakdown, 0.75);
    expect(e.criteria.map((c) => c.weight)).toEqual([0.3333, 0.3333, 0.3333, 0, 0, 0]);
    expect(e.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 3);
    // AREA 0.8, type 0.5, budget FULL 1: contributions 0.2666, 0.1667, 0.3333; total (0.8 + 0.5 + 1) / 3 = 0.7667.
    expect(e.criteria.map((c) => c.contribution)).toEqual([0.2666, 0.1667, 0.3333, 0, 0, 0]);
    expect(breakdown.total).toBe(0.7667);
    // Equipment asked and not given: a partial fit, whatever the score.
    expect(e.summary).toBe(
      'Score 0.77: a partial fit. The offer does not give an assistance type the need asks for: “EQUIPMENT”. Strongest on theme and budget.',
    );
  });

  it('computes every contribution as the rounded weight share times the score', () => {
    const weights = { theme: 3, type: 7, budget: 11, timeframe: 13, language: 17, text: 19 };
    const sum = 3 + 7 + 11 + 13 + 17 + 19;
    const e = explain({ ...STRONG, weights }, 0.75);
    for (const c of e.criteria) {
      expect(c.weight).toBe(Math.round((weights[c.criterion] / sum) * 10_000) / 10_000);
      expect(c.contribution).toBe(Math.round(c.weight * c.score * 10_000) / 10_000);
    }
  });
});

describe('explain: one sentence per level and fit', () => {
  it.each([
    [
      ThemeLevel.MODULE,
      { modules: ['05.30'] },
      {},
      "The need asks for a MOSAIC module that the offer's thematic areas cover: 05.30 “Marking and recordkeeping”.",
      ['05.30'],
    ],
    [
      ThemeLevel.AREA,
      { areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] },
      { areas: ['MARKING', 'TRACING'], areaModules: ['05.30', '05.31'] },
      'Both are about the same thematic areas: “Marking (ITI)” and “International cooperation in tracing (ITI)”.',
      ['MARKING', 'TRACING'],
    ],
    [
      ThemeLevel.RELATED,
      { areas: ['RECORD_KEEPING'] },
      {},
      'Related themes: their thematic areas share a MOSAIC module: 05.30 “Marking and recordkeeping”.',
      ['05.30'],
    ],
    [ThemeLevel.OPEN, {}, { areas: [], areaModules: [] }, 'The offer is open to any theme.', []],
  ] as [ThemeLevel, Partial<NeedProfile>, Partial<OfferProfile>, string, string[]][])('theme %s', (level, n, o, text, codes) => {
    const breakdown = breakdownOf(n, o);
    expect(breakdown.theme?.level).toBe(level);
    expect(criterion(explain(breakdown, 0.75, 'en', referenceNames('en')), 'theme')).toMatchObject({ explanation: text, codes, missingCodes: [] });
  });

  it.each([
    [
      BudgetFit.FULL,
      { budgetUsdCents: 2_000_000 },
      { minUsdCents: 500_000, remainingUsdCents: 9_999_999 },
      "The need's budget (USD 20,000.00) is within what the offer can give a project (up to USD 99,999.99).",
    ],
    [
      BudgetFit.PARTIAL,
      { budgetUsdCents: 2_000_001 },
      { maxUsdCents: 2_000_000, remainingUsdCents: 9_999_999 },
      'The offer can give up to USD 20,000.00 of the USD 20,000.01 asked.',
    ],
    [
      BudgetFit.BELOW_MINIMUM,
      { budgetUsdCents: 150_000 },
      { minUsdCents: 500_000, remainingUsdCents: 9_999_999 },
      "The need's budget (USD 1,500.00) is below the offer's minimum per project (USD 5,000.00).",
    ],
    [
      BudgetFit.UNKNOWN,
      { budgetUsdCents: null },
      { remainingUsdCents: 9_999_999 },
      'The need gives no budget, or no exchange rate converts one side to US dollars.',
    ],
    [
      BudgetFit.UNKNOWN,
      { budgetUsdCents: 150_000 },
      { remainingUsdCents: null },
      'The need gives no budget, or no exchange rate converts one side to US dollars.',
    ],
  ] as [BudgetFit, Partial<NeedProfile>, Partial<OfferProfile>, string][])('budget %s', (fit, n, o, text) => {
    const breakdown = breakdownOf(n, o);
    expect(breakdown.budget?.fit).toBe(fit);
    expect(criterion(explain(breakdown, 0.75), 'budget')).toMatchObject({ codes: [], score: breakdown.budget?.score });
    expect(sentence(breakdown, 'budget')).toBe(text);
  });

  it('writes amounts exactly, however large (never through a float)', () => {
    const huge = breakdownOf({ budgetUsdCents: 900_719_925_474_099 }, { remainingUsdCents: 900_719_925_474_099 });
    expect(huge.budget?.needUsd).toBe('9007199254740.99');
    expect(sentence(huge, 'budget')).toBe(
      "The need's budget (USD 9,007,199,254,740.99) is within what the offer can give a project (up to USD 9,007,199,254,740.99).",
    );
  });

  it.each([
    [
      { types: ['TRAINING'] },
      { types: ['TRAINING'] },
      'The offer gives 1 of the 1 assistance type the need asks for. Given: “Training of relevant officials”.',
    ],
    [
      { types: ['TRAINING', 'EQUIPMENT'] },
      { types: ['EQUIPMENT', 'TRAINING'] },
      'The offer gives 2 of the 2 assistance types the need asks for. Given: “Training of relevant officials” and “Equipment (transfer of technology and equipment)”.',
    ],
    [
      { types: ['TRAINING', 'EQUIPMENT'] },
      { types: ['FINANCIAL'] },
      'The offer gives 0 of the 2 assistance types the need asks for. Not given: “Training of relevant officials” and “Equipment (transfer of technology and equipment)”.',
    ],
    [{ types: [] }, { types: ['FINANCIAL'] }, 'The need or the offer names no assistance type.'],
    [{ types: ['TRAINING'] }, { types: [] }, 'The need or the offer names no assistance type.'],
  ] as [Partial<NeedProfile>, Partial<OfferProfile>, string][])('type: need %j, offer %j', (n, o, text) => {
    expect(sentence(breakdownOf(n, o), 'type')).toBe(text);
  });

  it('timeframe: the days within the window, or none given', () => {
    const march = { timeframe: { start: dayNumber('2027-03-01'), end: dayNumber('2027-03-31') } };
    expect(sentence(breakdownOf(march, { availableUntil: dayNumber('2027-02-28') }), 'timeframe')).toBe(
      "0 of the 31 days of the need's timeframe fall within the offer's window.",
    );
    expect(sentence(breakdownOf(march, {}), 'timeframe')).toBe("31 of the 31 days of the need's timeframe fall within the offer's window.");
    const oneDay = { timeframe: { start: dayNumber('2027-03-01'), end: dayNumber('2027-03-01') } };
    expect(sentence(breakdownOf(oneDay, {}), 'timeframe')).toBe("1 of the 1 day of the need's timeframe falls within the offer's window.");
    expect(sentence(breakdownOf({}, {}), 'timeframe')).toBe('The need gives no timeframe.');
  });

  it('language: shared, not shared, or none offered, with the languages named', () => {
    expect(sentence(breakdownOf({ languages: ['en', 'fr'] }, { languages: ['en', 'fr'] }), 'language')).toBe(
      'The donor works in languages the need is written in: English and French.',
    );
    expect(sentence(breakdownOf({ languages: ['ar'] }, { languages: ['ru'] }), 'language')).toBe(
      "The need is not written in any of the donor's working languages: Russian.",
    );
    expect(sentence(breakdownOf({ languages: ['ar'] }, { languages: [] }), 'language')).toBe('The offer names no working language.');
    expect(sentence(breakdownOf({ languages: ['ar'] }, { languages: ['ar'] }), 'language', 'zh')).toBe('捐助方使用撰写需求的语言开展工作：阿拉伯语。');
  });
});

describe('codesToName', () => {
  it('lists the codes whose names an explanation shows, by kind', () => {
    expect(codesToName(STRONG)).toEqual({
      state: ['GHA'],
      organisation: ['ECOWAS'],
      area: [],
      thematicArea: [],
      module: ['05.30'],
      assistanceType: ['TRAINING', 'EQUIPMENT'],
    });
    expect(codesToName(COMPLETE)).toMatchObject({ area: ['011', '002'], thematicArea: ['MARKING'], module: [] });
    expect(Object.values(codesToName({ fits: false, failed: HardFilter.NOT_ELIGIBLE, weights: DEFAULT_MATCH_WEIGHTS })).flat()).toEqual([]);
  });
});

describe('EXPLANATION_LABELS', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  /** Every text of a label set, keyed by its path ("summary.missingTypes.one"). */
  const texts = (value: unknown, path = ''): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Array.isArray(value)
        ? []
        : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));

  it.each(UN_LANGUAGES.filter((l) => l !== 'en'))('%s says every sentence with the placeholders English uses', (language) => {
    const english = new Map(texts(EXPLANATION_LABELS.en).map(([path, text]) => [path.replace(/\.(one|two|few|many|zero)$/, '.other'), placeholders(text)]));
    for (const [path, text] of texts(EXPLANATION_LABELS[language])) {
      expect([path, placeholders(text)]).toEqual([path, english.get(path.replace(/\.(one|two|few|many|zero)$/, '.other'))]);
    }
  });

  it.each(UN_LANGUAGES)('%s gives one text for every count, or a form for each count its plural rules select', (language) => {
    const rules = new Intl.PluralRules(language);
    const counted = (forms: Counted) =>
      Object.keys(forms).length === 1 || Array.from({ length: 10_001 }, (_, n) => rules.select(n)).every((form) => forms[form] !== undefined);
    const l = EXPLANATION_LABELS[language];
    for (const forms of [l.summary.partialTimeframe, l.type.counted, l.timeframe.counted]) expect(counted(forms)).toBe(true);
  });

  it('introduces a list of one name in the singular and of more in the plural (the dual for two in Arabic)', () => {
    const numbered: Numbered = EXPLANATION_LABELS.en.eligibility.M49_AREA;
    expect(numbered.two).toBeUndefined();
    expect(sentence(breakdownOf({}, { places: [placeKey.area('011')] }), 'theme')).toBeDefined();
    const areas = (places: string[], language: UnLanguage) =>
      explain(breakdownOf({}, { places }), 0.75, language, referenceNames(language)).eligibility!.explanation;
    expect(areas([placeKey.area('011')], 'ar')).toContain('جزء من منطقة يسمّيها');
    expect(areas([placeKey.area('011'), placeKey.area('002')], 'ar')).toContain('جزء من منطقتين يسمّيهما');
    expect(areas([placeKey.area('011'), placeKey.area('002'), placeKey.area('202')], 'ar')).toContain('جزء من مناطق يسمّيها');
    expect(areas([placeKey.area('011'), placeKey.area('002'), placeKey.area('202')], 'ru')).toContain('входит в регионы, указанные в предложении');
  });
});

/** Breakdowns of seeded random pairs of Ghana's needs and offers (some not matches). */
function randomBreakdowns(count: number): MatchBreakdown[] {
  const rand = mulberry32(11);
  const pick = <T>(values: readonly T[]) => values[Math.floor(rand() * values.length)];
  const subset = <T>(values: readonly T[], p: number) => values.filter(() => rand() < p);
  const TYPES = ['FINANCIAL', 'TECHNICAL', 'EQUIPMENT', 'TRAINING', 'LEGAL_DRAFTING'];
  const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
  return Array.from({ length: count }, () => {
    const start = dayNumber('2027-01-01') + Math.floor(rand() * 200);
    const from = dayNumber('2027-01-01') + Math.floor(rand() * 300);
    return explainMatch(
      need({
        areas: [pick(['MARKING', 'RECORD_KEEPING', 'TRACING'])],
        areaModules: ['05.30'],
        modules: rand() < 0.3 ? ['05.30'] : [],
        types: subset(TYPES, 0.5),
        budgetUsdCents: rand() < 0.2 ? null : Math.floor(rand() * 50_000_000),
        timeframe: rand() < 0.2 ? null : { start, end: start + Math.floor(rand() * 400) },
        languages: [pick(LANGUAGES)],
        terms: termIds(subset(['mark', 'record', 'trace', 'train', 'kit'], 0.5)),
      }),
      offer({
        everywhere: rand() < 0.15,
        places: subset(GHANA_PLACES, 0.35),
        areas: rand() < 0.2 ? [] : ['MARKING'],
        areaModules: ['05.30'],
        types: subset(TYPES, 0.5),
        minUsdCents: rand() < 0.5 ? null : Math.floor(rand() * 1_000_000),
        maxUsdCents: rand() < 0.5 ? null : Math.floor(rand() * 30_000_000),
        remainingUsdCents: rand() < 0.1 ? null : Math.floor(rand() * 60_000_000),
        availableFrom: from,
        availableUntil: rand() < 0.5 ? null : from + Math.floor(rand() * 400),
        languages: subset(LANGUAGES, 0.3),
        textLanguages: [pick(LANGUAGES)],
        terms: termIds(subset(['mark', 'record', 'trace', 'train', 'kit'], 0.5)),
      }),
      DEFAULT_MATCH_WEIGHTS,
      TODAY,
    );
  });
}
