// Messages the server sends to people, in the coalition's three official languages.
export const LANGUAGES = ['ar', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const messages = {
  validation: {
    ar: 'البيانات المرسلة غير صحيحة.',
    en: 'The data sent is not valid.',
    fr: 'Les données envoyées ne sont pas valides.',
  },
  invalidFormat: {
    ar: 'القيمة ليست بالصيغة المطلوبة.',
    en: 'This value is not in the expected form.',
    fr: 'Cette valeur n’a pas la forme attendue.',
  },
  unauthorized: {
    ar: 'يجب تسجيل الدخول أولاً.',
    en: 'You must sign in first.',
    fr: 'Vous devez d’abord vous connecter.',
  },
  forbidden: {
    ar: 'ليست لديك صلاحية للقيام بهذا الإجراء.',
    en: 'You are not allowed to do this.',
    fr: 'Vous n’êtes pas autorisé à effectuer cette action.',
  },
  notFound: { ar: 'العنصر المطلوب غير موجود.', en: 'Not found.', fr: 'Élément introuvable.' },
  conflict: {
    ar: 'يوجد سجل بالقيمة نفسها مسبقاً.',
    en: 'A record with the same value already exists.',
    fr: 'Un enregistrement avec la même valeur existe déjà.',
  },
  invalidCredentials: {
    ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    en: 'The email or password is incorrect.',
    fr: 'L’adresse e-mail ou le mot de passe est incorrect.',
  },
  accountLocked: {
    ar: 'تم قفل الحساب مؤقتاً بسبب محاولات دخول فاشلة متكررة. حاول لاحقاً.',
    en: 'The account is locked for a while after repeated failed sign-ins. Try again later.',
    fr: 'Le compte est verrouillé temporairement après des échecs de connexion répétés. Réessayez plus tard.',
  },
  tooManyRequests: {
    ar: 'طلبات كثيرة جداً. انتظر قليلاً ثم حاول مجدداً.',
    en: 'Too many requests. Wait a moment and try again.',
    fr: 'Trop de requêtes. Patientez un instant puis réessayez.',
  },
  csrf: {
    ar: 'رمز الحماية من الطلبات المزوّرة مفقود أو غير صالح. أعد تحميل الصفحة.',
    en: 'The anti-forgery token is missing or invalid. Reload the page.',
    fr: 'Le jeton anti-falsification est absent ou invalide. Rechargez la page.',
  },
  totpInvalid: {
    ar: 'رمز التحقق غير صحيح.',
    en: 'The verification code is incorrect.',
    fr: 'Le code de vérification est incorrect.',
  },
  secondFactorRequired: {
    ar: 'أكمل التحقق بخطوتين أولاً.',
    en: 'Complete two-step verification first.',
    fr: 'Terminez d’abord la vérification en deux étapes.',
  },
  passwordChangeRequired: {
    ar: 'يجب تغيير كلمة المرور المؤقتة أولاً.',
    en: 'You must change your one-time password first.',
    fr: 'Vous devez d’abord changer votre mot de passe à usage unique.',
  },
  weakPassword: {
    ar: 'كلمة المرور الجديدة قصيرة جداً (12 حرفاً على الأقل).',
    en: 'The new password is too short (at least 12 characters).',
    fr: 'Le nouveau mot de passe est trop court (12 caractères au minimum).',
  },
  unknownState: {
    ar: 'الدولة غير معروفة.',
    en: 'Unknown state.',
    fr: 'État inconnu.',
  },
  alertDecisionNotAllowed: {
    ar: 'لا يمكن اتخاذ هذا القرار في الحالة الحالية للتنبيه.',
    en: 'This decision is not possible in the alert’s current state.',
    fr: 'Cette décision n’est pas possible dans l’état actuel de l’alerte.',
  },
  fourEyes: {
    ar: 'مبدأ العينين الأربع: يجب أن يؤكد مراجع آخر هذا المقترح.',
    en: 'Four-eyes rule: a different reviewer must decide on this proposal.',
    fr: 'Principe des quatre yeux : un autre examinateur doit statuer sur cette proposition.',
  },
  listImportFailed: {
    ar: 'تعذّر استيراد القائمة: الملف غير صالح ولم يُغيَّر شيء.',
    en: 'The list could not be imported: the file is not valid and nothing was changed.',
    fr: 'La liste n’a pas pu être importée : le fichier n’est pas valide et rien n’a été modifié.',
  },
  noListsImported: {
    ar: 'لم تُستورد أي قائمة عقوبات بعد.',
    en: 'No sanctions list has been imported yet.',
    fr: 'Aucune liste de sanctions n’a encore été importée.',
  },
  internal: {
    ar: 'حدث خطأ داخلي. تم تسجيله وسيُعالج.',
    en: 'An internal error occurred. It has been logged.',
    fr: 'Une erreur interne s’est produite. Elle a été enregistrée.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

export function translate(key: MessageKey, language: Language): string {
  return messages[key][language];
}

/** Picks the first supported language from an Accept-Language header, Arabic when none fits. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'ar';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0] as Language;
    if ((LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'ar';
}
