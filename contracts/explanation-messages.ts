// What the matcher's explanations are said with in the coalition's three languages: how a part
// matched, the reasons (keys of contracts/explanation.ts) and the kinds of listed entry. The web app
// registers them in its 'finance' namespace; the server says alerts.csv and the API's explanation
// text with them (server/domains/finance/explanation-text.ts). Values are written {{name}}.

import type { OfficialLanguage } from './auth.js';
import type { ReasonKey } from './explanation.js';

export interface ExplanationMessages {
  how: Record<'exact' | 'phonetic' | 'transliteration' | 'fuzzy' | 'initial' | 'joined' | 'missing', string>;
  reasons: Record<ReasonKey, string>;
  kind: Record<'person' | 'entity' | 'vessel' | 'aircraft', string>;
}

export const explanationMessages: Record<OfficialLanguage, ExplanationMessages> = {
  ar: {
    how: {
      exact: 'تطابق تام',
      phonetic: 'تطابق صوتي',
      transliteration: 'نقل حرفي',
      fuzzy: 'تقارب',
      initial: 'حرف أول',
      joined: 'أجزاء مدموجة',
      missing: 'غير موجود في الاسم المُدرج',
    },
    reasons: {
      queryPartsMissing: 'أجزاء من الاسم المفحوص غير موجودة في الاسم المُدرج: {{parts}}',
      listedPartsMissing: 'في الاسم المُدرج أجزاء لم يُبحث عنها: {{parts}}',
      nasabSwapped: 'الاسم الأول واسم الأب متبادلان حول «بن»: يُرجّح أنه فرد آخر من العائلة',
      weakAlias: 'طابق اسماً مستعاراً ضعيف الجودة',
      originalScript: 'طابق الاسم بحروفه الأصلية',
      dobExact: 'تاريخ الميلاد {{date}} مطابق',
      dobYear: 'سنة الميلاد {{year}} مطابقة',
      dobInRange: 'سنة الميلاد {{year}} ضمن المدى المُدرج',
      dobNear: 'سنة الميلاد {{year}} على بُعد سنة واحدة من السنة المُدرجة',
      dobFar: 'يختلف تاريخ الميلاد بـ {{years}} سنوات عن كل تاريخ مُدرج',
      nationalitySame: 'الجنسية {{code}} مطابقة',
      nationalityDiffers: 'الجنسية {{code}} تختلف عن الجنسية المُدرجة {{listed}}',
      kindDiffers: 'نوعه في الفحص: {{query}}، ونوعه في القائمة: {{listed}}',
      documentSame: 'رقم الوثيقة {{number}} مطابق',
      documentDiffers: 'أرقام الوثائق تختلف عن كل رقم مُدرج',
      conflictingParts: 'أسماء مختلفة في الموضع نفسه: {{parts}}',
      initialsOnly: 'لم تتطابق إلا الحروف الأولى',
      listedContained: 'الاسم المُدرج وارد بكامله في الاسم المفحوص: تُحسب الأجزاء الزائدة أسماءً وسطى محذوفة',
      queryContained: 'الاسم المفحوص وارد بكامله في الاسم المُدرج: تُحسب الأجزاء الزائدة أسماءً وسطى محذوفة',
      abdOneSide: '«عبد» في أحد الاسمين فقط: {{query}} / {{listed}}',
    },
    kind: {
      person: 'شخص',
      entity: 'كيان',
      vessel: 'سفينة',
      aircraft: 'طائرة',
    },
  },
  en: {
    how: {
      exact: 'exact',
      phonetic: 'phonetic',
      transliteration: 'transliteration',
      fuzzy: 'fuzzy',
      initial: 'initial',
      joined: 'joined parts',
      missing: 'not in the listed name',
    },
    reasons: {
      queryPartsMissing: 'Part(s) of the searched name not in the listed name: {{parts}}',
      listedPartsMissing: 'The listed name has part(s) not searched for: {{parts}}',
      nasabSwapped: "The given name and the father's name are swapped around “bin”: probably another member of the family",
      weakAlias: 'Matched a low-quality alias',
      originalScript: 'Matched the name in its original script',
      dobExact: 'Date of birth {{date}} matches',
      dobYear: 'Year of birth {{year}} matches',
      dobInRange: 'Year of birth {{year}} is within the listed range',
      dobNear: 'Year of birth {{year}} is within one year of the listed one',
      dobFar: 'Date of birth differs by {{years}} years from every listed one',
      nationalitySame: 'Nationality {{code}} matches',
      nationalityDiffers: 'Nationality {{code}} differs from the listed {{listed}}',
      kindDiffers: 'Searched as {{query}}, but listed as {{listed}}',
      documentSame: 'Document number {{number}} matches',
      documentDiffers: 'Document numbers differ from every listed one',
      conflictingParts: 'Different names in the same position: {{parts}}',
      initialsOnly: 'Only initials matched',
      listedContained: 'The listed name is wholly contained in the searched name: the extra parts count as omitted middle names',
      queryContained: 'The searched name is wholly contained in the listed name: the extra parts count as omitted middle names',
      abdOneSide: '“Abd” on one side only: {{query}} / {{listed}}',
    },
    kind: {
      person: 'Person',
      entity: 'Entity',
      vessel: 'Vessel',
      aircraft: 'Aircraft',
    },
  },
  fr: {
    how: {
      exact: 'exacte',
      phonetic: 'phonétique',
      transliteration: 'translittération',
      fuzzy: 'approchée',
      initial: 'initiale',
      joined: 'parties jointes',
      missing: 'absente du nom inscrit',
    },
    reasons: {
      queryPartsMissing: 'Partie(s) du nom recherché absente(s) du nom inscrit : {{parts}}',
      listedPartsMissing: 'Le nom inscrit comporte des parties non recherchées : {{parts}}',
      nasabSwapped: 'Le prénom et le nom du père sont inversés autour de « bin » : probablement un autre membre de la famille',
      weakAlias: 'Correspond à un alias de faible qualité',
      originalScript: 'Correspond au nom dans son écriture d’origine',
      dobExact: 'La date de naissance {{date}} correspond',
      dobYear: 'L’année de naissance {{year}} correspond',
      dobInRange: 'L’année de naissance {{year}} est dans l’intervalle inscrit',
      dobNear: 'L’année de naissance {{year}} est à un an près celle inscrite',
      dobFar: 'La date de naissance diffère de {{years}} ans de chacune de celles inscrites',
      nationalitySame: 'La nationalité {{code}} correspond',
      nationalityDiffers: 'La nationalité {{code}} diffère de celle inscrite ({{listed}})',
      kindDiffers: 'Recherché comme {{query}}, mais inscrit comme {{listed}}',
      documentSame: 'Le numéro de document {{number}} correspond',
      documentDiffers: 'Les numéros de document diffèrent de tous ceux inscrits',
      conflictingParts: 'Noms différents à la même place : {{parts}}',
      initialsOnly: 'Seules des initiales correspondent',
      listedContained: 'Le nom inscrit est entièrement contenu dans le nom recherché : les parties en plus comptent comme des noms intermédiaires omis',
      queryContained: 'Le nom recherché est entièrement contenu dans le nom inscrit : les parties en plus comptent comme des noms intermédiaires omis',
      abdOneSide: "« Abd » d'un seul côté : {{query}} / {{listed}}",
    },
    kind: {
      person: 'Personne',
      entity: 'Entité',
      vessel: 'Navire',
      aircraft: 'Aéronef',
    },
  },
};
