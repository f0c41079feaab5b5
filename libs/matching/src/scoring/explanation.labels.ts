import type { MatchCriterion, UnLanguage } from '#libs/core';
import type { BudgetFit, EligibilityBasis, HardFilter, ThemeLevel } from './score.js';

/**
 * The sentences of match explanations in the six UN languages (working translations, to be
 * reviewed by UN language staff like the notification and meeting pack labels). Keyed by the
 * enums' values (type-only imports), so that a filter, level or fit added to an enum fails
 * type-checking here until every language says it.
 *
 * Conventions, so that every value reads correctly in every language:
 * - `{name}` placeholders are filled with text already formatted for the reader (numbers, money,
 *   dates, names in the reader's language);
 * - names of States, organisations, regions and taxonomy entries stand after a colon or in
 *   parentheses, never inside the grammar of the sentence: Russian would decline them, French
 *   and Spanish need articles before country names;
 * - a count shown as a numeral either governs nothing (a colon form such as "21 of 31"), or the
 *   sentence gives every plural form the language's rules select (`Counted`);
 * - a list of names is introduced in the singular for one name, in the plural for more (and in
 *   the dual for two where the language has one): `Numbered`.
 */

/** A sentence with a numeral: one text for every count, or one per plural form the language selects (Intl.PluralRules). */
export type Counted = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A sentence introducing a list of names: singular for one, dual for two (where a language has one), plural otherwise. */
export interface Numbered {
  one: string;
  two?: string;
  other: string;
}

export interface ExplanationLabels {
  /** Between two sentences (Chinese sets none). */
  separator: string;
  /** Quotation marks around taxonomy names (thematic areas, MOSAIC modules, assistance types). */
  quotes: readonly [string, string];
  /** Criteria as the summary names them. */
  criteria: Record<MatchCriterion, string>;
  summary: {
    /** `{score}`. */
    strong: string;
    partial: string;
    plain: string;
    /** `{criteria}`: a list of criteria names. Only when nothing asked is left uncovered. */
    goodFit: string;
    /** `{criteria}`, when the offer leaves something uncovered. */
    strongest: string;
    /** `{names}`: the assistance types asked and not given. */
    missingTypes: Numbered;
    /** `{cap}`, `{need}`: amounts. */
    partialBudget: string;
    /** `{overlap}`, `{days}`; by `{days}`. */
    partialTimeframe: Counted;
  };
  /** `{reason}`: one of `filters`, or `windowEndedOn`. */
  notAMatch: string;
  filters: Record<`${HardFilter}`, string>;
  /** `{date}`. */
  windowEndedOn: string;
  /** `{state}`, and `{names}` of what the offer names. */
  eligibility: Record<`${EligibilityBasis.STATE | EligibilityBasis.EVERYWHERE}`, string> &
    Record<`${EligibilityBasis.REGIONAL_ORGANISATION | EligibilityBasis.M49_AREA}`, Numbered>;
  /** `{names}`: modules or thematic areas. */
  theme: Record<`${ThemeLevel.MODULE | ThemeLevel.AREA | ThemeLevel.RELATED}`, Numbered> & Record<`${ThemeLevel.OPEN}`, string>;
  type: {
    none: string;
    /** `{covered}`, `{asked}`; by `{asked}`. */
    counted: Counted;
    /** `{names}`. */
    given: string;
    notGiven: string;
  };
  /** `{need}`, `{cap}`, `{min}`: amounts. */
  budget: Record<`${BudgetFit}`, string>;
  /** `{overlap}`, `{days}`; by `{days}`. */
  timeframe: { none: string; counted: Counted };
  /** `{names}`: languages. */
  language: { none: string; shared: Numbered; notShared: string };
  text: {
    /** `{percent}`. */
    compared: string;
    /** The two texts share no language: their terms cannot meet, so the criterion says nothing about them. */
    notCompared: string;
  };
}

