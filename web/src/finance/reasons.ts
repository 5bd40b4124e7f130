import type { TFunction } from 'i18next';
import { formatDay } from '../format/locale';
import type { Language } from '../i18n/languages';

/**
 * The server explains each match in English sentences from a fixed set. These are recognised and
 * shown in the reader's language; anything unrecognised is shown as the server wrote it.
 */
export type Effect = 'raises' | 'lowers' | 'neutral' | null;

export interface Reason {
  effect: Effect;
  /** Translated text, or null when the sentence is not one we know. */
  text: string | null;
  original: string;
}

type Rule = [RegExp, (m: RegExpExecArray, tf: TFunction, language: Language) => string];

const rules: Rule[] = [
  [/^query part\(s\) not in the listed name: (.+)$/, (m, tf) => tf('reasons.queryPartsMissing', { parts: m[1] })],
  [/^listed name has part\(s\) not in the query: (.+)$/, (m, tf) => tf('reasons.listedPartsMissing', { parts: m[1] })],
  [/^given name and father's name are in swapped order around 'bin'/, (_m, tf) => tf('reasons.nasabSwapped')],
  [/^matched a low-quality alias$/, (_m, tf) => tf('reasons.weakAlias')],
  [/^matched the name in its original script$/, (_m, tf) => tf('reasons.originalScript')],
  [/^date of birth (\S+) matches$/, (m, tf, language) => tf('reasons.dobExact', { date: formatDay(m[1], language) })],
  [/^year of birth (\d+) matches$/, (m, tf) => tf('reasons.dobYear', { year: m[1] })],
  [/^year of birth (\d+) is within the listed range$/, (m, tf) => tf('reasons.dobInRange', { year: m[1] })],
  [/^year of birth (\d+) is within one year of the listed one$/, (m, tf) => tf('reasons.dobNear', { year: m[1] })],
  [/^date of birth differs by (\d+) years from every listed one$/, (m, tf) => tf('reasons.dobFar', { years: m[1] })],
  [/^nationality (\S+) matches$/, (m, tf) => tf('reasons.nationalitySame', { code: m[1] })],
  [/^nationality (\S+) differs from listed (\S+)$/, (m, tf) => tf('reasons.nationalityDiffers', { code: m[1], listed: m[2] })],
  [/^query is a (\S+) but the listed entry is a (\S+)$/, (m, tf) => tf('reasons.kindDiffers', { query: kindLabel(m[1], tf), listed: kindLabel(m[2], tf) })],
  [/^document number (\S+) matches$/, (m, tf) => tf('reasons.documentSame', { number: m[1] })],
  [/^document numbers differ from every listed one$/, (_m, tf) => tf('reasons.documentDiffers')],
  [/^different name\(s\) in the same position: (.+)$/, (m, tf) => tf('reasons.conflictingParts', { parts: m[1] })],
  [/^only initials matched$/, (_m, tf) => tf('reasons.initialsOnly')],
  [/^the listed name is wholly contained in the query/, (_m, tf) => tf('reasons.listedContained')],
  [/^the query is wholly contained in the listed name/, (_m, tf) => tf('reasons.queryContained')],
  [/^"abd" prefix on one side only: (.+) \/ (.+)$/, (m, tf) => tf('reasons.abdOneSide', { query: m[1], listed: m[2] })],
];

export function kindLabel(kind: string, tf: TFunction): string {
  switch (kind) {
    case 'person': return tf('kind.person');
    case 'entity': return tf('kind.entity');
    case 'vessel': return tf('kind.vessel');
    case 'aircraft': return tf('kind.aircraft');
    default: return kind;
  }
}

export function readReason(original: string, tf: TFunction, language: Language): Reason {
  let effect: Effect = null;
  let sentence = original.trim();
  const sign = /^([+−=-])\s+/.exec(sentence);
  if (sign) {
    effect = sign[1] === '+' ? 'raises' : sign[1] === '=' ? 'neutral' : 'lowers';
    sentence = sentence.slice(sign[0].length);
  }
  for (const [pattern, render] of rules) {
    const match = pattern.exec(sentence);
    if (match) return { effect, text: render(match, tf, language), original };
  }
  return { effect, text: null, original };
}
