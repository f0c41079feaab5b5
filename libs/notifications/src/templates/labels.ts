import type { Role, UnLanguage } from '#libs/core';
import type { DeliveryMode, NotificationCategory } from '../notification-routes.js';
import type { UnsubscribeOutcome } from './render.js';

/**
 * The fixed texts of notification e-mails and pages. Category and mode names are keyed by the enums'
 * values (type-only imports, so that no Nest code is loaded), so a category added to the enum fails
 * type-checking here until it is named in every language. `{category}`, `{count}` and `{updates}` are
 * filled by the renderer; they are not message placeholders.
 */
export interface NotificationLabels {
  marketplace: string;
  /** Between a label and a value in plain text (French puts a space before the colon, Chinese uses a full-width one). */
  colon: string;
  /** Role names, e.g. in an invitation ("as National Point of Contact"). */
  roles: Record<`${Role}`, string>;
  categories: Record<`${NotificationCategory}`, string>;
  modes: Record<`${DeliveryMode}`, string>;
  openInMarketplace: string;
  linkFallback: string;
  footerCategory: string;
  unsubscribe: string;
  cannotTurnOff: string;
  preferences: string;
  digestSubject: Record<'DAILY' | 'WEEKLY', string>;
  /** Every plural category in every language (unused ones repeat `other`), so that all languages have the same keys. */
  updates: Record<Intl.LDMLPluralRule, string>;
  digestIntro: string;
  digestFooter: string;
  unsubscribePage: Record<UnsubscribeOutcome, { title: string; withCategory: string; withoutCategory: string; note: string }>;
}

/** Categories in the order a digest lists them: what asks for action first, then the rest as in the enum. */
export const CATEGORY_ORDER: readonly `${NotificationCategory}`[] = [
  'ACTION_REQUIRED',
  'DEADLINES',
  'ACCOUNT',
  'NEEDS',
  'OFFERS',
  'MATCHES',
  'PROPOSALS',
  'DEAL_ROOM',
  'FUNDING',
  'MEETINGS',
  'MODERATION',
];

