import type { UnLanguage } from '#libs/core';
import type { Message } from './render.js';

/**
 * What each notifying event says, in the six UN languages: for every key of NOTIFICATION_ROUTES (a
 * test keeps the two key sets equal, since the routes are typed by `string`). Working translations,
 * to be reviewed by UN language staff like the meeting pack's labels.
 *
 * Conventions, so that any value reads correctly in every language:
 * - placeholders `{name}` come from the closed list TemplateVariable; values are plain text already
 *   formatted for the reader (dates, money, percentages);
 * - `[[…]]` is dropped whole when a placeholder inside it has no value (reason, amount, score, the
 *   organisation, the reference in titles);
 * - a reason is always last, since free text may not end with a full stop;
 * - names of States and organisations stand alone (in parentheses or after a colon), never as a
 *   subject or after a preposition: Russian would decline them, French and English need articles;
 * - proposal titles start with the reference, so that subjects about several proposals differ.
 */
export const MESSAGES: Record<string, Record<UnLanguage, Message>> = {
  'user.invited': {
    ar: {
      title: 'دعوة للانضمام إلى منصة GIS للمساعدة',
      body: 'وُجِّهت إليكم دعوة للانضمام إلى منصة GIS للمساعدة. المنظمة: {organisationName}؛ الدور: {role}. يرجى فتح الدعوة لإنشاء حسابكم.',
    },
    zh: { title: '邀请加入GIS援助对接平台', body: '您受邀加入GIS援助对接平台。组织：{organisationName}；角色：{role}。请打开邀请以创建您的账户。' },
    en: {
      title: 'Invitation to the GIS Assistance Marketplace',
      body: 'You are invited to join the GIS Assistance Marketplace as {role} for {organisationName}. Open the invitation to create your account.',
    },
    fr: {
      title: 'Invitation à la plateforme d’assistance du GIS',
      body:
        'Vous êtes invité à rejoindre la plateforme d’assistance du GIS. Organisation : {organisationName} ; rôle : {role}. ' +
        'Ouvrez l’invitation pour créer votre compte.',
    },
    ru: {
      title: 'Приглашение на платформу помощи GIS',
      body:
        'Вам направлено приглашение присоединиться к платформе помощи GIS. Организация: {organisationName}; роль: {role}. ' +
        'Откройте приглашение, чтобы создать учетную запись.',
    },
    es: {
      title: 'Invitación a la Plataforma de Asistencia del GIS',
      body:
        'Se le invita a unirse a la Plataforma de Asistencia del GIS. Organización: {organisationName}; función: {role}. ' +
        'Abra la invitación para crear su cuenta.',
    },
  },
  'need.submitted': {
    ar: { title: 'تقديم احتياج للاستعراض', body: 'قُدِّم الاحتياج «{needTitle}» ({stateName}). يرجى استعراضه ثم نشره أو إعادته لإدخال تعديلات.' },
    zh: { title: '需求已提交审核', body: '需求“{needTitle}”（{stateName}）已提交。请进行审核，然后予以发布或退回修改。' },
    en: {
      title: 'Need submitted for review',
      body: 'The need “{needTitle}” ({stateName}) has been submitted. Please review it, then publish it or return it for edits.',
    },
    fr: {
      title: 'Besoin soumis pour examen',
      body: 'Le besoin « {needTitle} » ({stateName}) a été soumis. Veuillez l’examiner, puis le publier ou le renvoyer pour modification.',
    },
    ru: {
      title: 'Потребность представлена на рассмотрение',
      body: 'Представлена потребность «{needTitle}» ({stateName}). Просьба рассмотреть ее и опубликовать либо вернуть на доработку.',
    },
    es: {
      title: 'Necesidad presentada para examen',
      body: 'Se ha presentado la necesidad «{needTitle}» ({stateName}). Examínela y, a continuación, publíquela o devuélvala para que se modifique.',
    },
  },
  'need.reopened': {
    ar: { title: 'إعادة فتح احتياج منتهي الصلاحية', body: 'أُعيد فتح الاحتياج المنتهية صلاحيته «{needTitle}» ({stateName}) وعاد إلى الإشراف. يرجى استعراضه.' },
    zh: { title: '已过期需求重新开放', body: '已过期的需求“{needTitle}”（{stateName}）已重新开放，现重新进入审核。请予以审核。' },
    en: { title: 'Expired need reopened', body: 'The expired need “{needTitle}” ({stateName}) has been reopened and is back in moderation. Please review it.' },
    fr: { title: 'Besoin expiré rouvert', body: 'Le besoin expiré « {needTitle} » ({stateName}) a été rouvert et revient en modération. Veuillez l’examiner.' },
    ru: {
      title: 'Истекшая потребность возобновлена',
      body: 'Потребность «{needTitle}» ({stateName}), срок действия которой истек, возобновлена и вновь передана на модерацию. Просьба рассмотреть ее.',
    },
    es: {
      title: 'Necesidad vencida reabierta',
      body: 'Se ha reabierto la necesidad vencida «{needTitle}» ({stateName}), que vuelve a estar en moderación. Examínela.',
    },
  },
  'need.withdrawn': {
    ar: { title: 'سحب احتياج', body: 'سحبت الدولة الاحتياج «{needTitle}» ({stateName}).[[ السبب: {reason}]]' },
    zh: { title: '需求已撤回', body: '该国已撤回需求“{needTitle}”（{stateName}）。[[原因：{reason}]]' },
    en: { title: 'Need withdrawn', body: 'The need “{needTitle}” ({stateName}) has been withdrawn by the State.[[ Reason: {reason}]]' },
    fr: { title: 'Besoin retiré', body: 'Le besoin « {needTitle} » ({stateName}) a été retiré par l’État.[[ Motif : {reason}]]' },
    ru: { title: 'Потребность отозвана', body: 'Государство отозвало потребность «{needTitle}» ({stateName}).[[ Причина: {reason}]]' },
    es: { title: 'Necesidad retirada', body: 'El Estado ha retirado la necesidad «{needTitle}» ({stateName}).[[ Motivo: {reason}]]' },
  },
  'need.returned': {
    ar: {
      title: 'إعادة الاحتياج لإدخال تعديلات',
      body: 'أعاد مكتب شؤون نزع السلاح الاحتياج «{needTitle}» لإدخال تعديلات عليه. يرجى تعديله وتقديمه مرة أخرى.[[ السبب: {reason}]]',
    },
    zh: { title: '需求已退回修改', body: '裁军事务厅已将需求“{needTitle}”退回修改。请修改后重新提交。[[原因：{reason}]]' },
    en: {
      title: 'Need returned for edits',
      body: 'UNODA returned the need “{needTitle}” for edits. Please revise it and submit it again.[[ Reason: {reason}]]',
    },
    fr: {
      title: 'Besoin renvoyé pour modification',
      body:
        'Le Bureau des affaires de désarmement a renvoyé le besoin « {needTitle} » pour modification. ' +
        'Veuillez le modifier et le soumettre à nouveau.[[ Motif : {reason}]]',
    },
    ru: {
      title: 'Потребность возвращена на доработку',
      body:
        'Управление по вопросам разоружения вернуло потребность «{needTitle}» на доработку. Просьба внести изменения и представить ее повторно.[[ Причина: ' +
        '{reason}]]',
    },
    es: {
      title: 'Necesidad devuelta para su modificación',
      body: 'La Oficina de Asuntos de Desarme ha devuelto la necesidad «{needTitle}» para que se modifique. Revísela y preséntela de nuevo.[[ Motivo: {reason}]]',
    },
  },
  'need.published': {
    ar: { title: 'نشر الاحتياج', body: 'نُشر الاحتياج «{needTitle}» على المنصة، ويمكن الآن مطابقته مع العروض.' },
    zh: { title: '需求已发布', body: '需求“{needTitle}”已在平台上发布，现可与援助提议进行匹配。' },
    en: { title: 'Need published', body: 'The need “{needTitle}” has been published on the marketplace and can now be matched with offers.' },
    fr: {
      title: 'Besoin publié',
      body: 'Le besoin « {needTitle} » a été publié sur la plateforme et peut désormais être mis en correspondance avec des offres.',
    },
    ru: {
      title: 'Потребность опубликована',
      body: 'Потребность «{needTitle}» опубликована на платформе, и теперь для нее могут подбираться предложения о помощи.',
    },
    es: {
      title: 'Necesidad publicada',
      body: 'La necesidad «{needTitle}» se ha publicado en la plataforma y ya puede ponerse en correspondencia con ofertas.',
    },
  },
  'need.closed': {
    ar: { title: 'إغلاق الاحتياج', body: 'أُغلق الاحتياج «{needTitle}».[[ السبب: {reason}]]' },
    zh: { title: '需求已关闭', body: '需求“{needTitle}”已关闭。[[原因：{reason}]]' },
    en: { title: 'Need closed', body: 'The need “{needTitle}” has been closed.[[ Reason: {reason}]]' },
    fr: { title: 'Besoin clôturé', body: 'Le besoin « {needTitle} » a été clôturé.[[ Motif : {reason}]]' },
    ru: { title: 'Потребность закрыта', body: 'Потребность «{needTitle}» закрыта.[[ Причина: {reason}]]' },
    es: { title: 'Necesidad cerrada', body: 'Se ha cerrado la necesidad «{needTitle}».[[ Motivo: {reason}]]' },
  },
  'need.met': {
    ar: { title: 'تلبية الاحتياج', body: 'أُغلق الاحتياج «{needTitle}» باعتباره مُلبّى[[ عقب إغلاق المقترح {reference}]].' },
    zh: { title: '需求已满足', body: '需求“{needTitle}”已满足并关闭[[（提案{reference}已关闭）]]。' },
    en: { title: 'Need met', body: 'The need “{needTitle}” has been closed as met[[ following the closure of the proposal {reference}]].' },
    fr: {
      title: 'Besoin satisfait',
      body: 'Le besoin « {needTitle} » a été clôturé comme satisfait[[ à la suite de la clôture de la proposition {reference}]].',
    },
    ru: { title: 'Потребность удовлетворена', body: 'Потребность «{needTitle}» закрыта как удовлетворенная[[ в связи с закрытием предложения {reference}]].' },
    es: { title: 'Necesidad satisfecha', body: 'La necesidad «{needTitle}» se ha cerrado como satisfecha[[ tras el cierre de la propuesta {reference}]].' },
  },
  'need.expired': {
    ar: {
      title: 'انتهاء صلاحية الاحتياج',
      body: 'انقضى تاريخ صلاحية الاحتياج «{needTitle}» ولم يعد معروضا على المنصة. وإذا كان لا يزال قائما، يرجى إعادة فتحه لتقديمه مرة أخرى.',
    },
    zh: { title: '需求已过期', body: '需求“{needTitle}”已超过有效期，不再在平台上显示。如仍有此需求，请重新开放并再次提交。' },
    en: {
      title: 'Need expired',
      body: 'The need “{needTitle}” has passed its valid-until date and is no longer on the marketplace. If it is still needed, reopen it to submit it again.',
    },
    fr: {
      title: 'Besoin expiré',
      body:
        'La date de validité du besoin « {needTitle} » est dépassée et il n’est plus présenté sur la plateforme. ' +
        'S’il est toujours d’actualité, rouvrez-le pour le soumettre à nouveau.',
    },
    ru: {
      title: 'Срок действия потребности истек',
      body:
        'Срок действия потребности «{needTitle}» истек, и она больше не отображается на платформе. ' +
        'Если она сохраняет актуальность, возобновите ее, чтобы представить повторно.',
    },
    es: {
      title: 'Necesidad vencida',
      body:
        'La necesidad «{needTitle}» ha superado su fecha de validez y ya no figura en la plataforma. ' +
        'Si sigue siendo necesaria, reábrala para presentarla de nuevo.',
    },
  },
  'need.expiry_reminder': {
    ar: {
      title: 'هل لا يزال هذا الاحتياج قائما؟',
      body: 'تنتهي صلاحية الاحتياج «{needTitle}» في {date}. وإذا كان لا يزال قائما، يرجى تأكيده وتمديد تاريخ صلاحيته عند الاقتضاء؛ وإلا يرجى إغلاقه.',
    },
    zh: { title: '此需求是否仍然存在？', body: '需求“{needTitle}”将于{date}到期。如仍有此需求，请予以确认，必要时延长有效期；否则请将其关闭。' },
    en: {
      title: 'Is this need still current?',
      body:
        'The need “{needTitle}” will expire on {date}. If it is still needed, please confirm it, extending its valid-until date if necessary; ' +
        'otherwise, close it.',
    },
    fr: {
      title: 'Ce besoin est-il toujours d’actualité ?',
      body:
        'Le besoin « {needTitle} » expirera le {date}. S’il est toujours d’actualité, veuillez le confirmer, en prolongeant au besoin sa date de validité ; ' +
        'sinon, clôturez-le.',
    },
    ru: {
      title: 'Сохраняет ли потребность актуальность?',
      body:
        'Срок действия потребности «{needTitle}» истекает {date}. ' +
        'Если она сохраняет актуальность, просьба подтвердить ее, при необходимости продлив срок действия; в противном случае закройте ее.',
    },
    es: {
      title: '¿Sigue vigente esta necesidad?',
      body:
        'La necesidad «{needTitle}» vencerá el {date}. Si sigue siendo necesaria, confírmela y, si es preciso, prorrogue su fecha de validez; ' +
        'de lo contrario, ciérrela.',
    },
  },
  'need.in_proposal': {
    ar: { title: 'إدراج الاحتياج في مقترح', body: 'أُدرج الاحتياج «{needTitle}» في المقترح {reference}[[ «{proposalTitle}»]].' },
    zh: { title: '需求已纳入提案', body: '需求“{needTitle}”已纳入提案{reference}[[“{proposalTitle}”]]。' },
    en: { title: 'Need included in a proposal', body: 'The need “{needTitle}” has been included in the proposal {reference}[[ “{proposalTitle}”]].' },
    fr: { title: 'Besoin intégré à une proposition', body: 'Le besoin « {needTitle} » a été intégré à la proposition {reference}[[ « {proposalTitle} »]].' },
    ru: { title: 'Потребность включена в предложение', body: 'Потребность «{needTitle}» включена в предложение {reference}[[ «{proposalTitle}»]].' },
    es: { title: 'Necesidad incluida en una propuesta', body: 'La necesidad «{needTitle}» se ha incluido en la propuesta {reference}[[ «{proposalTitle}»]].' },
  },
  'need.released': {
    ar: { title: 'عودة الاحتياج إلى المنصة', body: 'لم يعد الاحتياج «{needTitle}» جزءا من المقترح {reference}، وعاد معروضا على المنصة.' },
    zh: { title: '需求已重新开放', body: '需求“{needTitle}”已不再属于提案{reference}，现重新在平台上开放。' },
    en: { title: 'Need back on the marketplace', body: 'The need “{needTitle}” is no longer part of the proposal {reference} and is back on the marketplace.' },
    fr: {
      title: 'Besoin de nouveau disponible',
      body: 'Le besoin « {needTitle} » ne fait plus partie de la proposition {reference} et est de nouveau disponible sur la plateforme.',
    },
    ru: { title: 'Потребность вновь доступна', body: 'Потребность «{needTitle}» больше не входит в предложение {reference} и вновь доступна на платформе.' },
    es: {
      title: 'Necesidad disponible de nuevo',
      body: 'La necesidad «{needTitle}» ya no forma parte de la propuesta {reference} y vuelve a estar disponible en la plataforma.',
    },
  },
  'need.partially_funded': {
    ar: { title: 'تمويل الاحتياج جزئيا', body: 'مُوِّل الاحتياج «{needTitle}» جزئيا في إطار المقترح {reference}.' },
    zh: { title: '需求已获部分资助', body: '需求“{needTitle}”已通过提案{reference}获得部分资助。' },
    en: { title: 'Need partially funded', body: 'The need “{needTitle}” is partially funded through the proposal {reference}.' },
    fr: { title: 'Besoin partiellement financé', body: 'Le besoin « {needTitle} » est partiellement financé au titre de la proposition {reference}.' },
    ru: { title: 'Потребность частично профинансирована', body: 'Потребность «{needTitle}» частично профинансирована в рамках предложения {reference}.' },
    es: { title: 'Necesidad parcialmente financiada', body: 'La necesidad «{needTitle}» está parcialmente financiada mediante la propuesta {reference}.' },
  },
  'need.funded': {
    ar: { title: 'تمويل الاحتياج', body: 'مُوِّل الاحتياج «{needTitle}» بالكامل في إطار المقترح {reference}.' },
    zh: { title: '需求已获资助', body: '需求“{needTitle}”已通过提案{reference}获得全额资助。' },
    en: { title: 'Need funded', body: 'The need “{needTitle}” is fully funded through the proposal {reference}.' },
    fr: { title: 'Besoin financé', body: 'Le besoin « {needTitle} » est entièrement financé au titre de la proposition {reference}.' },
    ru: { title: 'Потребность профинансирована', body: 'Потребность «{needTitle}» полностью профинансирована в рамках предложения {reference}.' },
    es: { title: 'Necesidad financiada', body: 'La necesidad «{needTitle}» está totalmente financiada mediante la propuesta {reference}.' },
  },
  'need.unfunded': {
    ar: {
      title: 'الاحتياج لم يعد ممولا',
      body: 'لم يعد للمقترح {reference} أي تمويل ملتزم به، ومن ثم لم يعد الاحتياج «{needTitle}» ممولا. وقد أصبح المقترح مفتوحا للتمويل من جديد.',
    },
    zh: { title: '需求不再获得资助', body: '提案{reference}已无任何承付资金，因此需求“{needTitle}”不再获得资助。该提案重新开放供资。' },
    en: {
      title: 'Need no longer funded',
      body: 'The proposal {reference} no longer has any funding committed, so the need “{needTitle}” is no longer funded. The proposal is open for funding again.',
    },
    fr: {
      title: 'Besoin sans financement',
      body:
        'La proposition {reference} n’a plus aucun financement engagé : le besoin « {needTitle} » n’est donc plus financé. ' +
        'La proposition est de nouveau ouverte au financement.',
    },
    ru: {
      title: 'Потребность больше не профинансирована',
      body:
        'По предложению {reference} больше нет принятых обязательств по финансированию, поэтому потребность «{needTitle}» больше не считается ' +
        'профинансированной. ' +
        'Предложение вновь открыто для финансирования.',
    },
    es: {
      title: 'Necesidad sin financiación',
      body:
        'La propuesta {reference} ya no tiene fondos comprometidos, por lo que la necesidad «{needTitle}» ha dejado de estar financiada. ' +
        'La propuesta vuelve a estar abierta a financiación.',
    },
  },
  'standing_criteria.matched': {
    ar: { title: 'احتياج جديد يطابق معاييركم', body: 'احتياج جديد يستوفي معايير البحث المحفوظة لديكم: «{needTitle}» ({stateName}).' },
    zh: { title: '符合您条件的新需求', body: '新需求“{needTitle}”（{stateName}）符合您保存的搜索条件。' },
    en: { title: 'New need matching your criteria', body: 'A new need, “{needTitle}” ({stateName}), matches your saved search criteria.' },
    fr: {
      title: 'Nouveau besoin correspondant à vos critères',
      body: 'Un nouveau besoin, « {needTitle} » ({stateName}), correspond à vos critères de recherche enregistrés.',
    },
    ru: {
      title: 'Новая потребность, соответствующая вашим критериям',
      body: 'Новая потребность «{needTitle}» ({stateName}) соответствует сохраненным вами критериям поиска.',
    },
    es: {
      title: 'Nueva necesidad que se ajusta a sus criterios',
      body: 'Una nueva necesidad, «{needTitle}» ({stateName}), se ajusta a sus criterios de búsqueda guardados.',
    },
  },
  'offer.submitted': {
    ar: { title: 'تقديم عرض للاستعراض', body: 'قُدِّم العرض «{offerTitle}» ({organisationName}). يرجى استعراضه ثم نشره أو إعادته لإدخال تعديلات.' },
    zh: { title: '援助提议已提交审核', body: '援助提议“{offerTitle}”（{organisationName}）已提交。请进行审核，然后予以发布或退回修改。' },
    en: {
      title: 'Offer submitted for review',
      body: 'The offer “{offerTitle}” ({organisationName}) has been submitted. Please review it, then publish it or return it for edits.',
    },
    fr: {
      title: 'Offre soumise pour examen',
      body: 'L’offre « {offerTitle} » ({organisationName}) a été soumise. Veuillez l’examiner, puis la publier ou la renvoyer pour modification.',
    },
    ru: {
      title: 'Предложение о помощи представлено на рассмотрение',
      body: 'Представлено предложение о помощи «{offerTitle}» ({organisationName}). Просьба рассмотреть его и опубликовать либо вернуть на доработку.',
    },
    es: {
      title: 'Oferta presentada para examen',
      body: 'Se ha presentado la oferta «{offerTitle}» ({organisationName}). Examínela y, a continuación, publíquela o devuélvala para que se modifique.',
    },
  },
  'offer.reopened': {
    ar: {
      title: 'إعادة فتح عرض منتهي الصلاحية',
      body: 'أُعيد فتح العرض المنتهية صلاحيته «{offerTitle}» ({organisationName}) وعاد إلى الإشراف. يرجى استعراضه.',
    },
    zh: { title: '已过期援助提议重新开放', body: '已过期的援助提议“{offerTitle}”（{organisationName}）已重新开放，现重新进入审核。请予以审核。' },
    en: {
      title: 'Expired offer reopened',
      body: 'The expired offer “{offerTitle}” ({organisationName}) has been reopened and is back in moderation. Please review it.',
    },
    fr: {
      title: 'Offre expirée rouverte',
      body: 'L’offre expirée « {offerTitle} » ({organisationName}) a été rouverte et revient en modération. Veuillez l’examiner.',
    },
    ru: {
      title: 'Истекшее предложение о помощи возобновлено',
      body:
        'Предложение о помощи «{offerTitle}» ({organisationName}), срок действия которого истек, возобновлено и вновь передано на модерацию. ' +
        'Просьба рассмотреть его.',
    },
    es: {
      title: 'Oferta vencida reabierta',
      body: 'Se ha reabierto la oferta vencida «{offerTitle}» ({organisationName}), que vuelve a estar en moderación. Examínela.',
    },
  },
  'offer.withdrawn': {
    ar: { title: 'سحب عرض', body: 'سحبت الجهة المانحة العرض «{offerTitle}» ({organisationName}).[[ السبب: {reason}]]' },
    zh: { title: '援助提议已撤回', body: '捐助方已撤回援助提议“{offerTitle}”（{organisationName}）。[[原因：{reason}]]' },
    en: { title: 'Offer withdrawn', body: 'The offer “{offerTitle}” ({organisationName}) has been withdrawn by the donor.[[ Reason: {reason}]]' },
    fr: { title: 'Offre retirée', body: 'L’offre « {offerTitle} » ({organisationName}) a été retirée par le donateur.[[ Motif : {reason}]]' },
    ru: { title: 'Предложение о помощи отозвано', body: 'Донор отозвал предложение о помощи «{offerTitle}» ({organisationName}).[[ Причина: {reason}]]' },
    es: { title: 'Oferta retirada', body: 'El donante ha retirado la oferta «{offerTitle}» ({organisationName}).[[ Motivo: {reason}]]' },
  },
  'offer.returned': {
    ar: {
      title: 'إعادة العرض لإدخال تعديلات',
      body: 'أعاد مكتب شؤون نزع السلاح العرض «{offerTitle}» لإدخال تعديلات عليه. يرجى تعديله وتقديمه مرة أخرى.[[ السبب: {reason}]]',
    },
    zh: { title: '援助提议已退回修改', body: '裁军事务厅已将援助提议“{offerTitle}”退回修改。请修改后重新提交。[[原因：{reason}]]' },
    en: {
      title: 'Offer returned for edits',
      body: 'UNODA returned the offer “{offerTitle}” for edits. Please revise it and submit it again.[[ Reason: {reason}]]',
    },
    fr: {
      title: 'Offre renvoyée pour modification',
      body:
        'Le Bureau des affaires de désarmement a renvoyé l’offre « {offerTitle} » pour modification. ' +
        'Veuillez la modifier et la soumettre à nouveau.[[ Motif : {reason}]]',
    },
    ru: {
      title: 'Предложение о помощи возвращено на доработку',
      body:
        'Управление по вопросам разоружения вернуло предложение о помощи «{offerTitle}» на доработку. ' +
        'Просьба внести изменения и представить его повторно.[[ Причина: {reason}]]',
    },
    es: {
      title: 'Oferta devuelta para su modificación',
      body: 'La Oficina de Asuntos de Desarme ha devuelto la oferta «{offerTitle}» para que se modifique. Revísela y preséntela de nuevo.[[ Motivo: {reason}]]',
    },
  },
  'offer.published': {
    ar: { title: 'نشر العرض', body: 'نُشر العرض «{offerTitle}» على المنصة، ويمكن الآن مطابقته مع الاحتياجات.' },
    zh: { title: '援助提议已发布', body: '援助提议“{offerTitle}”已在平台上发布，现可与需求进行匹配。' },
    en: { title: 'Offer published', body: 'The offer “{offerTitle}” has been published on the marketplace and can now be matched with needs.' },
    fr: {
      title: 'Offre publiée',
      body: 'L’offre « {offerTitle} » a été publiée sur la plateforme et peut désormais être mise en correspondance avec des besoins.',
    },
    ru: {
      title: 'Предложение о помощи опубликовано',
      body: 'Предложение о помощи «{offerTitle}» опубликовано на платформе, и теперь для него могут подбираться потребности.',
    },
    es: { title: 'Oferta publicada', body: 'La oferta «{offerTitle}» se ha publicado en la plataforma y ya puede ponerse en correspondencia con necesidades.' },
  },
  'offer.exhausted': {
    ar: { title: 'استنفاد العرض', body: 'التُزم بكامل مبلغ العرض «{offerTitle}» لصالح مقترحات، ولم يتبق منه شيء متاح.' },
    zh: { title: '援助提议已全部承付', body: '援助提议“{offerTitle}”的全部金额已承付给提案，已无剩余可用金额。' },
    en: { title: 'Offer fully committed', body: 'The whole amount of the offer “{offerTitle}” has been committed to proposals: nothing remains available.' },
    fr: {
      title: 'Offre entièrement engagée',
      body: 'La totalité du montant de l’offre « {offerTitle} » a été engagée au profit de propositions : plus rien n’est disponible.',
    },
    ru: {
      title: 'Предложение о помощи полностью использовано',
      body: 'Вся сумма предложения о помощи «{offerTitle}» распределена в виде обязательств по предложениям; доступного остатка нет.',
    },
    es: {
      title: 'Oferta totalmente comprometida',
      body: 'La totalidad del monto de la oferta «{offerTitle}» se ha comprometido en propuestas: no queda nada disponible.',
    },
  },
  'offer.replenished': {
    ar: { title: 'إتاحة العرض من جديد', body: 'أُلغي التزام مموَّل من العرض «{offerTitle}»، وأصبح العرض متاحا من جديد.[[ المبلغ المُفرج عنه: {amount}.]]' },
    zh: { title: '援助提议重新可用', body: '动用援助提议“{offerTitle}”的一项承付已取消，该援助提议重新可用。[[释放金额：{amount}。]]' },
    en: {
      title: 'Offer available again',
      body: 'A commitment drawing on the offer “{offerTitle}” has been cancelled, and the offer is available again.[[ Amount released: {amount}.]]',
    },
    fr: {
      title: 'Offre de nouveau disponible',
      body: 'Un engagement imputé sur l’offre « {offerTitle} » a été annulé : l’offre est de nouveau disponible.[[ Montant libéré : {amount}.]]',
    },
    ru: {
      title: 'Предложение о помощи вновь доступно',
      body: 'Обязательство, принятое за счет предложения о помощи «{offerTitle}», отменено, и предложение вновь доступно.[[ Высвобожденная сумма: {amount}.]]',
    },
    es: {
      title: 'Oferta disponible de nuevo',
      body: 'Se ha cancelado un compromiso con cargo a la oferta «{offerTitle}», que vuelve a estar disponible.[[ Monto liberado: {amount}.]]',
    },
  },
  'offer.expired': {
    ar: { title: 'انتهاء صلاحية العرض', body: 'انتهت فترة إتاحة العرض «{offerTitle}» ولم يعد معروضا على المنصة. ويمكنكم إعادة فتحه بفترة إتاحة جديدة.' },
    zh: { title: '援助提议已过期', body: '援助提议“{offerTitle}”的有效期已结束，不再在平台上显示。您可在设定新的有效期后重新开放。' },
    en: {
      title: 'Offer expired',
      body:
        'The availability period of the offer “{offerTitle}” has ended, and it is no longer on the marketplace. ' +
        'You can reopen it with a new availability period.',
    },
    fr: {
      title: 'Offre expirée',
      body:
        'La période de disponibilité de l’offre « {offerTitle} » a pris fin et l’offre n’est plus présentée sur la plateforme. ' +
        'Vous pouvez la rouvrir avec une nouvelle période de disponibilité.',
    },
    ru: {
      title: 'Срок действия предложения о помощи истек',
      body:
        'Период действия предложения о помощи «{offerTitle}» завершился, и оно больше не отображается на платформе. ' +
        'Вы можете возобновить его, указав новый период действия.',
    },
    es: {
      title: 'Oferta vencida',
      body:
        'El período de disponibilidad de la oferta «{offerTitle}» ha terminado y la oferta ya no figura en la plataforma. ' +
        'Puede reabrirla con un nuevo período de disponibilidad.',
    },
  },
  'match.suggested': {
    ar: { title: 'مطابقة مقترحة جديدة', body: 'يقترح محرك المطابقة العرض «{offerTitle}» للاحتياج «{needTitle}» ({stateName}).[[ درجة المطابقة: {score}.]]' },
    zh: { title: '新的建议匹配', body: '匹配引擎建议将援助提议“{offerTitle}”与需求“{needTitle}”（{stateName}）相匹配。[[匹配度：{score}。]]' },
    en: {
      title: 'New suggested match',
      body: 'The matching engine suggests the offer “{offerTitle}” for the need “{needTitle}” ({stateName}).[[ Match score: {score}.]]',
    },
    fr: {
      title: 'Nouvelle correspondance suggérée',
      body:
        'Le moteur de mise en correspondance suggère l’offre « {offerTitle} » pour le besoin « {needTitle} » ({stateName}).[[ Score de correspondance : ' +
        '{score}.]]',
    },
    ru: {
      title: 'Новое предлагаемое соответствие',
      body:
        'Система подбора нашла возможное соответствие: ' +
        'предложение о помощи «{offerTitle}» для потребности «{needTitle}» ({stateName}).[[ Оценка соответствия: {score}.]]',
    },
    es: {
      title: 'Nueva correspondencia sugerida',
      body:
        'El motor de correspondencias sugiere la oferta «{offerTitle}» para la necesidad «{needTitle}» ({stateName}).[[ Puntuación de correspondencia: ' +
        '{score}.]]',
    },
  },
  'match.confirmed': {
    ar: { title: 'تأكيد المطابقة', body: 'أكد مكتب شؤون نزع السلاح المطابقة بين الاحتياج «{needTitle}» ({stateName}) والعرض «{offerTitle}».' },
    zh: { title: '匹配已确认', body: '裁军事务厅已确认需求“{needTitle}”（{stateName}）与援助提议“{offerTitle}”之间的匹配。' },
    en: { title: 'Match confirmed', body: 'UNODA confirmed the match between the need “{needTitle}” ({stateName}) and the offer “{offerTitle}”.' },
    fr: {
      title: 'Correspondance confirmée',
      body: 'Le Bureau des affaires de désarmement a confirmé la correspondance entre le besoin « {needTitle} » ({stateName}) et l’offre « {offerTitle} ».',
    },
    ru: {
      title: 'Соответствие подтверждено',
      body: 'Управление по вопросам разоружения подтвердило соответствие между потребностью «{needTitle}» ({stateName}) и предложением о помощи «{offerTitle}».',
    },
    es: {
      title: 'Correspondencia confirmada',
      body: 'La Oficina de Asuntos de Desarme ha confirmado la correspondencia entre la necesidad «{needTitle}» ({stateName}) y la oferta «{offerTitle}».',
    },
  },
  'match.dismissed': {
    ar: {
      title: 'رفض المطابقة',
      body: 'رفض مكتب شؤون نزع السلاح المطابقة المقترحة بين الاحتياج «{needTitle}» ({stateName}) والعرض «{offerTitle}».[[ السبب: {reason}]]',
    },
    zh: { title: '匹配已驳回', body: '裁军事务厅已驳回需求“{needTitle}”（{stateName}）与援助提议“{offerTitle}”之间的建议匹配。[[原因：{reason}]]' },
    en: {
      title: 'Match dismissed',
      body: 'UNODA dismissed the suggested match between the need “{needTitle}” ({stateName}) and the offer “{offerTitle}”.[[ Reason: {reason}]]',
    },
    fr: {
      title: 'Correspondance écartée',
      body:
        'Le Bureau des affaires de désarmement a écarté la correspondance suggérée entre le besoin « {needTitle} » ({stateName}) et l’offre « {offerTitle} ' +
        '».[[ Motif : ' +
        '{reason}]]',
    },
    ru: {
      title: 'Соответствие отклонено',
      body:
        'Управление по вопросам разоружения отклонило предлагаемое соответствие между потребностью «{needTitle}» ({stateName}) и предложением о помощи ' +
        '«{offerTitle}».[[ Причина: ' +
        '{reason}]]',
    },
    es: {
      title: 'Correspondencia descartada',
      body:
        'La Oficina de Asuntos de Desarme ha descartado la correspondencia sugerida entre la necesidad «{needTitle}» ({stateName}) y la oferta ' +
        '«{offerTitle}».[[ Motivo: ' +
        '{reason}]]',
    },
  },
  'match.interest_expressed': {
    ar: {
      title: 'اهتمام جهة مانحة باحتياجكم',
      body: 'أبدت جهة مانحة ({organisationName}) اهتمامها بالاحتياج «{needTitle}» من خلال عرضها «{offerTitle}». يرجى قبول هذا الاهتمام أو رفضه.',
    },
    zh: { title: '捐助方对您的需求表示兴趣', body: '一捐助方（{organisationName}）已通过其援助提议“{offerTitle}”对需求“{needTitle}”表示兴趣。请接受或拒绝。' },
    en: {
      title: 'Donor interest in your need',
      body:
        'A donor ({organisationName}) has expressed interest in the need “{needTitle}” through its offer “{offerTitle}”. ' +
        'Please accept or decline this interest.',
    },
    fr: {
      title: 'Intérêt d’un donateur pour votre besoin',
      body:
        'Un donateur ({organisationName}) a manifesté son intérêt pour le besoin « {needTitle} » au titre de son offre « {offerTitle} ». ' +
        'Veuillez accepter ou refuser cette manifestation d’intérêt.',
    },
    ru: {
      title: 'Интерес донора к вашей потребности',
      body:
        'Донор ({organisationName}) проявил интерес к потребности «{needTitle}» в рамках своего предложения о помощи «{offerTitle}». ' +
        'Просьба принять или отклонить это выражение интереса.',
    },
    es: {
      title: 'Interés de un donante en su necesidad',
      body:
        'Un donante ({organisationName}) ha expresado interés en la necesidad «{needTitle}» mediante su oferta «{offerTitle}». ' +
        'Acepte o rechace esta manifestación de interés.',
    },
  },
  'match.interest_accepted': {
    ar: { title: 'قبول الاهتمام', body: 'قبلت الدولة اهتمامكم بالاحتياج «{needTitle}» ({stateName}).' },
    zh: { title: '兴趣已被接受', body: '该国已接受您对需求“{needTitle}”（{stateName}）表示的兴趣。' },
    en: { title: 'Interest accepted', body: 'The State has accepted your interest in the need “{needTitle}” ({stateName}).' },
    fr: { title: 'Intérêt accepté', body: 'L’État a accepté votre manifestation d’intérêt pour le besoin « {needTitle} » ({stateName}).' },
    ru: { title: 'Интерес принят', body: 'Государство приняло выраженный вами интерес к потребности «{needTitle}» ({stateName}).' },
    es: { title: 'Interés aceptado', body: 'El Estado ha aceptado su manifestación de interés en la necesidad «{needTitle}» ({stateName}).' },
  },
  'match.interest_declined': {
    ar: { title: 'رفض الاهتمام', body: 'رفضت الدولة اهتمامكم بالاحتياج «{needTitle}» ({stateName}).[[ السبب: {reason}]]' },
    zh: { title: '兴趣已被拒绝', body: '该国已拒绝您对需求“{needTitle}”（{stateName}）表示的兴趣。[[原因：{reason}]]' },
    en: { title: 'Interest declined', body: 'The State has declined your interest in the need “{needTitle}” ({stateName}).[[ Reason: {reason}]]' },
    fr: { title: 'Intérêt refusé', body: 'L’État a refusé votre manifestation d’intérêt pour le besoin « {needTitle} » ({stateName}).[[ Motif : {reason}]]' },
    ru: { title: 'Интерес отклонен', body: 'Государство отклонило выраженный вами интерес к потребности «{needTitle}» ({stateName}).[[ Причина: {reason}]]' },
    es: {
      title: 'Interés rechazado',
      body: 'El Estado ha rechazado su manifestación de interés en la necesidad «{needTitle}» ({stateName}).[[ Motivo: {reason}]]',
    },
  },
  'proposal.submit_for_endorsement': {
    ar: {
      title: '[[{reference}: ]]طلب إقرار',
      body:
        'قدم مكتب شؤون نزع السلاح المقترح {reference}[[ «{proposalTitle}»]] لإقراره. ' +
        'ويُطلب إلى جهة الاتصال الوطنية في كل دولة طالبة إقراره أو إعادته لإدخال تعديلات أو رفض إقراره.',
    },
    zh: {
      title: '[[{reference}：]]请求核可',
      body: '裁军事务厅已提交提案{reference}[[“{proposalTitle}”]]供核可。请各请求国的国家联络点核可该提案、退回修改或不予核可。',
    },
    en: {
      title: '[[{reference}: ]]Endorsement requested',
      body:
        'UNODA has submitted the proposal {reference}[[ “{proposalTitle}”]] for endorsement. ' +
        'The National Point of Contact of each requesting State is asked to endorse it, return it for edits or decline it.',
    },
    fr: {
      title: '[[{reference} : ]]Approbation demandée',
      body:
        'Le Bureau des affaires de désarmement a soumis la proposition {reference}[[ « {proposalTitle} »]] pour approbation. ' +
        'Le point de contact national de chaque État demandeur est invité à l’approuver, à la renvoyer pour modification ou à la rejeter.',
    },
    ru: {
      title: '[[{reference}: ]]Запрос об одобрении',
      body:
        'Управление по вопросам разоружения представило предложение {reference}[[ «{proposalTitle}»]] на одобрение. ' +
        'Национальному координатору каждого запрашивающего государства предлагается одобрить его, вернуть на доработку или отклонить.',
    },
    es: {
      title: '[[{reference}: ]]Solicitud de aprobación',
      body:
        'La Oficina de Asuntos de Desarme ha presentado la propuesta {reference}[[ «{proposalTitle}»]] para su aprobación. ' +
        'Se invita al punto de contacto nacional de cada Estado solicitante a aprobarla, devolverla para que se modifique o rechazarla.',
    },
  },
  'proposal.endorsed': {
    ar: {
      title: '[[{reference}: ]]إقرار من دولة',
      body: 'أقرت دولة طالبة ({stateName}) المقترح {reference}. وسينتقل المقترح إلى المرحلة التالية بعد أن تقره جميع الدول الطالبة.',
    },
    zh: { title: '[[{reference}：]]已获一国核可', body: '提案{reference}已获一请求国（{stateName}）核可。所有请求国均核可后，该提案将进入下一阶段。' },
    en: {
      title: '[[{reference}: ]]Endorsed by a State',
      body: 'The proposal {reference} has been endorsed by a requesting State ({stateName}). It moves forward once every requesting State has endorsed it.',
    },
    fr: {
      title: '[[{reference} : ]]Approuvée par un État',
      body:
        'La proposition {reference} a été approuvée par un État demandeur ({stateName}). ' +
        'Elle passera à l’étape suivante une fois approuvée par tous les États demandeurs.',
    },
    ru: {
      title: '[[{reference}: ]]Одобрено государством',
      body:
        'Предложение {reference} одобрено запрашивающим государством ({stateName}). ' +
        'Оно перейдет на следующий этап, когда его одобрят все запрашивающие государства.',
    },
    es: {
      title: '[[{reference}: ]]Aprobada por un Estado',
      body:
        'Un Estado solicitante ({stateName}) ha aprobado la propuesta {reference}. ' +
        'La propuesta avanzará cuando todos los Estados solicitantes la hayan aprobado.',
    },
  },
  'proposal.endorse': {
    ar: { title: '[[{reference}: ]]مفتوح للتمويل', body: 'أُقرّ المقترح {reference}[[ «{proposalTitle}»]] وأصبح الآن مفتوحا للتمويل.' },
    zh: { title: '[[{reference}：]]开放供资', body: '提案{reference}[[“{proposalTitle}”]]已获核可，现开放供资。' },
    en: { title: '[[{reference}: ]]Open for funding', body: 'The proposal {reference}[[ “{proposalTitle}”]] has been endorsed and is now open for funding.' },
    fr: {
      title: '[[{reference} : ]]Ouverte au financement',
      body: 'La proposition {reference}[[ « {proposalTitle} »]] a été approuvée et est désormais ouverte au financement.',
    },
    ru: {
      title: '[[{reference}: ]]Открыто для финансирования',
      body: 'Предложение {reference}[[ «{proposalTitle}»]] одобрено и теперь открыто для финансирования.',
    },
    es: {
      title: '[[{reference}: ]]Abierta a financiación',
      body: 'La propuesta {reference}[[ «{proposalTitle}»]] ha sido aprobada y ya está abierta a financiación.',
    },
  },
  'proposal.endorse_for_review': {
    ar: {
      title: '[[{reference}: ]]طلب استعراض تقني',
      body:
        'أُقرّ المقترح {reference} وهو الآن في انتظار الاستعراض التقني من المركز الإقليمي[[، في موعد أقصاه {date}]]. ' +
        'ويُطلب إلى مستعرضي المركز الموافقة عليه أو إعادته لإدخال تعديلات.',
    },
    zh: {
      title: '[[{reference}：]]请求技术审查',
      body: '提案{reference}已获核可，现等待区域中心进行技术审查[[（截止日期：{date}）]]。请该中心的审查人员批准该提案或退回修改。',
    },
    en: {
      title: '[[{reference}: ]]Technical review requested',
      body:
        'The proposal {reference} has been endorsed and now awaits the technical review of the regional centre[[, due by {date}]]. ' +
        'The centre’s reviewers are asked to approve it or return it for edits.',
    },
    fr: {
      title: '[[{reference} : ]]Examen technique demandé',
      body:
        'La proposition {reference} a été approuvée et attend désormais l’examen technique du centre régional[[, à effectuer d’ici au {date}]]. ' +
        'Les examinateurs du centre sont invités à l’approuver ou à la renvoyer pour modification.',
    },
    ru: {
      title: '[[{reference}: ]]Запрос о технической экспертизе',
      body:
        'Предложение {reference} одобрено и ожидает технической экспертизы регионального центра[[ (срок: {date})]]. ' +
        'Экспертам центра предлагается одобрить его или вернуть на доработку.',
    },
    es: {
      title: '[[{reference}: ]]Solicitud de examen técnico',
      body:
        'La propuesta {reference} ha sido aprobada y está pendiente del examen técnico del centro regional[[, que debe realizarse a más tardar el {date}]]. ' +
        'Se invita a los examinadores del centro a aprobarla o devolverla para que se modifique.',
    },
  },
  'proposal.return': {
    ar: {
      title: '[[{reference}: ]]إعادة لإدخال تعديلات',
      body: 'أعادت الدولة الطالبة المقترح {reference} إلى مكتب شؤون نزع السلاح لإدخال تعديلات عليه.[[ السبب: {reason}]]',
    },
    zh: { title: '[[{reference}：]]已退回修改', body: '请求国已将提案{reference}退回裁军事务厅修改。[[原因：{reason}]]' },
    en: {
      title: '[[{reference}: ]]Returned for edits',
      body: 'The requesting State has returned the proposal {reference} to UNODA for edits.[[ Reason: {reason}]]',
    },
    fr: {
      title: '[[{reference} : ]]Renvoyée pour modification',
      body: 'L’État demandeur a renvoyé la proposition {reference} au Bureau des affaires de désarmement pour modification.[[ Motif : {reason}]]',
    },
    ru: {
      title: '[[{reference}: ]]Возвращено на доработку',
      body: 'Запрашивающее государство вернуло предложение {reference} Управлению по вопросам разоружения на доработку.[[ Причина: {reason}]]',
    },
    es: {
      title: '[[{reference}: ]]Devuelta para su modificación',
      body: 'El Estado solicitante ha devuelto la propuesta {reference} a la Oficina de Asuntos de Desarme para que se modifique.[[ Motivo: {reason}]]',
    },
  },
  'proposal.decline': {
    ar: {
      title: '[[{reference}: ]]عدم الإقرار',
      body: 'رفضت الدولة الطالبة إقرار المقترح {reference}، وعادت احتياجاته معروضة على المنصة.[[ السبب: {reason}]]',
    },
    zh: { title: '[[{reference}：]]未获核可', body: '请求国未核可提案{reference}，其中的需求已重新在平台上开放。[[原因：{reason}]]' },
    en: {
      title: '[[{reference}: ]]Not endorsed',
      body: 'The requesting State has declined to endorse the proposal {reference}, and its needs are back on the marketplace.[[ Reason: {reason}]]',
    },
    fr: {
      title: '[[{reference} : ]]Non approuvée',
      body:
        'L’État demandeur a refusé d’approuver la proposition {reference}, dont les besoins sont de nouveau disponibles sur la plateforme.[[ Motif : ' +
        '{reason}]]',
    },
    ru: {
      title: '[[{reference}: ]]Не одобрено',
      body:
        'Запрашивающее государство отказалось одобрить предложение {reference}; включенные в него потребности вновь доступны на платформе.[[ Причина: ' +
        '{reason}]]',
    },
    es: {
      title: '[[{reference}: ]]No aprobada',
      body:
        'El Estado solicitante ha decidido no aprobar la propuesta {reference}, cuyas necesidades vuelven a estar disponibles en la plataforma.[[ Motivo: ' +
        '{reason}]]',
    },
  },
  'proposal.approve_review': {
    ar: {
      title: '[[{reference}: ]]الموافقة في الاستعراض التقني',
      body: 'وافق المركز الإقليمي على المقترح {reference} بعد استعراضه التقني. وأصبح المقترح الآن مفتوحا للتمويل.',
    },
    zh: { title: '[[{reference}：]]技术审查已通过', body: '区域中心经技术审查已批准提案{reference}。该提案现开放供资。' },
    en: {
      title: '[[{reference}: ]]Technical review approved',
      body: 'The regional centre has approved the proposal {reference} after its technical review. The proposal is now open for funding.',
    },
    fr: {
      title: '[[{reference} : ]]Examen technique favorable',
      body: 'Le centre régional a approuvé la proposition {reference} à l’issue de son examen technique. La proposition est désormais ouverte au financement.',
    },
    ru: {
      title: '[[{reference}: ]]Техническая экспертиза пройдена',
      body: 'Региональный центр одобрил предложение {reference} по итогам технической экспертизы. Теперь предложение открыто для финансирования.',
    },
    es: {
      title: '[[{reference}: ]]Examen técnico favorable',
      body: 'El centro regional ha aprobado la propuesta {reference} tras su examen técnico. La propuesta ya está abierta a financiación.',
    },
  },
  'proposal.return_from_review': {
    ar: {
      title: '[[{reference}: ]]الإعادة بعد الاستعراض التقني',
      body: 'أعاد المركز الإقليمي المقترح {reference} إلى مكتب شؤون نزع السلاح لإدخال تعديلات عليه بعد استعراضه التقني.[[ السبب: {reason}]]',
    },
    zh: { title: '[[{reference}：]]经技术审查后退回', body: '经技术审查，区域中心已将提案{reference}退回裁军事务厅修改。[[原因：{reason}]]' },
    en: {
      title: '[[{reference}: ]]Returned after technical review',
      body: 'The regional centre has returned the proposal {reference} to UNODA for edits after its technical review.[[ Reason: {reason}]]',
    },
    fr: {
      title: '[[{reference} : ]]Renvoyée à l’issue de l’examen technique',
      body:
        'À l’issue de son examen technique, le centre régional a renvoyé la proposition {reference} au Bureau des affaires de désarmement pour ' +
        'modification.[[ Motif : ' +
        '{reason}]]',
    },
    ru: {
      title: '[[{reference}: ]]Возвращено по итогам технической экспертизы',
      body:
        'По итогам технической экспертизы региональный центр вернул предложение {reference} Управлению по вопросам разоружения на доработку.[[ Причина: ' +
        '{reason}]]',
    },
    es: {
      title: '[[{reference}: ]]Devuelta tras el examen técnico',
      body:
        'Tras su examen técnico, el centro regional ha devuelto la propuesta {reference} a la Oficina de Asuntos de Desarme para que se modifique.[[ Motivo: ' +
        '{reason}]]',
    },
  },
  'proposal.lapse_review': {
    ar: {
      title: '[[{reference}: ]]انقضاء موعد الاستعراض',
      body: 'انقضى الموعد النهائي للاستعراض التقني للمقترح {reference} دون إجراء الاستعراض. وأصبح المقترح مفتوحا للتمويل دون استعراض تقني.',
    },
    zh: { title: '[[{reference}：]]审查期限已过', body: '提案{reference}的技术审查期限已过，但未进行审查。该提案现未经技术审查即开放供资。' },
    en: {
      title: '[[{reference}: ]]Review deadline passed',
      body: 'The deadline for the technical review of the proposal {reference} has passed without a review. The proposal is now open for funding without it.',
    },
    fr: {
      title: '[[{reference} : ]]Délai d’examen dépassé',
      body:
        'Le délai fixé pour l’examen technique de la proposition {reference} est écoulé sans qu’un examen ait eu lieu. ' +
        'La proposition est désormais ouverte au financement sans examen technique.',
    },
    ru: {
      title: '[[{reference}: ]]Срок экспертизы истек',
      body:
        'Срок проведения технической экспертизы предложения {reference} истек, а экспертиза не проведена. ' +
        'Предложение открыто для финансирования без экспертизы.',
    },
    es: {
      title: '[[{reference}: ]]Plazo de examen vencido',
      body:
        'El plazo para el examen técnico de la propuesta {reference} ha vencido sin que se realizara. ' +
        'La propuesta queda abierta a financiación sin examen técnico.',
    },
  },
  'proposal.start_negotiation': {
    ar: { title: '[[{reference}: ]]بدء التفاوض', body: 'اقتُرح أول تنقيح للمقترح {reference}، ويتفاوض الأطراف بشأنه الآن في غرفة التفاوض.' },
    zh: { title: '[[{reference}：]]谈判已开始', body: '已就提案{reference}提出首个修订版：各方现于洽谈室中进行谈判。' },
    en: {
      title: '[[{reference}: ]]Negotiation started',
      body: 'A first revision of the proposal {reference} has been proposed: the parties are now negotiating it in the deal room.',
    },
    fr: {
      title: '[[{reference} : ]]Négociation ouverte',
      body: 'Une première révision de la proposition {reference} a été proposée : les parties en discutent désormais dans la salle de négociation.',
    },
    ru: {
      title: '[[{reference}: ]]Начаты переговоры',
      body: 'Предложен первый пересмотренный вариант предложения {reference}: стороны обсуждают его в переговорной комнате.',
    },
    es: {
      title: '[[{reference}: ]]Negociación iniciada',
      body: 'Se ha propuesto una primera revisión de la propuesta {reference}: las partes la negocian ahora en la sala de negociación.',
    },
  },
  'proposal.mark_partially_funded': {
    ar: { title: '[[{reference}: ]]تمويل جزئي', body: 'أصبح المقترح {reference} ممولا جزئيا، إذ تغطي الالتزامات جزءا من المبلغ المستهدف.' },
    zh: { title: '[[{reference}：]]已获部分资助', body: '提案{reference}现已获部分资助：承付资金已覆盖目标金额的一部分。' },
    en: { title: '[[{reference}: ]]Partially funded', body: 'The proposal {reference} is now partially funded: commitments cover part of its target.' },
    fr: {
      title: '[[{reference} : ]]Partiellement financée',
      body: 'La proposition {reference} est désormais partiellement financée : les engagements couvrent une partie du montant visé.',
    },
    ru: {
      title: '[[{reference}: ]]Частично профинансировано',
      body: 'Предложение {reference} теперь частично профинансировано: принятые обязательства покрывают часть целевой суммы.',
    },
    es: {
      title: '[[{reference}: ]]Parcialmente financiada',
      body: 'La propuesta {reference} está ahora parcialmente financiada: los compromisos cubren parte del objetivo.',
    },
  },
  'proposal.mark_funded': {
    ar: { title: '[[{reference}: ]]تمويل كامل', body: 'أصبح المقترح {reference} ممولا بالكامل، إذ تغطي الالتزامات كامل المبلغ المستهدف.' },
    zh: { title: '[[{reference}：]]已获全额资助', body: '提案{reference}现已获全额资助：承付资金已覆盖全部目标金额。' },
    en: { title: '[[{reference}: ]]Fully funded', body: 'The proposal {reference} is now fully funded: commitments cover its whole target.' },
    fr: {
      title: '[[{reference} : ]]Entièrement financée',
      body: 'La proposition {reference} est désormais entièrement financée : les engagements couvrent la totalité du montant visé.',
    },
    ru: {
      title: '[[{reference}: ]]Полностью профинансировано',
      body: 'Предложение {reference} теперь полностью профинансировано: принятые обязательства покрывают всю целевую сумму.',
    },
    es: {
      title: '[[{reference}: ]]Totalmente financiada',
      body: 'La propuesta {reference} está ahora totalmente financiada: los compromisos cubren la totalidad del objetivo.',
    },
  },
  'proposal.mark_unfunded': {
    ar: { title: '[[{reference}: ]]لم يعد ممولا', body: 'لم يعد للمقترح {reference} أي تمويل ملتزم به، وأصبح مفتوحا للتمويل من جديد.' },
    zh: { title: '[[{reference}：]]不再获得资助', body: '提案{reference}已无任何承付资金，现重新开放供资。' },
    en: { title: '[[{reference}: ]]No longer funded', body: 'The proposal {reference} no longer has any funding committed and is open for funding again.' },
    fr: {
      title: '[[{reference} : ]]Plus aucun financement engagé',
      body: 'La proposition {reference} n’a plus aucun financement engagé et est de nouveau ouverte au financement.',
    },
    ru: {
      title: '[[{reference}: ]]Финансирование отсутствует',
      body: 'По предложению {reference} больше нет принятых обязательств по финансированию, и оно вновь открыто для финансирования.',
    },
    es: {
      title: '[[{reference}: ]]Sin fondos comprometidos',
      body: 'La propuesta {reference} ya no tiene fondos comprometidos y vuelve a estar abierta a financiación.',
    },
  },
  'proposal.start_implementation': {
    ar: { title: '[[{reference}: ]]بدء التنفيذ', body: 'بدأ تنفيذ المقترح {reference}. وستقدم كل دولة طالبة وكل جهة مانحة التزمت بأموال تقريرا عن النتائج.' },
    zh: { title: '[[{reference}：]]已开始执行', body: '提案{reference}已开始执行。各请求国和已承付资金的捐助方将分别提交成果报告。' },
    en: {
      title: '[[{reference}: ]]Implementation started',
      body: 'Implementation of the proposal {reference} has started. The requesting States and the donors that committed funds will each submit an outcome report.',
    },
    fr: {
      title: '[[{reference} : ]]Exécution commencée',
      body:
        'L’exécution de la proposition {reference} a commencé. ' +
        'Les États demandeurs et les donateurs ayant engagé des fonds présenteront chacun un rapport sur les résultats.',
    },
    ru: {
      title: '[[{reference}: ]]Начато осуществление',
      body:
        'Начато осуществление предложения {reference}. ' +
        'Запрашивающие государства и доноры, принявшие обязательства по финансированию, представят отчеты о результатах.',
    },
    es: {
      title: '[[{reference}: ]]Ejecución iniciada',
      body:
        'Ha comenzado la ejecución de la propuesta {reference}. ' +
        'Los Estados solicitantes y los donantes que hayan comprometido fondos presentarán cada uno un informe de resultados.',
    },
  },
  'proposal.complete': {
    ar: { title: '[[{reference}: ]]إنجاز المقترح', body: 'أُنجز المقترح {reference}. وأصبحت تقارير نتائجه متاحة للعموم.' },
    zh: { title: '[[{reference}：]]提案已完成', body: '提案{reference}已完成，其成果报告现已公开。' },
    en: { title: '[[{reference}: ]]Proposal completed', body: 'The proposal {reference} has been completed. Its outcome reports are now public.' },
    fr: {
      title: '[[{reference} : ]]Proposition achevée',
      body: 'La proposition {reference} est achevée. Ses rapports sur les résultats sont désormais publics.',
    },
    ru: {
      title: '[[{reference}: ]]Осуществление завершено',
      body: 'Осуществление предложения {reference} завершено. Отчеты о его результатах теперь общедоступны.',
    },
    es: { title: '[[{reference}: ]]Propuesta concluida', body: 'La propuesta {reference} ha concluido. Sus informes de resultados ya son públicos.' },
  },
  'proposal.close': {
    ar: { title: '[[{reference}: ]]إغلاق المقترح', body: 'أُغلق المقترح {reference}، وأُغلقت احتياجاته باعتبارها مُلبّاة.' },
    zh: { title: '[[{reference}：]]提案已关闭', body: '提案{reference}已关闭，其中的需求均已满足并关闭。' },
    en: { title: '[[{reference}: ]]Proposal closed', body: 'The proposal {reference} has been closed, and its needs have been closed as met.' },
    fr: {
      title: '[[{reference} : ]]Proposition clôturée',
      body: 'La proposition {reference} a été clôturée et ses besoins ont été clôturés comme satisfaits.',
    },
    ru: {
      title: '[[{reference}: ]]Предложение закрыто',
      body: 'Предложение {reference} закрыто, а включенные в него потребности закрыты как удовлетворенные.',
    },
    es: { title: '[[{reference}: ]]Propuesta cerrada', body: 'Se ha cerrado la propuesta {reference}, y sus necesidades se han cerrado como satisfechas.' },
  },
  'proposal.withdraw': {
    ar: { title: '[[{reference}: ]]سحب المقترح', body: 'سُحب المقترح {reference}، وعادت احتياجاته معروضة على المنصة.[[ السبب: {reason}]]' },
    zh: { title: '[[{reference}：]]提案已撤回', body: '提案{reference}已撤回，其中的需求已重新在平台上开放。[[原因：{reason}]]' },
    en: {
      title: '[[{reference}: ]]Proposal withdrawn',
      body: 'The proposal {reference} has been withdrawn, and its needs are back on the marketplace.[[ Reason: {reason}]]',
    },
    fr: {
      title: '[[{reference} : ]]Proposition retirée',
      body: 'La proposition {reference} a été retirée et ses besoins sont de nouveau disponibles sur la plateforme.[[ Motif : {reason}]]',
    },
    ru: {
      title: '[[{reference}: ]]Предложение отозвано',
      body: 'Предложение {reference} отозвано; включенные в него потребности вновь доступны на платформе.[[ Причина: {reason}]]',
    },
    es: {
      title: '[[{reference}: ]]Propuesta retirada',
      body: 'Se ha retirado la propuesta {reference}, y sus necesidades vuelven a estar disponibles en la plataforma.[[ Motivo: {reason}]]',
    },
  },
  'proposal.hold': {
    ar: { title: '[[{reference}: ]]تعليق المقترح', body: 'عُلِّق المقترح {reference}.[[ السبب: {reason}]]' },
    zh: { title: '[[{reference}：]]提案已暂停', body: '提案{reference}已暂停。[[原因：{reason}]]' },
    en: { title: '[[{reference}: ]]Proposal on hold', body: 'The proposal {reference} has been put on hold.[[ Reason: {reason}]]' },
    fr: { title: '[[{reference} : ]]Proposition suspendue', body: 'La proposition {reference} a été suspendue.[[ Motif : {reason}]]' },
    ru: { title: '[[{reference}: ]]Предложение приостановлено', body: 'Предложение {reference} приостановлено.[[ Причина: {reason}]]' },
    es: { title: '[[{reference}: ]]Propuesta en suspenso', body: 'La propuesta {reference} ha quedado en suspenso.[[ Motivo: {reason}]]' },
  },
  'proposal.resume': {
    ar: { title: '[[{reference}: ]]استئناف المقترح', body: 'لم يعد المقترح {reference} معلقا، وعاد معروضا على المنصة.' },
    zh: { title: '[[{reference}：]]提案已恢复', body: '提案{reference}已解除暂停，重新在平台上开放。' },
    en: { title: '[[{reference}: ]]Proposal resumed', body: 'The proposal {reference} is no longer on hold and is back on the marketplace.' },
    fr: {
      title: '[[{reference} : ]]Proposition reprise',
      body: 'La proposition {reference} n’est plus suspendue et est de nouveau disponible sur la plateforme.',
    },
    ru: { title: '[[{reference}: ]]Предложение возобновлено', body: 'Предложение {reference} больше не приостановлено и вновь доступно на платформе.' },
    es: {
      title: '[[{reference}: ]]Propuesta reanudada',
      body: 'La propuesta {reference} ya no está en suspenso y vuelve a estar disponible en la plataforma.',
    },
  },
  'proposal.expire': {
    ar: {
      title: '[[{reference}: ]]انقضاء الموعد النهائي للتمويل',
      body: 'انقضى الموعد النهائي لتمويل المقترح {reference} قبل أن يُموَّل بالكامل. وقد انتهت مدة المقترح، وعادت احتياجاته معروضة على المنصة.',
    },
    zh: { title: '[[{reference}：]]供资期限已过', body: '提案{reference}在获得全额资助之前已过供资期限。该提案已过期，其中的需求已重新在平台上开放。' },
    en: {
      title: '[[{reference}: ]]Funding deadline passed',
      body:
        'The funding deadline of the proposal {reference} passed before it was fully funded. ' +
        'The proposal has expired, and its needs are back on the marketplace.',
    },
    fr: {
      title: '[[{reference} : ]]Date limite de financement dépassée',
      body:
        'La date limite de financement de la proposition {reference} est passée avant que celle-ci ne soit entièrement financée. ' +
        'La proposition a expiré et ses besoins sont de nouveau disponibles sur la plateforme.',
    },
    ru: {
      title: '[[{reference}: ]]Срок финансирования истек',
      body:
        'Срок финансирования предложения {reference} истек до того, как оно было полностью профинансировано. ' +
        'Предложение утратило силу, а включенные в него потребности вновь доступны на платформе.',
    },
    es: {
      title: '[[{reference}: ]]Plazo de financiación vencido',
      body:
        'El plazo de financiación de la propuesta {reference} venció antes de que se financiara por completo. ' +
        'La propuesta ha caducado y sus necesidades vuelven a estar disponibles en la plataforma.',
    },
  },
  'proposal.party_added': {
    ar: { title: '[[{reference}: ]]طرف جديد', body: 'انضم طرف جديد إلى المقترح {reference}[[: {organisationName}]].' },
    zh: { title: '[[{reference}：]]新增参与方', body: '提案{reference}新增一个参与方[[：{organisationName}]]。' },
    en: { title: '[[{reference}: ]]New party', body: 'A new party has joined the proposal {reference}[[: {organisationName}]].' },
    fr: { title: '[[{reference} : ]]Nouvelle partie', body: 'Une nouvelle partie s’est jointe à la proposition {reference}[[ : {organisationName}]].' },
    ru: { title: '[[{reference}: ]]Новая сторона', body: 'К предложению {reference} присоединилась новая сторона[[: {organisationName}]].' },
    es: { title: '[[{reference}: ]]Nueva parte', body: 'Una nueva parte se ha sumado a la propuesta {reference}[[: {organisationName}]].' },
  },
  'proposal.document_added': {
    ar: { title: '[[{reference}: ]]وثيقة جديدة', body: 'أُضيفت وثيقة جديدة إلى المقترح {reference}.[[ الجهة التي أضافتها: {organisationName}.]]' },
    zh: { title: '[[{reference}：]]新文件', body: '提案{reference}新增了一份文件。[[添加方：{organisationName}。]]' },
    en: { title: '[[{reference}: ]]New document', body: 'A new document has been added to the proposal {reference}.[[ Added by: {organisationName}.]]' },
    fr: {
      title: '[[{reference} : ]]Nouveau document',
      body: 'Un nouveau document a été ajouté à la proposition {reference}.[[ Ajouté par : {organisationName}.]]',
    },
    ru: { title: '[[{reference}: ]]Новый документ', body: 'К предложению {reference} добавлен новый документ.[[ Добавлен стороной: {organisationName}.]]' },
    es: {
      title: '[[{reference}: ]]Nuevo documento',
      body: 'Se ha añadido un nuevo documento a la propuesta {reference}.[[ Añadido por: {organisationName}.]]',
    },
  },
  'proposal.message_posted': {
    ar: { title: '[[{reference}: ]]رسالة جديدة', body: 'نُشرت رسالة جديدة في غرفة التفاوض الخاصة بالمقترح {reference}.[[ المرسل: {organisationName}.]]' },
    zh: { title: '[[{reference}：]]新消息', body: '提案{reference}的洽谈室中有一条新消息。[[发送方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]New message',
      body: 'A new message has been posted in the deal room of the proposal {reference}.[[ From: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Nouveau message',
      body: 'Un nouveau message a été publié dans la salle de négociation de la proposition {reference}.[[ Expéditeur : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Новое сообщение',
      body: 'В переговорной комнате предложения {reference} опубликовано новое сообщение.[[ Отправитель: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Nuevo mensaje',
      body: 'Se ha publicado un nuevo mensaje en la sala de negociación de la propuesta {reference}.[[ Remitente: {organisationName}.]]',
    },
  },
  'proposal.revision_proposed': {
    ar: {
      title: '[[{reference}: ]]اقتراح تنقيح',
      body:
        'اقتُرح التنقيح رقم {revision} للمقترح {reference}.[[ الجهة المقترِحة: ' +
        '{organisationName}.]] يرجى الاطلاع على التغييرات وقبول التنقيح إذا كنتم موافقين عليه.',
    },
    zh: {
      title: '[[{reference}：]]已提出修订版',
      body: '已就提案{reference}提出第{revision}版修订。[[提出方：{organisationName}。]]请审阅修改内容，如无异议请予以接受。',
    },
    en: {
      title: '[[{reference}: ]]Revision proposed',
      body:
        'Revision {revision} of the proposal {reference} has been proposed.[[ Proposed by: ' +
        '{organisationName}.]] Please review the changes and accept the revision if you agree.',
    },
    fr: {
      title: '[[{reference} : ]]Révision proposée',
      body:
        'La révision {revision} de la proposition {reference} a été proposée.[[ Proposée par : ' +
        '{organisationName}.]] Veuillez examiner les modifications et accepter la révision si vous en êtes d’accord.',
    },
    ru: {
      title: '[[{reference}: ]]Предложен пересмотренный вариант',
      body:
        'Предложен пересмотренный вариант № {revision} предложения {reference}.[[ Предложен стороной: ' +
        '{organisationName}.]] Просьба ознакомиться с изменениями и принять их, если вы согласны.',
    },
    es: {
      title: '[[{reference}: ]]Revisión propuesta',
      body:
        'Se ha propuesto la revisión {revision} de la propuesta {reference}.[[ Propuesta por: ' +
        '{organisationName}.]] Examine los cambios y acepte la revisión si está de acuerdo.',
    },
  },
  'proposal.revision_accepted': {
    ar: {
      title: '[[{reference}: ]]قبول تنقيح',
      body: 'قُبل التنقيح رقم {revision} للمقترح {reference}.[[ الجهة القابلة: {organisationName}.]] وسيُعتمد التنقيح متى قبلته جميع الأطراف المطلوبة.',
    },
    zh: {
      title: '[[{reference}：]]修订版已被接受',
      body: '提案{reference}的第{revision}版修订已被接受。[[接受方：{organisationName}。]]所有必要参与方均接受后，该修订版即获商定。',
    },
    en: {
      title: '[[{reference}: ]]Revision accepted',
      body:
        'Revision {revision} of the proposal {reference} has been accepted.[[ Accepted by: ' +
        '{organisationName}.]] It will be agreed once every required party has accepted it.',
    },
    fr: {
      title: '[[{reference} : ]]Révision acceptée',
      body:
        'La révision {revision} de la proposition {reference} a été acceptée.[[ Acceptée par : ' +
        '{organisationName}.]] Elle sera adoptée une fois acceptée par toutes les parties requises.',
    },
    ru: {
      title: '[[{reference}: ]]Пересмотренный вариант принят',
      body:
        'Пересмотренный вариант № {revision} предложения {reference} принят.[[ Принят стороной: ' +
        '{organisationName}.]] Он будет считаться согласованным, когда его примут все необходимые стороны.',
    },
    es: {
      title: '[[{reference}: ]]Revisión aceptada',
      body:
        'Se ha aceptado la revisión {revision} de la propuesta {reference}.[[ Aceptada por: ' +
        '{organisationName}.]] Quedará acordada cuando todas las partes requeridas la hayan aceptado.',
    },
  },
  'proposal.revision_agreed': {
    ar: {
      title: '[[{reference}: ]]اعتماد تنقيح',
      body: 'قبلت جميع الأطراف المطلوبة التنقيح رقم {revision} للمقترح {reference}. ويحل هذا التنقيح الآن محل الصيغة السابقة، ويصبح مجموعه المبلغ المستهدف الجديد.',
    },
    zh: {
      title: '[[{reference}：]]修订版已获商定',
      body: '所有必要参与方均已接受提案{reference}的第{revision}版修订。该修订版现取代之前的版本，其总额即为新的目标金额。',
    },
    en: {
      title: '[[{reference}: ]]Revision agreed',
      body:
        'Every required party has accepted revision {revision} of the proposal {reference}. ' +
        'It now replaces the previous version, and its total is the new target.',
    },
    fr: {
      title: '[[{reference} : ]]Révision adoptée',
      body:
        'Toutes les parties requises ont accepté la révision {revision} de la proposition {reference}. ' +
        'Elle remplace désormais la version précédente et son total devient le nouveau montant visé.',
    },
    ru: {
      title: '[[{reference}: ]]Пересмотренный вариант согласован',
      body:
        'Все необходимые стороны приняли пересмотренный вариант № {revision} предложения {reference}. ' +
        'Теперь он заменяет предыдущий вариант, а его итоговая сумма становится новой целевой суммой.',
    },
    es: {
      title: '[[{reference}: ]]Revisión acordada',
      body:
        'Todas las partes requeridas han aceptado la revisión {revision} de la propuesta {reference}. ' +
        'Ahora sustituye a la versión anterior, y su total pasa a ser el nuevo objetivo.',
    },
  },
  'proposal.outcome_reported': {
    ar: { title: '[[{reference}: ]]تقديم تقرير عن النتائج', body: 'قُدِّم تقرير عن نتائج المقترح {reference}.[[ الجهة المقدِّمة: {organisationName}.]]' },
    zh: { title: '[[{reference}：]]成果报告已提交', body: '已提交关于提案{reference}的成果报告。[[提交方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]Outcome report submitted',
      body: 'An outcome report on the proposal {reference} has been submitted.[[ Submitted by: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Rapport sur les résultats présenté',
      body: 'Un rapport sur les résultats de la proposition {reference} a été présenté.[[ Présenté par : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Представлен отчет о результатах',
      body: 'Представлен отчет о результатах осуществления предложения {reference}.[[ Представлен стороной: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Informe de resultados presentado',
      body: 'Se ha presentado un informe de resultados sobre la propuesta {reference}.[[ Presentado por: {organisationName}.]]',
    },
  },
  'proposal.pledges_to_redirect': {
    ar: {
      title: '[[{reference}: ]]تعهدات يلزم تحويلها',
      body: 'انتهت مدة المقترح {reference}. ويمكن تحويل تعهداتكم القائمة[[ البالغة {amount}]] إلى مقترح آخر أو إلغاؤها: يرجى تحديد ما ترغبون فيه.',
    },
    zh: { title: '[[{reference}：]]待转用的认捐', body: '提案{reference}已过期。您未兑现的认捐[[（共计{amount}）]]可转用于其他提案或予以取消，请作出选择。' },
    en: {
      title: '[[{reference}: ]]Pledges to redirect',
      body:
        'The proposal {reference} has expired. Your open pledges[[ of {amount}]] can be redirected to another proposal or cancelled: ' +
        'please choose what to do with them.',
    },
    fr: {
      title: '[[{reference} : ]]Annonces de contributions à réaffecter',
      body:
        'La proposition {reference} a expiré. ' +
        'Vos annonces de contributions en cours[[, d’un montant de {amount},]] peuvent être réaffectées à une autre proposition ou annulées : ' +
        'veuillez indiquer votre choix.',
    },
    ru: {
      title: '[[{reference}: ]]Объявленные взносы для перенаправления',
      body:
        'Срок действия предложения {reference} истек. ' +
        'Ваши неисполненные объявленные взносы[[ на сумму {amount}]] можно перенаправить на другое предложение или отменить: просьба принять решение.',
    },
    es: {
      title: '[[{reference}: ]]Promesas de contribución por reasignar',
      body:
        'La propuesta {reference} ha caducado. ' +
        'Sus promesas de contribución pendientes[[, por un monto de {amount},]] pueden reasignarse a otra propuesta o cancelarse: indique qué desea hacer.',
    },
  },
  'contribution.recorded': {
    ar: { title: '[[{reference}: ]]تسجيل مساهمة', body: 'سُجلت مساهمة[[ قدرها {amount}]] في المقترح {reference}.[[ الجهة المانحة: {organisationName}.]]' },
    zh: { title: '[[{reference}：]]已登记捐助', body: '已为提案{reference}登记一项捐助[[（金额：{amount}）]]。[[捐助方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]Contribution recorded',
      body: 'A contribution[[ of {amount}]] to the proposal {reference} has been recorded.[[ Donor: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Contribution enregistrée',
      body: 'Une contribution[[ de {amount}]] à la proposition {reference} a été enregistrée.[[ Donateur : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Зарегистрирован взнос',
      body: 'Зарегистрирован взнос[[ в размере {amount}]] по предложению {reference}.[[ Донор: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Contribución registrada',
      body: 'Se ha registrado una contribución[[ de {amount}]] a la propuesta {reference}.[[ Donante: {organisationName}.]]',
    },
  },
  'contribution.pledge': {
    ar: { title: '[[{reference}: ]]تعهد بمساهمة', body: 'قُدِّم تعهد[[ قدره {amount}]] للمقترح {reference}.[[ الجهة المانحة: {organisationName}.]]' },
    zh: { title: '[[{reference}：]]新认捐', body: '已为提案{reference}作出一项认捐[[（金额：{amount}）]]。[[捐助方：{organisationName}。]]' },
    en: { title: '[[{reference}: ]]Pledge made', body: 'A pledge[[ of {amount}]] has been made to the proposal {reference}.[[ Donor: {organisationName}.]]' },
    fr: {
      title: '[[{reference} : ]]Annonce de contribution',
      body: 'Une annonce de contribution[[ de {amount}]] a été faite en faveur de la proposition {reference}.[[ Donateur : {organisationName}.]]',
    },
    ru: { title: '[[{reference}: ]]Объявлен взнос', body: 'Объявлен взнос[[ в размере {amount}]] по предложению {reference}.[[ Донор: {organisationName}.]]' },
    es: {
      title: '[[{reference}: ]]Promesa de contribución',
      body: 'Se ha hecho una promesa de contribución[[ de {amount}]] a la propuesta {reference}.[[ Donante: {organisationName}.]]',
    },
  },
  'contribution.commit': {
    ar: {
      title: '[[{reference}: ]]الالتزام بمساهمة',
      body: 'التُزم بمساهمة[[ قدرها {amount}]] في المقترح {reference} بموجب اتفاق موقَّع.[[ الجهة المانحة: {organisationName}.]]',
    },
    zh: { title: '[[{reference}：]]资金已承付', body: '已根据签署的协议向提案{reference}承付一项捐助[[（金额：{amount}）]]。[[捐助方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]Funds committed',
      body: 'A contribution[[ of {amount}]] to the proposal {reference} has been committed under a signed agreement.[[ Donor: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Contribution engagée',
      body: 'Une contribution[[ de {amount}]] à la proposition {reference} a été engagée au titre d’un accord signé.[[ Donateur : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Принято обязательство',
      body: 'По предложению {reference} принято обязательство о взносе[[ в размере {amount}]] на основании подписанного соглашения.[[ Донор: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Contribución comprometida',
      body: 'Se ha comprometido una contribución[[ de {amount}]] a la propuesta {reference} mediante un acuerdo firmado.[[ Donante: {organisationName}.]]',
    },
  },
  'contribution.disburse': {
    ar: {
      title: '[[{reference}: ]]صرف مساهمة',
      body: 'صُرفت أو سُلِّمت مساهمة[[ قدرها {amount}]] في المقترح {reference}.[[ الجهة المانحة: {organisationName}.]]',
    },
    zh: { title: '[[{reference}：]]捐助已拨付', body: '对提案{reference}的一项捐助[[（金额：{amount}）]]已拨付或交付。[[捐助方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]Contribution disbursed',
      body: 'A contribution[[ of {amount}]] to the proposal {reference} has been disbursed or delivered.[[ Donor: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Contribution décaissée',
      body: 'Une contribution[[ de {amount}]] à la proposition {reference} a été décaissée ou livrée.[[ Donateur : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Взнос выплачен',
      body: 'Взнос[[ в размере {amount}]] по предложению {reference} выплачен или предоставлен.[[ Донор: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Contribución desembolsada',
      body: 'Se ha desembolsado o entregado una contribución[[ de {amount}]] a la propuesta {reference}.[[ Donante: {organisationName}.]]',
    },
  },
  'contribution.report': {
    ar: {
      title: '[[{reference}: ]]الإبلاغ عن مساهمة',
      body: 'قُدِّم تقرير عن نتائج مساهمة[[ قدرها {amount}]] في المقترح {reference}.[[ الجهة المانحة: {organisationName}.]]',
    },
    zh: { title: '[[{reference}：]]捐助成果已报告', body: '已就对提案{reference}的一项捐助[[（金额：{amount}）]]报告成果。[[捐助方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]Contribution reported on',
      body: 'The outcome of a contribution[[ of {amount}]] to the proposal {reference} has been reported.[[ Donor: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Rapport sur une contribution',
      body: 'Il a été rendu compte des résultats d’une contribution[[ de {amount}]] à la proposition {reference}.[[ Donateur : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Отчет о взносе',
      body: 'Представлен отчет о результатах использования взноса[[ в размере {amount}]] по предложению {reference}.[[ Донор: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Informe sobre una contribución',
      body: 'Se ha informado sobre los resultados de una contribución[[ de {amount}]] a la propuesta {reference}.[[ Donante: {organisationName}.]]',
    },
  },
  'contribution.cancel': {
    ar: {
      title: '[[{reference}: ]]إلغاء مساهمة',
      body: 'أُلغيت مساهمة[[ قدرها {amount}]] في المقترح {reference}.[[ الجهة المانحة: {organisationName}.]][[ السبب: {reason}]]',
    },
    zh: {
      title: '[[{reference}：]]捐助已取消',
      body: '对提案{reference}的一项捐助[[（金额：{amount}）]]已取消。[[捐助方：{organisationName}。]][[原因：{reason}]]',
    },
    en: {
      title: '[[{reference}: ]]Contribution cancelled',
      body: 'A contribution[[ of {amount}]] to the proposal {reference} has been cancelled.[[ Donor: {organisationName}.]][[ Reason: {reason}]]',
    },
    fr: {
      title: '[[{reference} : ]]Contribution annulée',
      body: 'Une contribution[[ de {amount}]] à la proposition {reference} a été annulée.[[ Donateur : {organisationName}.]][[ Motif : {reason}]]',
    },
    ru: {
      title: '[[{reference}: ]]Взнос отменен',
      body: 'Взнос[[ в размере {amount}]] по предложению {reference} отменен.[[ Донор: {organisationName}.]][[ Причина: {reason}]]',
    },
    es: {
      title: '[[{reference}: ]]Contribución cancelada',
      body: 'Se ha cancelado una contribución[[ de {amount}]] a la propuesta {reference}.[[ Donante: {organisationName}.]][[ Motivo: {reason}]]',
    },
  },
  'contribution.redirected': {
    ar: {
      title: '[[{reference}: ]]تحويل تعهد',
      body: 'حُوِّل تعهد[[ قدره {amount}]] من مقترح آخر إلى المقترح {reference}.[[ الجهة المانحة: {organisationName}.]]',
    },
    zh: { title: '[[{reference}：]]认捐已转用', body: '一项认捐[[（金额：{amount}）]]已从其他提案转用于提案{reference}。[[捐助方：{organisationName}。]]' },
    en: {
      title: '[[{reference}: ]]Pledge redirected',
      body: 'A pledge[[ of {amount}]] has been redirected to the proposal {reference} from another proposal.[[ Donor: {organisationName}.]]',
    },
    fr: {
      title: '[[{reference} : ]]Annonce de contribution réaffectée',
      body: 'Une annonce de contribution[[ de {amount}]] a été réaffectée d’une autre proposition à la proposition {reference}.[[ Donateur : {organisationName}.]]',
    },
    ru: {
      title: '[[{reference}: ]]Объявленный взнос перенаправлен',
      body: 'Объявленный взнос[[ в размере {amount}]] перенаправлен на предложение {reference} с другого предложения.[[ Донор: {organisationName}.]]',
    },
    es: {
      title: '[[{reference}: ]]Promesa de contribución reasignada',
      body:
        'Se ha reasignado a la propuesta {reference} una promesa de contribución[[ de {amount}]] procedente de otra propuesta.[[ Donante: ' +
        '{organisationName}.]]',
    },
  },
  'meeting.scheduled': {
    ar: { title: 'تحديد موعد اجتماع لمجموعة الدول المهتمة', body: 'سيُعقد اجتماع مجموعة الدول المهتمة «{meetingTitle}» في {startsAt}.' },
    zh: { title: '已安排有关国家小组会议', body: '有关国家小组会议“{meetingTitle}”定于{startsAt}举行。' },
    en: { title: 'GIS meeting scheduled', body: 'The GIS meeting “{meetingTitle}” has been scheduled for {startsAt}.' },
    fr: { title: 'Réunion du GIS programmée', body: 'La réunion du GIS « {meetingTitle} » se tiendra le {startsAt}.' },
    ru: {
      title: 'Запланировано совещание Группы заинтересованных государств',
      body: 'Совещание Группы заинтересованных государств «{meetingTitle}» состоится {startsAt}.',
    },
    es: { title: 'Reunión del GIS programada', body: 'La reunión del GIS «{meetingTitle}» se celebrará el {startsAt}.' },
  },
  'meeting.agenda_changed': {
    ar: { title: 'تغيير جدول أعمال اجتماع المجموعة', body: 'تغيّر جدول أعمال اجتماع مجموعة الدول المهتمة «{meetingTitle}» المقرر عقده في {startsAt}.' },
    zh: { title: '有关国家小组会议议程已变更', body: '定于{startsAt}举行的有关国家小组会议“{meetingTitle}”的议程已变更。' },
    en: { title: 'GIS meeting agenda changed', body: 'The agenda of the GIS meeting “{meetingTitle}” on {startsAt} has changed.' },
    fr: { title: 'Ordre du jour de la réunion du GIS modifié', body: 'L’ordre du jour de la réunion du GIS « {meetingTitle} » du {startsAt} a été modifié.' },
    ru: {
      title: 'Изменена повестка дня совещания',
      body: 'Изменена повестка дня совещания Группы заинтересованных государств «{meetingTitle}», которое состоится {startsAt}.',
    },
    es: { title: 'Cambio en el programa de la reunión del GIS', body: 'Se ha modificado el programa de la reunión del GIS «{meetingTitle}» del {startsAt}.' },
  },
  'meeting.held': {
    ar: { title: 'انعقاد اجتماع مجموعة الدول المهتمة', body: 'عُقد اجتماع مجموعة الدول المهتمة «{meetingTitle}» في {startsAt}، ومحضره متاح الآن.' },
    zh: { title: '有关国家小组会议已举行', body: '有关国家小组会议“{meetingTitle}”已于{startsAt}举行，会议记录现已可供查阅。' },
    en: { title: 'GIS meeting held', body: 'The GIS meeting “{meetingTitle}” of {startsAt} has been held, and its minutes are available.' },
    fr: { title: 'Réunion du GIS tenue', body: 'La réunion du GIS « {meetingTitle} » du {startsAt} s’est tenue ; son compte rendu est disponible.' },
    ru: {
      title: 'Совещание Группы заинтересованных государств состоялось',
      body: 'Совещание Группы заинтересованных государств «{meetingTitle}» состоялось {startsAt}; протокол доступен.',
    },
    es: { title: 'Reunión del GIS celebrada', body: 'Se ha celebrado la reunión del GIS «{meetingTitle}» del {startsAt}; el acta ya está disponible.' },
  },
  'meeting.cancelled': {
    ar: {
      title: 'إلغاء اجتماع مجموعة الدول المهتمة',
      body: 'أُلغي اجتماع مجموعة الدول المهتمة «{meetingTitle}» الذي كان مقررا عقده في {startsAt}.[[ السبب: {reason}]]',
    },
    zh: { title: '有关国家小组会议已取消', body: '原定于{startsAt}举行的有关国家小组会议“{meetingTitle}”已取消。[[原因：{reason}]]' },
    en: { title: 'GIS meeting cancelled', body: 'The GIS meeting “{meetingTitle}” planned for {startsAt} has been cancelled.[[ Reason: {reason}]]' },
    fr: { title: 'Réunion du GIS annulée', body: 'La réunion du GIS « {meetingTitle} » prévue le {startsAt} a été annulée.[[ Motif : {reason}]]' },
    ru: {
      title: 'Совещание Группы заинтересованных государств отменено',
      body: 'Совещание Группы заинтересованных государств «{meetingTitle}», запланированное на {startsAt}, отменено.[[ Причина: {reason}]]',
    },
    es: { title: 'Reunión del GIS cancelada', body: 'Se ha cancelado la reunión del GIS «{meetingTitle}» prevista para el {startsAt}.[[ Motivo: {reason}]]' },
  },
  'meeting.outcome_recorded': {
    ar: { title: '[[{reference}: ]]تسجيل نتيجة اجتماع', body: 'سُجلت نتيجة بشأن المقترح {reference}[[ في اجتماع مجموعة الدول المهتمة «{meetingTitle}»]].' },
    zh: { title: '[[{reference}：]]已记录会议结果', body: '[[有关国家小组会议“{meetingTitle}”]]已记录关于提案{reference}的结果。' },
    en: {
      title: '[[{reference}: ]]Meeting outcome recorded',
      body: 'An outcome for the proposal {reference} has been recorded[[ at the GIS meeting “{meetingTitle}”]].',
    },
    fr: {
      title: '[[{reference} : ]]Résultat de réunion consigné',
      body: 'Un résultat concernant la proposition {reference} a été consigné[[ lors de la réunion du GIS « {meetingTitle} »]].',
    },
    ru: {
      title: '[[{reference}: ]]Зафиксирован итог совещания',
      body: 'Зафиксирован итог рассмотрения предложения {reference}[[ на совещании Группы заинтересованных государств «{meetingTitle}»]].',
    },
    es: {
      title: '[[{reference}: ]]Resultado de reunión registrado',
      body: 'Se ha registrado un resultado relativo a la propuesta {reference}[[ en la reunión del GIS «{meetingTitle}»]].',
    },
  },
  'reminder.need_valid_until': {
    ar: {
      title: 'اقتراب تاريخ انتهاء صلاحية الاحتياج',
      body: 'الاحتياج «{needTitle}» صالح حتى {date} (الأيام المتبقية: {daysLeft}). وإذا كان لا يزال قائما، يرجى تأكيده أو تمديد صلاحيته؛ وإلا يرجى إغلاقه.',
    },
    zh: { title: '需求有效期即将届满', body: '需求“{needTitle}”的有效期至{date}（剩余{daysLeft}天）。如仍有此需求，请予以确认或延长有效期；否则请将其关闭。' },
    en: {
      title: 'Need valid-until date approaching',
      body:
        'The need “{needTitle}” is valid until {date} (days left: {daysLeft}). If it is still needed, please confirm it or extend its validity; ' +
        'otherwise, close it.',
    },
    fr: {
      title: 'Date de validité du besoin proche',
      body:
        'Le besoin « {needTitle} » est valable jusqu’au {date} (jours restants : {daysLeft}). ' +
        'S’il est toujours d’actualité, veuillez le confirmer ou prolonger sa validité ; sinon, clôturez-le.',
    },
    ru: {
      title: 'Приближается окончание срока действия потребности',
      body:
        'Потребность «{needTitle}» действительна до {date} (осталось дней: {daysLeft}). ' +
        'Если она сохраняет актуальность, просьба подтвердить ее или продлить срок действия; в противном случае закройте ее.',
    },
    es: {
      title: 'Próximo vencimiento de una necesidad',
      body:
        'La necesidad «{needTitle}» es válida hasta el {date} (días restantes: {daysLeft}). Si sigue siendo necesaria, confírmela o prorrogue su validez; ' +
        'de lo contrario, ciérrela.',
    },
  },
  'reminder.funding_deadline': {
    ar: {
      title: '[[{reference}: ]]اقتراب الموعد النهائي للتمويل',
      body: 'الموعد النهائي لتمويل المقترح {reference} هو {date} (الأيام المتبقية: {daysLeft}). وإذا لم يُموَّل بالكامل بحلول ذلك الموعد، تنتهي مدته.',
    },
    zh: { title: '[[{reference}：]]供资期限临近', body: '提案{reference}的供资期限为{date}（剩余{daysLeft}天）。如届时仍未获得全额资助，该提案将过期。' },
    en: {
      title: '[[{reference}: ]]Funding deadline approaching',
      body: 'The funding deadline of the proposal {reference} is {date} (days left: {daysLeft}). If it is not fully funded by then, it will expire.',
    },
    fr: {
      title: '[[{reference} : ]]Date limite de financement proche',
      body:
        'La date limite de financement de la proposition {reference} est fixée au {date} (jours restants : {daysLeft}). ' +
        'Si elle n’est pas entièrement financée d’ici là, elle expirera.',
    },
    ru: {
      title: '[[{reference}: ]]Приближается срок финансирования',
      body:
        'Срок финансирования предложения {reference} истекает {date} (осталось дней: {daysLeft}). ' +
        'Если к этому времени оно не будет полностью профинансировано, оно утратит силу.',
    },
    es: {
      title: '[[{reference}: ]]Se acerca el plazo de financiación',
      body:
        'El plazo de financiación de la propuesta {reference} vence el {date} (días restantes: {daysLeft}). ' +
        'Si para entonces no está totalmente financiada, caducará.',
    },
  },
  'reminder.review_deadline': {
    ar: {
      title: '[[{reference}: ]]اقتراب الموعد النهائي للاستعراض',
      body:
        'يجب إنجاز الاستعراض التقني للمقترح {reference} بحلول {date} (الأيام المتبقية: {daysLeft}). ' +
        'وإذا لم يُجرَ الاستعراض بحلول ذلك الموعد، يُفتح المقترح للتمويل دون استعراض تقني.',
    },
    zh: {
      title: '[[{reference}：]]审查期限临近',
      body: '提案{reference}的技术审查须于{date}前完成（剩余{daysLeft}天）。届时如未完成审查，该提案将未经技术审查即开放供资。',
    },
    en: {
      title: '[[{reference}: ]]Review deadline approaching',
      body:
        'The technical review of the proposal {reference} is due by {date} (days left: {daysLeft}). ' +
        'Without a review by then, the proposal will be opened for funding without it.',
    },
    fr: {
      title: '[[{reference} : ]]Date limite d’examen proche',
      body:
        'L’examen technique de la proposition {reference} doit être achevé d’ici au {date} (jours restants : {daysLeft}). ' +
        'Faute d’examen d’ici là, la proposition sera ouverte au financement sans examen technique.',
    },
    ru: {
      title: '[[{reference}: ]]Приближается срок экспертизы',
      body:
        'Техническая экспертиза предложения {reference} должна быть проведена до {date} (осталось дней: {daysLeft}). ' +
        'Если к этому времени она не будет проведена, предложение будет открыто для финансирования без экспертизы.',
    },
    es: {
      title: '[[{reference}: ]]Se acerca el plazo de examen',
      body:
        'El examen técnico de la propuesta {reference} debe concluir a más tardar el {date} (días restantes: {daysLeft}). ' +
        'Si para entonces no se ha realizado, la propuesta se abrirá a financiación sin examen técnico.',
    },
  },
  'reminder.outcome_report_due': {
    ar: {
      title: '[[{reference}: ]]حلول موعد تقرير النتائج',
      body: 'يتعين على منظمتكم[[ ({organisationName})]] تقديم تقرير عن نتائج المقترح {reference}. يرجى تقديمه، إذ لا يمكن إنجاز المقترح قبل استلام جميع التقارير.',
    },
    zh: {
      title: '[[{reference}：]]成果报告到期',
      body: '贵组织[[（{organisationName}）]]应提交关于提案{reference}的成果报告。请尽快提交：在收到所有报告之前，该提案无法完成。',
    },
    en: {
      title: '[[{reference}: ]]Outcome report due',
      body:
        'An outcome report on the proposal {reference} is due from your organisation[[ ({organisationName})]]. Please submit it: ' +
        'the proposal cannot be completed until every report has been received.',
    },
    fr: {
      title: '[[{reference} : ]]Rapport sur les résultats attendu',
      body:
        'Votre organisation[[ ({organisationName})]] doit présenter un rapport sur les résultats de la proposition {reference}. Veuillez le présenter : ' +
        'la proposition ne peut être achevée tant que tous les rapports n’ont pas été reçus.',
    },
    ru: {
      title: '[[{reference}: ]]Ожидается отчет о результатах',
      body:
        'Ваша организация[[ ({organisationName})]] должна представить отчет о результатах осуществления предложения {reference}. Просьба представить его: ' +
        'осуществление предложения не может быть завершено до получения всех отчетов.',
    },
    es: {
      title: '[[{reference}: ]]Informe de resultados pendiente',
      body:
        'Su organización[[ ({organisationName})]] debe presentar un informe de resultados sobre la propuesta {reference}. Preséntelo: ' +
        'la propuesta no puede concluirse hasta que se hayan recibido todos los informes.',
    },
  },
};