export const EXPLANATION_LABELS: Record<UnLanguage, ExplanationLabels> = {
  ar: {
    separator: ' ',
    quotes: ['«', '»'],
    criteria: { theme: 'الموضوع', type: 'أنواع المساعدة', budget: 'الميزانية', timeframe: 'الإطار الزمني', language: 'اللغة', text: 'النص' },
    summary: {
      strong: 'الدرجة: {score}، وهي مطابقة قوية.',
      partial: 'الدرجة: {score}، وهي مطابقة جزئية.',
      plain: 'الدرجة: {score}.',
      goodFit: 'توافق جيد من حيث: {criteria}.',
      strongest: 'أقوى الجوانب: {criteria}.',
      missingTypes: {
        one: 'لا يقدّم العرض نوع المساعدة التالي الذي يطلبه الاحتياج: {names}.',
        two: 'لا يقدّم العرض نوعَي المساعدة التاليين اللذين يطلبهما الاحتياج: {names}.',
        other: 'لا يقدّم العرض أنواع المساعدة التالية التي يطلبها الاحتياج: {names}.',
      },
      partialBudget: 'يمكن أن يقدّم العرض {cap} من المبلغ المطلوب البالغ {need}.',
      partialTimeframe: { other: 'لا تغطي فترة إتاحة العرض سوى جزء من الإطار الزمني للاحتياج (الأيام المشمولة: {overlap} من أصل {days}).' },
    },
    notAMatch: 'لا توجد مطابقة: {reason}.',
    filters: {
      NOT_LISTED: 'الاحتياج أو العرض غير منشور أو خاص',
      WINDOW_ENDED: 'انتهت فترة إتاحة العرض',
      NOT_ELIGIBLE: 'دولة الاحتياج غير مؤهلة بموجب العرض',
      WINDOW_TOO_LATE: 'تبدأ فترة إتاحة العرض بعد تاريخ انتهاء صلاحية الاحتياج',
      NO_THEMATIC_RELATION: 'لا يوجد بينهما مجال مواضيعي مشترك، ولا مجال مرتبط عن طريق وحدة من وحدات MOSAIC',
    },
    windowEndedOn: 'انتهت فترة إتاحة العرض في {date}',
    eligibility: {
      STATE: 'يسمّي العرض الدولة الطالبة: {state}.',
      REGIONAL_ORGANISATION: {
        one: 'الدولة الطالبة ({state}) مؤهلة بصفتها عضوا في منظمة إقليمية يسمّيها العرض: {names}.',
        two: 'الدولة الطالبة ({state}) مؤهلة بصفتها عضوا في منظمتين إقليميتين يسمّيهما العرض: {names}.',
        other: 'الدولة الطالبة ({state}) مؤهلة بصفتها عضوا في منظمات إقليمية يسمّيها العرض: {names}.',
      },
      M49_AREA: {
        one: 'الدولة الطالبة ({state}) مؤهلة لأنها جزء من منطقة يسمّيها العرض: {names}.',
        two: 'الدولة الطالبة ({state}) مؤهلة لأنها جزء من منطقتين يسمّيهما العرض: {names}.',
        other: 'الدولة الطالبة ({state}) مؤهلة لأنها جزء من مناطق يسمّيها العرض: {names}.',
      },
      EVERYWHERE: 'الدولة الطالبة ({state}) مؤهلة: العرض مفتوح لجميع الدول.',
    },
    theme: {
      MODULE: {
        one: 'يطلب الاحتياج وحدة من وحدات MOSAIC تغطيها المجالات المواضيعية للعرض: {names}.',
        two: 'يطلب الاحتياج وحدتين من وحدات MOSAIC تغطيهما المجالات المواضيعية للعرض: {names}.',
        other: 'يطلب الاحتياج وحدات MOSAIC التالية التي تغطيها المجالات المواضيعية للعرض: {names}.',
      },
      AREA: {
        one: 'يتناول الاحتياج والعرض المجال المواضيعي نفسه: {names}.',
        two: 'يتناول الاحتياج والعرض المجالين المواضيعيين نفسيهما: {names}.',
        other: 'يتناول الاحتياج والعرض المجالات المواضيعية نفسها: {names}.',
      },
      RELATED: {
        one: 'مواضيع مترابطة: تشترك مجالاتهما المواضيعية في وحدة من وحدات MOSAIC: {names}.',
        two: 'مواضيع مترابطة: تشترك مجالاتهما المواضيعية في وحدتين من وحدات MOSAIC: {names}.',
        other: 'مواضيع مترابطة: تشترك مجالاتهما المواضيعية في وحدات MOSAIC التالية: {names}.',
      },
      OPEN: 'العرض مفتوح لأي موضوع.',
    },
    type: {
      none: 'لا يحدد الاحتياج أو العرض أي نوع من أنواع المساعدة.',
      counted: { other: 'أنواع المساعدة التي يطلبها الاحتياج ويقدّمها العرض: {covered} من أصل {asked}.' },
      given: 'مقدَّمة: {names}.',
      notGiven: 'غير مقدَّمة: {names}.',
    },
    budget: {
      FULL: 'ميزانية الاحتياج ({need}) في حدود ما يمكن أن يقدّمه العرض لمشروع واحد (حتى {cap}).',
      PARTIAL: 'يمكن أن يقدّم العرض ما يصل إلى {cap} من المبلغ المطلوب البالغ {need}.',
      BELOW_MINIMUM: 'ميزانية الاحتياج ({need}) أقل من الحد الأدنى الذي يحدده العرض لكل مشروع ({min}).',
      UNKNOWN: 'لا يحدد الاحتياج ميزانية، أو لا يوجد سعر صرف لتحويل أحد المبلغين إلى دولارات الولايات المتحدة.',
    },
    timeframe: {
      none: 'لا يحدد الاحتياج إطارا زمنيا.',
      counted: { other: 'أيام الإطار الزمني للاحتياج التي تقع ضمن فترة إتاحة العرض: {overlap} من أصل {days}.' },
    },
    language: {
      none: 'لا يحدد العرض أي لغة عمل.',
      shared: {
        one: 'تعمل الجهة المانحة بلغة كُتب بها الاحتياج: {names}.',
        two: 'تعمل الجهة المانحة بلغتين كُتب بهما الاحتياج: {names}.',
        other: 'تعمل الجهة المانحة بلغات كُتب بها الاحتياج: {names}.',
      },
      notShared: 'لم يُكتب الاحتياج بأي من لغات عمل الجهة المانحة: {names}.',
    },
    text: {
      compared: 'نسبة المصطلحات المشتركة بين نصيهما: {percent} (معيار ترجيح).',
      notCompared: 'لم تجر المقارنة: لم يُكتب الاحتياج والعرض بلغة مشتركة، ولذلك لا يمكن مقارنة نصيهما؛ ولا يضيف معيار الترجيح هذا شيئا إلى الدرجة.',
    },
  },
  zh: {
    separator: '',
    quotes: ['“', '”'],
    criteria: { theme: '主题', type: '援助类型', budget: '预算', timeframe: '时间框架', language: '语言', text: '文本' },
    summary: {
      strong: '评分：{score}，高度匹配。',
      partial: '评分：{score}，部分匹配。',
      plain: '评分：{score}。',
      goodFit: '匹配良好的方面：{criteria}。',
      strongest: '匹配最好的方面：{criteria}。',
      missingTypes: {
        one: '该援助提议不提供需求所要求的以下援助类型：{names}。',
        other: '该援助提议不提供需求所要求的以下援助类型：{names}。',
      },
      partialBudget: '在所要求的{need}中，该援助提议可提供{cap}。',
      partialTimeframe: { other: '该援助提议的可用期仅涵盖需求时间框架的一部分（涵盖天数：{days}天中的{overlap}天）。' },
    },
    notAMatch: '不构成匹配：{reason}。',
    filters: {
      NOT_LISTED: '需求或援助提议未发布或为非公开',
      WINDOW_ENDED: '援助提议的可用期已结束',
      NOT_ELIGIBLE: '需求所属国家不符合援助提议的资格条件',
      WINDOW_TOO_LATE: '援助提议的可用期在需求有效期截止日之后才开始',
      NO_THEMATIC_RELATION: '二者没有共同的专题领域，也没有通过MOSAIC模块相关联的专题领域',
    },
    windowEndedOn: '援助提议的可用期已于{date}结束',
    eligibility: {
      STATE: '该援助提议指明了请求国：{state}。',
      REGIONAL_ORGANISATION: {
        one: '请求国（{state}）作为该援助提议所指明的区域组织的成员而符合资格：{names}。',
        other: '请求国（{state}）作为该援助提议所指明的区域组织的成员而符合资格：{names}。',
      },
      M49_AREA: {
        one: '请求国（{state}）因属于该援助提议所指明的区域而符合资格：{names}。',
        other: '请求国（{state}）因属于该援助提议所指明的区域而符合资格：{names}。',
      },
      EVERYWHERE: '请求国（{state}）符合资格：该援助提议向所有国家开放。',
    },
    theme: {
      MODULE: {
        one: '需求所要求的MOSAIC模块在该援助提议的专题领域范围内：{names}。',
        other: '需求所要求的MOSAIC模块在该援助提议的专题领域范围内：{names}。',
      },
      AREA: { one: '需求和援助提议涉及相同的专题领域：{names}。', other: '需求和援助提议涉及相同的专题领域：{names}。' },
      RELATED: {
        one: '相关主题：二者的专题领域有共同的MOSAIC模块：{names}。',
        other: '相关主题：二者的专题领域有共同的MOSAIC模块：{names}。',
      },
      OPEN: '该援助提议对任何主题开放。',
    },
    type: {
      none: '需求或援助提议未指明任何援助类型。',
      counted: { other: '在需求所要求的{asked}种援助类型中，该援助提议提供{covered}种。' },
      given: '提供：{names}。',
      notGiven: '不提供：{names}。',
    },
    budget: {
      FULL: '需求的预算（{need}）在该援助提议可为单个项目提供的范围内（最多{cap}）。',
      PARTIAL: '在所要求的{need}中，该援助提议最多可提供{cap}。',
      BELOW_MINIMUM: '需求的预算（{need}）低于该援助提议每个项目的最低金额（{min}）。',
      UNKNOWN: '需求未提供预算，或没有汇率可将其中一方的金额换算为美元。',
    },
    timeframe: {
      none: '需求未提供时间框架。',
      counted: { other: '在需求时间框架的{days}天中，有{overlap}天在该援助提议的可用期内。' },
    },
    language: {
      none: '该援助提议未指明工作语言。',
      shared: { one: '捐助方使用撰写需求的语言开展工作：{names}。', other: '捐助方使用撰写需求的语言开展工作：{names}。' },
      notShared: '需求未使用捐助方的任何工作语言撰写：{names}。',
    },
    text: {
      compared: '二者文本共有的术语比例：{percent}（次要的区分标准）。',
      notCompared: '未作比较：需求和援助提议没有以共同语言撰写，因此无法比较其文本；这一次要标准不为评分增加任何分值。',
    },
  },
  en: {
    separator: ' ',
    quotes: ['“', '”'],
    criteria: { theme: 'theme', type: 'assistance types', budget: 'budget', timeframe: 'timeframe', language: 'language', text: 'text' },
    summary: {
      strong: 'Score {score}: a strong match.',
      partial: 'Score {score}: a partial fit.',
      plain: 'Score {score}.',
      goodFit: 'Good fit on {criteria}.',
      strongest: 'Strongest on {criteria}.',
      missingTypes: {
        one: 'The offer does not give an assistance type the need asks for: {names}.',
        other: 'The offer does not give assistance types the need asks for: {names}.',
      },
      partialBudget: 'The offer can give {cap} of the {need} asked.',
      partialTimeframe: {
        one: "The offer's window covers {overlap} of the {days} day of the need's timeframe.",
        other: "The offer's window covers {overlap} of the {days} days of the need's timeframe.",
      },
    },
    notAMatch: 'Not a match: {reason}.',
    filters: {
      NOT_LISTED: 'the need or the offer is not published, or is private',
      WINDOW_ENDED: "the offer's availability window has ended",
      NOT_ELIGIBLE: "the need's State is not eligible under the offer",
      WINDOW_TOO_LATE: "the offer's window opens after the need's valid-until date",
      NO_THEMATIC_RELATION: 'they have no thematic area in common, nor one related through a MOSAIC module',
    },
    windowEndedOn: "the offer's availability window ended on {date}",
    eligibility: {
      STATE: 'The offer names the requesting State: {state}.',
      REGIONAL_ORGANISATION: {
        one: 'The requesting State ({state}) is eligible as a member of a regional organisation the offer names: {names}.',
        other: 'The requesting State ({state}) is eligible as a member of regional organisations the offer names: {names}.',
      },
      M49_AREA: {
        one: 'The requesting State ({state}) is eligible as part of a region the offer names: {names}.',
        other: 'The requesting State ({state}) is eligible as part of regions the offer names: {names}.',
      },
      EVERYWHERE: 'The requesting State ({state}) is eligible: the offer is open to every State.',
    },
    theme: {
      MODULE: {
        one: "The need asks for a MOSAIC module that the offer's thematic areas cover: {names}.",
        other: "The need asks for MOSAIC modules that the offer's thematic areas cover: {names}.",
      },
      AREA: { one: 'Both are about the same thematic area: {names}.', other: 'Both are about the same thematic areas: {names}.' },
      RELATED: {
        one: 'Related themes: their thematic areas share a MOSAIC module: {names}.',
        other: 'Related themes: their thematic areas share MOSAIC modules: {names}.',
      },
      OPEN: 'The offer is open to any theme.',
    },
    type: {
      none: 'The need or the offer names no assistance type.',
      counted: {
        one: 'The offer gives {covered} of the {asked} assistance type the need asks for.',
        other: 'The offer gives {covered} of the {asked} assistance types the need asks for.',
      },
      given: 'Given: {names}.',
      notGiven: 'Not given: {names}.',
    },
    budget: {
      FULL: "The need's budget ({need}) is within what the offer can give a project (up to {cap}).",
      PARTIAL: 'The offer can give up to {cap} of the {need} asked.',
      BELOW_MINIMUM: "The need's budget ({need}) is below the offer's minimum per project ({min}).",
      UNKNOWN: 'The need gives no budget, or no exchange rate converts one side to US dollars.',
    },
    timeframe: {
      none: 'The need gives no timeframe.',
      counted: {
        one: "{overlap} of the {days} day of the need's timeframe falls within the offer's window.",
        other: "{overlap} of the {days} days of the need's timeframe fall within the offer's window.",
      },
    },
    language: {
      none: 'The offer names no working language.',
      shared: {
        one: 'The donor works in a language the need is written in: {names}.',
        other: 'The donor works in languages the need is written in: {names}.',
      },
      notShared: "The need is not written in any of the donor's working languages: {names}.",
    },
    text: {
      compared: 'Their texts share {percent} of their terms (a tie-breaker).',
      notCompared:
        'Not compared: the need and the offer are not written in a common language, so their texts cannot be compared; this tie-breaker adds nothing to the score.',
    },
  },
  fr: {
    separator: ' ',
    quotes: ['« ', ' »'],
    criteria: { theme: 'thème', type: 'types d’assistance', budget: 'budget', timeframe: 'calendrier', language: 'langue', text: 'texte' },
    summary: {
      strong: 'Score de {score} : correspondance forte.',
      partial: 'Score de {score} : correspondance partielle.',
      plain: 'Score de {score}.',
      goodFit: 'Bonne adéquation : {criteria}.',
      strongest: 'Points forts : {criteria}.',
      missingTypes: {
        one: 'L’offre ne fournit pas le type d’assistance suivant, demandé par le besoin : {names}.',
        other: 'L’offre ne fournit pas les types d’assistance suivants, demandés par le besoin : {names}.',
      },
      partialBudget: 'L’offre peut fournir {cap} sur les {need} demandés.',
      partialTimeframe: {
        other: 'La période de disponibilité de l’offre ne couvre qu’une partie du calendrier du besoin (jours couverts : {overlap} sur {days}).',
      },
    },
    notAMatch: 'Pas de correspondance : {reason}.',
    filters: {
      NOT_LISTED: 'le besoin ou l’offre n’est pas publié, ou est privé',
      WINDOW_ENDED: 'la période de disponibilité de l’offre est terminée',
      NOT_ELIGIBLE: 'l’État du besoin n’est pas admissible au titre de l’offre',
      WINDOW_TOO_LATE: 'la période de disponibilité de l’offre commence après la date de validité du besoin',
      NO_THEMATIC_RELATION: 'ils n’ont aucun domaine thématique en commun, ni de domaine apparenté par un module MOSAIC',
    },
    windowEndedOn: 'la période de disponibilité de l’offre a pris fin le {date}',
    eligibility: {
      STATE: 'L’offre désigne l’État demandeur : {state}.',
      REGIONAL_ORGANISATION: {
        one: 'L’État demandeur ({state}) est admissible en tant que membre d’une organisation régionale désignée par l’offre : {names}.',
        other: 'L’État demandeur ({state}) est admissible en tant que membre d’organisations régionales désignées par l’offre : {names}.',
      },
      M49_AREA: {
        one: 'L’État demandeur ({state}) est admissible, car il fait partie d’une région désignée par l’offre : {names}.',
        other: 'L’État demandeur ({state}) est admissible, car il fait partie de régions désignées par l’offre : {names}.',
      },
      EVERYWHERE: 'L’État demandeur ({state}) est admissible : l’offre est ouverte à tous les États.',
    },
    theme: {
      MODULE: {
        one: 'Le besoin demande un module MOSAIC couvert par les domaines thématiques de l’offre : {names}.',
        other: 'Le besoin demande des modules MOSAIC couverts par les domaines thématiques de l’offre : {names}.',
      },
      AREA: {
        one: 'Le besoin et l’offre portent sur le même domaine thématique : {names}.',
        other: 'Le besoin et l’offre portent sur les mêmes domaines thématiques : {names}.',
      },
      RELATED: {
        one: 'Thèmes apparentés : leurs domaines thématiques ont en commun un module MOSAIC : {names}.',
        other: 'Thèmes apparentés : leurs domaines thématiques ont en commun des modules MOSAIC : {names}.',
      },
      OPEN: 'L’offre est ouverte à tous les thèmes.',
    },
    type: {
      none: 'Le besoin ou l’offre ne précise aucun type d’assistance.',
      counted: { other: 'Types d’assistance demandés par le besoin et fournis par l’offre : {covered} sur {asked}.' },
      given: 'Fournis : {names}.',
      notGiven: 'Non fournis : {names}.',
    },
    budget: {
      FULL: 'Le budget du besoin ({need}) reste dans les limites de ce que l’offre peut fournir à un projet (jusqu’à {cap}).',
      PARTIAL: 'L’offre peut fournir jusqu’à {cap} sur les {need} demandés.',
      BELOW_MINIMUM: 'Le budget du besoin ({need}) est inférieur au minimum par projet de l’offre ({min}).',
      UNKNOWN: 'Le besoin n’indique pas de budget, ou aucun taux de change ne permet de convertir l’un des montants en dollars des États-Unis.',
    },
    timeframe: {
      none: 'Le besoin n’indique pas de calendrier.',
      counted: { other: 'Jours du calendrier du besoin compris dans la période de disponibilité de l’offre : {overlap} sur {days}.' },
    },
    language: {
      none: 'L’offre n’indique aucune langue de travail.',
      shared: {
        one: 'Le donateur travaille dans une langue dans laquelle le besoin est rédigé : {names}.',
        other: 'Le donateur travaille dans des langues dans lesquelles le besoin est rédigé : {names}.',
      },
      notShared: 'Le besoin n’est rédigé dans aucune des langues de travail du donateur : {names}.',
    },
    text: {
      compared: 'Part des termes communs à leurs textes : {percent} (critère de départage).',
      notCompared:
        'Non comparés : le besoin et l’offre ne sont pas rédigés dans une langue commune, leurs textes ne peuvent donc pas être comparés ; ce critère de départage n’ajoute rien au score.',
    },
  },
  ru: {
    separator: ' ',
    quotes: ['«', '»'],
    criteria: { theme: 'тематика', type: 'виды помощи', budget: 'бюджет', timeframe: 'сроки', language: 'язык', text: 'текст' },
    summary: {
      strong: 'Оценка: {score}; высокая степень соответствия.',
      partial: 'Оценка: {score}; частичное соответствие.',
      plain: 'Оценка: {score}.',
      goodFit: 'Хорошее соответствие по критериям: {criteria}.',
      strongest: 'Сильные стороны: {criteria}.',
      missingTypes: {
        one: 'Предложение не предусматривает следующий вид помощи, запрашиваемый потребностью: {names}.',
        other: 'Предложение не предусматривает следующие виды помощи, запрашиваемые потребностью: {names}.',
      },
      partialBudget: 'Предложение может выделить {cap} из запрошенных {need}.',
      partialTimeframe: { other: 'Период доступности предложения охватывает лишь часть сроков потребности (охваченные дни: {overlap} из {days}).' },
    },
    notAMatch: 'Соответствие отсутствует: {reason}.',
    filters: {
      NOT_LISTED: 'потребность или предложение не опубликованы либо являются закрытыми',
      WINDOW_ENDED: 'период доступности предложения истек',
      NOT_ELIGIBLE: 'государство, заявившее потребность, не отвечает условиям предложения',
      WINDOW_TOO_LATE: 'период доступности предложения начинается после окончания срока действия потребности',
      NO_THEMATIC_RELATION: 'у них нет ни общих тематических областей, ни областей, связанных через модуль MOSAIC',
    },
    // The long date ends with «г.»: set in parentheses, so that no second full stop follows it.
    windowEndedOn: 'период доступности предложения истек (последний день: {date})',
    eligibility: {
      STATE: 'Предложение прямо называет запрашивающее государство: {state}.',
      REGIONAL_ORGANISATION: {
        one: 'Запрашивающее государство ({state}) отвечает условиям как член региональной организации, указанной в предложении: {names}.',
        other: 'Запрашивающее государство ({state}) отвечает условиям как член региональных организаций, указанных в предложении: {names}.',
      },
      M49_AREA: {
        one: 'Запрашивающее государство ({state}) отвечает условиям, поскольку входит в регион, указанный в предложении: {names}.',
        other: 'Запрашивающее государство ({state}) отвечает условиям, поскольку входит в регионы, указанные в предложении: {names}.',
      },
      EVERYWHERE: 'Запрашивающее государство ({state}) отвечает условиям: предложение открыто для всех государств.',
    },
    theme: {
      MODULE: {
        one: 'Потребность касается модуля MOSAIC, который охватывают тематические области предложения: {names}.',
        other: 'Потребность касается модулей MOSAIC, которые охватывают тематические области предложения: {names}.',
      },
      AREA: {
        one: 'Потребность и предложение относятся к одной и той же тематической области: {names}.',
        other: 'Потребность и предложение относятся к одним и тем же тематическим областям: {names}.',
      },
      RELATED: {
        one: 'Смежные темы: у их тематических областей есть общий модуль MOSAIC: {names}.',
        other: 'Смежные темы: у их тематических областей есть общие модули MOSAIC: {names}.',
      },
      OPEN: 'Предложение открыто для любой тематики.',
    },
    type: {
      none: 'В потребности или в предложении не указан ни один вид помощи.',
      counted: { other: 'Виды помощи, запрашиваемые потребностью и предусмотренные предложением: {covered} из {asked}.' },
      given: 'Предусмотрены: {names}.',
      notGiven: 'Не предусмотрены: {names}.',
    },
    budget: {
      FULL: 'Бюджет потребности ({need}) не превышает суммы, которую предложение может выделить на один проект (до {cap}).',
      PARTIAL: 'Предложение может выделить до {cap} из запрошенных {need}.',
      BELOW_MINIMUM: 'Бюджет потребности ({need}) ниже минимальной суммы, которую предложение выделяет на один проект ({min}).',
      UNKNOWN: 'В потребности не указан бюджет, или нет обменного курса для пересчета одной из сумм в доллары США.',
    },
    timeframe: {
      none: 'В потребности не указаны сроки.',
      counted: { other: 'Дни сроков потребности, приходящиеся на период доступности предложения: {overlap} из {days}.' },
    },
    language: {
      none: 'В предложении не указаны рабочие языки.',
      shared: {
        one: 'Донор работает на языке, на котором составлена потребность: {names}.',
        other: 'Донор работает на языках, на которых составлена потребность: {names}.',
      },
      notShared: 'Потребность не составлена ни на одном из рабочих языков донора: {names}.',
    },
    text: {
      compared: 'Доля общих терминов в их текстах: {percent} (дополнительный критерий).',
      notCompared:
        'Не сравнивались: потребность и предложение не составлены на общем языке, поэтому их тексты нельзя сравнить; этот дополнительный критерий ничего не добавляет к оценке.',
    },
  },
  es: {
    separator: ' ',
    quotes: ['«', '»'],
    criteria: { theme: 'tema', type: 'tipos de asistencia', budget: 'presupuesto', timeframe: 'calendario', language: 'idioma', text: 'texto' },
    summary: {
      strong: 'Puntuación: {score}; una correspondencia sólida.',
      partial: 'Puntuación: {score}; una correspondencia parcial.',
      plain: 'Puntuación: {score}.',
      goodFit: 'Buena adecuación en: {criteria}.',
      strongest: 'Puntos fuertes: {criteria}.',
      missingTypes: {
        one: 'La oferta no proporciona el siguiente tipo de asistencia, que solicita la necesidad: {names}.',
        other: 'La oferta no proporciona los siguientes tipos de asistencia, que solicita la necesidad: {names}.',
      },
      partialBudget: 'La oferta puede aportar {cap} de los {need} solicitados.',
      partialTimeframe: {
        other: 'El período de disponibilidad de la oferta solo cubre una parte del calendario de la necesidad (días cubiertos: {overlap} de {days}).',
      },
    },
    notAMatch: 'No hay correspondencia: {reason}.',
    filters: {
      NOT_LISTED: 'la necesidad o la oferta no está publicada, o es privada',
      WINDOW_ENDED: 'el período de disponibilidad de la oferta ha terminado',
      NOT_ELIGIBLE: 'el Estado de la necesidad no reúne los requisitos de la oferta',
      WINDOW_TOO_LATE: 'el período de disponibilidad de la oferta comienza después de la fecha de validez de la necesidad',
      NO_THEMATIC_RELATION: 'no tienen ningún ámbito temático en común, ni ninguno relacionado a través de un módulo MOSAIC',
    },
    windowEndedOn: 'el período de disponibilidad de la oferta terminó el {date}',
    eligibility: {
      STATE: 'La oferta designa al Estado solicitante: {state}.',
      REGIONAL_ORGANISATION: {
        one: 'El Estado solicitante ({state}) reúne los requisitos como miembro de una organización regional que designa la oferta: {names}.',
        other: 'El Estado solicitante ({state}) reúne los requisitos como miembro de organizaciones regionales que designa la oferta: {names}.',
      },
      M49_AREA: {
        one: 'El Estado solicitante ({state}) reúne los requisitos por formar parte de una región que designa la oferta: {names}.',
        other: 'El Estado solicitante ({state}) reúne los requisitos por formar parte de regiones que designa la oferta: {names}.',
      },
      EVERYWHERE: 'El Estado solicitante ({state}) reúne los requisitos: la oferta está abierta a todos los Estados.',
    },
    theme: {
      MODULE: {
        one: 'La necesidad solicita un módulo MOSAIC que abarcan los ámbitos temáticos de la oferta: {names}.',
        other: 'La necesidad solicita módulos MOSAIC que abarcan los ámbitos temáticos de la oferta: {names}.',
      },
      AREA: {
        one: 'La necesidad y la oferta tratan del mismo ámbito temático: {names}.',
        other: 'La necesidad y la oferta tratan de los mismos ámbitos temáticos: {names}.',
      },
      RELATED: {
        one: 'Temas relacionados: sus ámbitos temáticos comparten un módulo MOSAIC: {names}.',
        other: 'Temas relacionados: sus ámbitos temáticos comparten módulos MOSAIC: {names}.',
      },
      OPEN: 'La oferta está abierta a cualquier tema.',
    },
    type: {
      none: 'La necesidad o la oferta no indica ningún tipo de asistencia.',
      counted: { other: 'Tipos de asistencia que solicita la necesidad y que proporciona la oferta: {covered} de {asked}.' },
      given: 'Proporcionados: {names}.',
      notGiven: 'No proporcionados: {names}.',
    },
    budget: {
      FULL: 'El presupuesto de la necesidad ({need}) está dentro de lo que la oferta puede aportar a un proyecto (hasta {cap}).',
      PARTIAL: 'La oferta puede aportar hasta {cap} de los {need} solicitados.',
      BELOW_MINIMUM: 'El presupuesto de la necesidad ({need}) es inferior al mínimo por proyecto de la oferta ({min}).',
      UNKNOWN: 'La necesidad no indica presupuesto, o ningún tipo de cambio permite convertir uno de los importes a dólares de los Estados Unidos.',
    },
    timeframe: {
      none: 'La necesidad no indica calendario.',
      counted: { other: 'Días del calendario de la necesidad comprendidos en el período de disponibilidad de la oferta: {overlap} de {days}.' },
    },
    language: {
      none: 'La oferta no indica ningún idioma de trabajo.',
      shared: {
        one: 'El donante trabaja en un idioma en que está redactada la necesidad: {names}.',
        other: 'El donante trabaja en idiomas en que está redactada la necesidad: {names}.',
      },
      notShared: 'La necesidad no está redactada en ninguno de los idiomas de trabajo del donante: {names}.',
    },
    text: {
      compared: 'Proporción de términos comunes a sus textos: {percent} (criterio de desempate).',
      notCompared:
        'Sin comparar: la necesidad y la oferta no están redactadas en un idioma común, por lo que sus textos no pueden compararse; este criterio de desempate no suma nada a la puntuación.',
    },
  },
};