export const NOTIFICATION_LABELS: Record<UnLanguage, NotificationLabels> = {
  ar: {
    marketplace: 'منصة GIS للمساعدة',
    colon: ': ',
    roles: {
      NPC: 'جهة الاتصال الوطنية',
      DONOR: 'الجهة المانحة',
      UNODA_MODERATOR: 'مشرف مكتب شؤون نزع السلاح',
      REGIONAL_REVIEWER: 'مراجع المركز الإقليمي',
      ADMIN: 'المسؤول',
    },
    categories: {
      ACTION_REQUIRED: 'إجراء مطلوب',
      DEADLINES: 'المواعيد النهائية',
      ACCOUNT: 'الحساب',
      NEEDS: 'الاحتياجات',
      OFFERS: 'العروض',
      MATCHES: 'المطابقات',
      PROPOSALS: 'المقترحات',
      DEAL_ROOM: 'غرفة التفاوض',
      FUNDING: 'التمويل',
      MEETINGS: 'اجتماعات مجموعة الدول المهتمة',
      MODERATION: 'الإشراف',
    },
    modes: { IMMEDIATE: 'فورا', DAILY: 'ملخص يومي', WEEKLY: 'ملخص أسبوعي', OFF: 'إيقاف (على المنصة فقط)' },
    openInMarketplace: 'فتح في المنصة',
    linkFallback: 'إذا لم يعمل الزر، يرجى نسخ هذا العنوان في المتصفح:',
    footerCategory: 'وصلتكم هذه الرسالة وفقا لإعداداتكم الخاصة بإشعارات فئة «{category}».',
    unsubscribe: 'إلغاء الاشتراك في رسائل فئة «{category}»',
    cannotTurnOff: 'لا يمكن إيقاف إشعارات فئة «{category}»، لأنها تتعلق بإجراءات مطلوبة منكم أو بمواعيد نهائية أو بحسابكم.',
    preferences: 'إدارة تفضيلات الإشعارات',
    digestSubject: { DAILY: 'ملخصكم اليومي: {updates}', WEEKLY: 'ملخصكم الأسبوعي: {updates}' },
    updates: {
      zero: 'لا توجد تحديثات',
      one: 'تحديث واحد',
      two: 'تحديثان',
      few: '{count} تحديثات',
      many: '{count} تحديثًا',
      other: '{count} تحديث',
    },
    digestIntro: 'فيما يلي الإشعارات التي وصلتكم، مصنفة حسب الفئة.',
    digestFooter: 'وصلكم هذا الملخص وفقا لتفضيلاتكم الخاصة بالإشعارات.',
    unsubscribePage: {
      DONE: {
        title: 'تم إلغاء الاشتراك',
        withCategory: 'لن تصلكم بعد الآن رسائل بريد إلكتروني بشأن إشعارات فئة «{category}».',
        withoutCategory: 'لن تصلكم هذه الرسائل بعد الآن.',
        note: 'ستظل هذه الإشعارات تظهر في صندوق الوارد الخاص بكم على المنصة، ويمكنكم تغيير هذا الاختيار في أي وقت من تفضيلات الإشعارات.',
      },
      INVALID: {
        title: 'رابط غير صالح',
        withCategory: 'رابط إلغاء الاشتراك هذا غير صالح أو انتهت صلاحيته.',
        withoutCategory: 'رابط إلغاء الاشتراك هذا غير صالح أو انتهت صلاحيته.',
        note: 'يرجى تسجيل الدخول إلى المنصة لتغيير تفضيلات الإشعارات.',
      },
      URGENT: {
        title: 'لا يمكن الإيقاف',
        withCategory: 'لا يمكن إيقاف إشعارات فئة «{category}»، لأنها تتعلق بإجراءات مطلوبة منكم أو بمواعيد نهائية أو بحسابكم.',
        withoutCategory: 'لا يمكن إيقاف هذه الإشعارات، لأنها تتعلق بإجراءات مطلوبة منكم أو بمواعيد نهائية أو بحسابكم.',
        note: 'يمكن تغيير تفضيلات الإشعارات الأخرى في أي وقت على المنصة.',
      },
    },
  },
  zh: {
    marketplace: 'GIS援助对接平台',
    colon: '：',
    roles: { NPC: '国家联络点', DONOR: '捐助方', UNODA_MODERATOR: '裁军厅审核员', REGIONAL_REVIEWER: '区域中心审查员', ADMIN: '管理员' },
    categories: {
      ACTION_REQUIRED: '需采取行动',
      DEADLINES: '期限',
      ACCOUNT: '账户',
      NEEDS: '需求',
      OFFERS: '援助提议',
      MATCHES: '匹配',
      PROPOSALS: '提案',
      DEAL_ROOM: '洽谈室',
      FUNDING: '资金',
      MEETINGS: '有关国家小组会议',
      MODERATION: '审核',
    },
    modes: { IMMEDIATE: '即时', DAILY: '每日摘要', WEEKLY: '每周摘要', OFF: '关闭（仅在平台内显示）' },
    openInMarketplace: '在平台中打开',
    linkFallback: '如果按钮无法使用，请将以下地址复制到浏览器中：',
    footerCategory: '您收到此邮件，是因为您对“{category}”类通知的设置。',
    unsubscribe: '退订“{category}”类邮件',
    cannotTurnOff: '“{category}”类通知无法关闭：这些通知涉及需要您采取的行动、期限或您的账户。',
    preferences: '管理通知偏好设置',
    digestSubject: { DAILY: '您的每日摘要：{updates}', WEEKLY: '您的每周摘要：{updates}' },
    updates: {
      zero: '{count}条更新',
      one: '{count}条更新',
      two: '{count}条更新',
      few: '{count}条更新',
      many: '{count}条更新',
      other: '{count}条更新',
    },
    digestIntro: '以下是您收到的通知，按类别列出。',
    digestFooter: '您收到此摘要，是因为您的通知偏好设置。',
    unsubscribePage: {
      DONE: {
        title: '已退订',
        withCategory: '您将不再收到“{category}”类通知的邮件。',
        withoutCategory: '您将不再收到此类邮件。',
        note: '这些通知仍会显示在您平台上的收件箱中。您可随时在通知偏好设置中更改此选择。',
      },
      INVALID: {
        title: '链接无效',
        withCategory: '此退订链接无效或已过期。',
        withoutCategory: '此退订链接无效或已过期。',
        note: '请登录平台以更改通知偏好设置。',
      },
      URGENT: {
        title: '无法关闭',
        withCategory: '“{category}”类通知无法关闭：这些通知涉及需要您采取的行动、期限或您的账户。',
        withoutCategory: '这些通知无法关闭：它们涉及需要您采取的行动、期限或您的账户。',
        note: '您可随时在平台上更改其他通知偏好设置。',
      },
    },
  },
  en: {
    marketplace: 'GIS Assistance Marketplace',
    colon: ': ',
    roles: {
      NPC: 'National Point of Contact',
      DONOR: 'donor',
      UNODA_MODERATOR: 'UNODA moderator',
      REGIONAL_REVIEWER: 'regional centre reviewer',
      ADMIN: 'administrator',
    },
    categories: {
      ACTION_REQUIRED: 'Action required',
      DEADLINES: 'Deadlines',
      ACCOUNT: 'Account',
      NEEDS: 'Needs',
      OFFERS: 'Offers',
      MATCHES: 'Matches',
      PROPOSALS: 'Proposals',
      DEAL_ROOM: 'Deal room',
      FUNDING: 'Funding',
      MEETINGS: 'GIS meetings',
      MODERATION: 'Moderation',
    },
    modes: { IMMEDIATE: 'Immediately', DAILY: 'Daily summary', WEEKLY: 'Weekly summary', OFF: 'Off (in the marketplace only)' },
    openInMarketplace: 'Open in the marketplace',
    linkFallback: 'If the button does not work, copy this address into your browser:',
    footerCategory: 'You are receiving this e-mail because of your settings for “{category}” notifications.',
    unsubscribe: 'Stop e-mails for “{category}”',
    cannotTurnOff: '“{category}” notifications cannot be turned off: they concern action required of you, deadlines or your account.',
    preferences: 'Manage your notification preferences',
    digestSubject: { DAILY: 'Your daily summary: {updates}', WEEKLY: 'Your weekly summary: {updates}' },
    updates: {
      zero: '{count} updates',
      one: '{count} update',
      two: '{count} updates',
      few: '{count} updates',
      many: '{count} updates',
      other: '{count} updates',
    },
    digestIntro: 'Here are the notifications you received, by category.',
    digestFooter: 'You are receiving this summary because of your notification preferences.',
    unsubscribePage: {
      DONE: {
        title: 'Unsubscribed',
        withCategory: 'You will no longer receive e-mails for “{category}” notifications.',
        withoutCategory: 'You will no longer receive these e-mails.',
        note:
          'These notifications will still appear in your inbox on the marketplace, ' +
          'and you can change this choice at any time in your notification preferences.',
      },
      INVALID: {
        title: 'Link not valid',
        withCategory: 'This unsubscribe link is not valid or has expired.',
        withoutCategory: 'This unsubscribe link is not valid or has expired.',
        note: 'Sign in to the marketplace to change your notification preferences.',
      },
      URGENT: {
        title: 'Cannot be turned off',
        withCategory: '“{category}” notifications cannot be turned off: they concern action required of you, deadlines or your account.',
        withoutCategory: 'These notifications cannot be turned off: they concern action required of you, deadlines or your account.',
        note: 'Your other notification preferences can be changed at any time on the marketplace.',
      },
    },
  },
  fr: {
    marketplace: 'Plateforme d’assistance du GIS',
    colon: ' : ',
    roles: {
      NPC: 'point de contact national',
      DONOR: 'donateur',
      UNODA_MODERATOR: 'modérateur du BAD',
      REGIONAL_REVIEWER: 'examinateur du centre régional',
      ADMIN: 'administrateur',
    },
    categories: {
      ACTION_REQUIRED: 'Action requise',
      DEADLINES: 'Échéances',
      ACCOUNT: 'Compte',
      NEEDS: 'Besoins',
      OFFERS: 'Offres',
      MATCHES: 'Correspondances',
      PROPOSALS: 'Propositions',
      DEAL_ROOM: 'Salle de négociation',
      FUNDING: 'Financement',
      MEETINGS: 'Réunions du GIS',
      MODERATION: 'Modération',
    },
    modes: { IMMEDIATE: 'Immédiatement', DAILY: 'Résumé quotidien', WEEKLY: 'Résumé hebdomadaire', OFF: 'Désactivé (sur la plateforme uniquement)' },
    openInMarketplace: 'Ouvrir sur la plateforme',
    linkFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
    footerCategory: 'Vous recevez ce courriel en raison de vos paramètres pour les notifications « {category} ».',
    unsubscribe: 'Ne plus recevoir de courriels « {category} »',
    cannotTurnOff:
      'Les notifications « {category} » ne peuvent pas être désactivées : elles concernent des actions attendues de vous, ' + 'des échéances ou votre compte.',
    preferences: 'Gérer vos préférences de notification',
    digestSubject: { DAILY: 'Votre résumé quotidien : {updates}', WEEKLY: 'Votre résumé hebdomadaire : {updates}' },
    updates: {
      zero: '{count} mises à jour',
      one: '{count} mise à jour',
      two: '{count} mises à jour',
      few: '{count} mises à jour',
      many: '{count} de mises à jour',
      other: '{count} mises à jour',
    },
    digestIntro: 'Voici les notifications reçues, par catégorie.',
    digestFooter: 'Vous recevez ce résumé en raison de vos préférences de notification.',
    unsubscribePage: {
      DONE: {
        title: 'Désabonnement effectué',
        withCategory: 'Vous ne recevrez plus de courriels pour les notifications « {category} ».',
        withoutCategory: 'Vous ne recevrez plus ces courriels.',
        note:
          'Ces notifications resteront visibles dans votre boîte de réception sur la plateforme, ' +
          'et vous pouvez modifier ce choix à tout moment dans vos préférences de notification.',
      },
      INVALID: {
        title: 'Lien non valide',
        withCategory: 'Ce lien de désabonnement n’est pas valide ou a expiré.',
        withoutCategory: 'Ce lien de désabonnement n’est pas valide ou a expiré.',
        note: 'Connectez-vous à la plateforme pour modifier vos préférences de notification.',
      },
      URGENT: {
        title: 'Désactivation impossible',
        withCategory:
          'Les notifications « {category} » ne peuvent pas être désactivées : elles concernent des actions attendues de vous, ' +
          'des échéances ou votre compte.',
        withoutCategory: 'Ces notifications ne peuvent pas être désactivées : elles concernent des actions attendues de vous, des échéances ou votre compte.',
        note: 'Vos autres préférences de notification peuvent être modifiées à tout moment sur la plateforme.',
      },
    },
  },
  ru: {
    marketplace: 'Платформа помощи GIS',
    colon: ': ',
    roles: {
      NPC: 'национальный координатор',
      DONOR: 'донор',
      UNODA_MODERATOR: 'модератор УВР',
      REGIONAL_REVIEWER: 'эксперт регионального центра',
      ADMIN: 'администратор',
    },
    categories: {
      ACTION_REQUIRED: 'Требуются действия',
      DEADLINES: 'Сроки',
      ACCOUNT: 'Учетная запись',
      NEEDS: 'Потребности',
      OFFERS: 'Предложения о помощи',
      MATCHES: 'Соответствия',
      PROPOSALS: 'Предложения',
      DEAL_ROOM: 'Переговорная комната',
      FUNDING: 'Финансирование',
      MEETINGS: 'Совещания Группы заинтересованных государств',
      MODERATION: 'Модерация',
    },
    modes: { IMMEDIATE: 'Сразу', DAILY: 'Ежедневная сводка', WEEKLY: 'Еженедельная сводка', OFF: 'Отключено (только на платформе)' },
    openInMarketplace: 'Открыть на платформе',
    linkFallback: 'Если кнопка не работает, скопируйте этот адрес в браузер:',
    footerCategory: 'Вы получили это письмо в соответствии с вашими настройками уведомлений категории «{category}».',
    unsubscribe: 'Отписаться от писем категории «{category}»',
    cannotTurnOff: 'Уведомления категории «{category}» нельзя отключить: они касаются требуемых от вас действий, сроков или вашей учетной записи.',
    preferences: 'Настроить уведомления',
    digestSubject: { DAILY: 'Ваша ежедневная сводка: {updates}', WEEKLY: 'Ваша еженедельная сводка: {updates}' },
    updates: {
      zero: '{count} обновлений',
      one: '{count} обновление',
      two: '{count} обновлений',
      few: '{count} обновления',
      many: '{count} обновлений',
      other: '{count} обновления',
    },
    digestIntro: 'Ниже приведены полученные уведомления по категориям.',
    digestFooter: 'Вы получили эту сводку в соответствии с вашими настройками уведомлений.',
    unsubscribePage: {
      DONE: {
        title: 'Подписка отменена',
        withCategory: 'Вы больше не будете получать письма с уведомлениями категории «{category}».',
        withoutCategory: 'Вы больше не будете получать эти письма.',
        note: 'Эти уведомления по-прежнему будут отображаться во входящих на платформе; изменить этот выбор можно в любое время в настройках уведомлений.',
      },
      INVALID: {
        title: 'Ссылка недействительна',
        withCategory: 'Эта ссылка для отказа от подписки недействительна или устарела.',
        withoutCategory: 'Эта ссылка для отказа от подписки недействительна или устарела.',
        note: 'Чтобы изменить настройки уведомлений, войдите на платформу.',
      },
      URGENT: {
        title: 'Отключение невозможно',
        withCategory: 'Уведомления категории «{category}» нельзя отключить: они касаются требуемых от вас действий, сроков или вашей учетной записи.',
        withoutCategory: 'Эти уведомления нельзя отключить: они касаются требуемых от вас действий, сроков или вашей учетной записи.',
        note: 'Остальные настройки уведомлений можно изменить в любое время на платформе.',
      },
    },
  },
  es: {
    marketplace: 'Plataforma de Asistencia del GIS',
    colon: ': ',
    roles: {
      NPC: 'punto de contacto nacional',
      DONOR: 'donante',
      UNODA_MODERATOR: 'moderador de la UNODA',
      REGIONAL_REVIEWER: 'revisor del centro regional',
      ADMIN: 'administrador',
    },
    categories: {
      ACTION_REQUIRED: 'Acción necesaria',
      DEADLINES: 'Plazos',
      ACCOUNT: 'Cuenta',
      NEEDS: 'Necesidades',
      OFFERS: 'Ofertas',
      MATCHES: 'Correspondencias',
      PROPOSALS: 'Propuestas',
      DEAL_ROOM: 'Sala de negociación',
      FUNDING: 'Financiación',
      MEETINGS: 'Reuniones del GIS',
      MODERATION: 'Moderación',
    },
    modes: { IMMEDIATE: 'Inmediatamente', DAILY: 'Resumen diario', WEEKLY: 'Resumen semanal', OFF: 'Desactivado (solo en la plataforma)' },
    openInMarketplace: 'Abrir en la plataforma',
    linkFallback: 'Si el botón no funciona, copie esta dirección en su navegador:',
    footerCategory: 'Recibe este correo electrónico por su configuración de las notificaciones «{category}».',
    unsubscribe: 'Dejar de recibir correos «{category}»',
    cannotTurnOff: 'Las notificaciones «{category}» no pueden desactivarse: se refieren a acciones que debe realizar, plazos o su cuenta.',
    preferences: 'Gestionar sus preferencias de notificación',
    digestSubject: { DAILY: 'Su resumen diario: {updates}', WEEKLY: 'Su resumen semanal: {updates}' },
    updates: {
      zero: '{count} actualizaciones',
      one: '{count} actualización',
      two: '{count} actualizaciones',
      few: '{count} actualizaciones',
      many: '{count} de actualizaciones',
      other: '{count} actualizaciones',
    },
    digestIntro: 'Estas son las notificaciones recibidas, por categoría.',
    digestFooter: 'Recibe este resumen por sus preferencias de notificación.',
    unsubscribePage: {
      DONE: {
        title: 'Suscripción cancelada',
        withCategory: 'Ya no recibirá correos electrónicos de las notificaciones «{category}».',
        withoutCategory: 'Ya no recibirá estos correos electrónicos.',
        note:
          'Estas notificaciones seguirán apareciendo en su bandeja de entrada en la plataforma, ' +
          'y puede cambiar esta opción en cualquier momento en sus preferencias de notificación.',
      },
      INVALID: {
        title: 'Enlace no válido',
        withCategory: 'Este enlace para cancelar la suscripción no es válido o ha caducado.',
        withoutCategory: 'Este enlace para cancelar la suscripción no es válido o ha caducado.',
        note: 'Inicie sesión en la plataforma para cambiar sus preferencias de notificación.',
      },
      URGENT: {
        title: 'No se puede desactivar',
        withCategory: 'Las notificaciones «{category}» no pueden desactivarse: se refieren a acciones que debe realizar, plazos o su cuenta.',
        withoutCategory: 'Estas notificaciones no pueden desactivarse: se refieren a acciones que debe realizar, plazos o su cuenta.',
        note: 'Sus demás preferencias de notificación pueden cambiarse en cualquier momento en la plataforma.',
      },
    },
  },
};

/**
 * The language texts are written in: the one asked for, also given as a tag such as 'fr-CA' or
 * 'ZH', else English. It lives here, beside the table it checks against, so that labels need not
 * import the renderer.
 */
export function languageOrDefault(language: string | null | undefined): UnLanguage {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(NOTIFICATION_LABELS, primary) ? (primary as UnLanguage) : 'en';
}

/** The name of a category in a language (an unknown category is shown as it is rather than dropped). */
export function categoryName(language: string | null | undefined, category: NotificationCategory): string {
  const names: Record<string, string> = NOTIFICATION_LABELS[languageOrDefault(language)].categories;
  return Object.hasOwn(names, category) ? names[category] : category;
}

/** The name of a delivery mode in a language (for preference screens). */
export function modeName(language: string | null | undefined, mode: DeliveryMode): string {
  const names: Record<string, string> = NOTIFICATION_LABELS[languageOrDefault(language)].modes;
  return Object.hasOwn(names, mode) ? names[mode] : mode;
}

/** The name of a role in a language (an unknown role is shown as it is). */
export function roleName(language: string | null | undefined, role: string): string {
  const names: Record<string, string> = NOTIFICATION_LABELS[languageOrDefault(language)].roles;
  return Object.hasOwn(names, role) ? names[role] : role;
}
