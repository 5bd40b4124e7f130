// An explanation as one line of text in the reader's language, for alerts.csv and the API's
// `explanation.text`: the score, each query part against the listed part it matched, then the
// reasons. The matcher's English sentences are read back (contracts/explanation.ts) and said
// with the messages the web app uses too (contracts/explanation-messages.ts).

import { readReasonSentence, type ReasonKey } from '../../../contracts/explanation.js';
import { explanationMessages, type ExplanationMessages } from '../../../contracts/explanation-messages.js';
import { formatDay, intlLocale } from '../../../contracts/locale.js';
import type { Language } from '../../platform/i18n/messages.js';

export interface ExplainedMatch {
  query: string;
  matched: string;
  score: number;
  /** The name's own score before other evidence; left out of the line when unknown. */
  nameScore?: number;
  explanation: {
    parts: ReadonlyArray<{ query: string; matched: string | null; how: string; similarity: number }>;
    reasons: readonly string[];
  };
}

interface Line {
  head: string;
  headNameScore: string;
  exact: string;
  similar: string;
  missing: string;
  separator: string;
}

const LINES: Record<Language, Line> = {
  ar: {
    head: '«{{query}}» مقابل «{{matched}}»: الدرجة {{score}}.',
    headNameScore: '«{{query}}» مقابل «{{matched}}»: الدرجة {{score}} (درجة الاسم وحده {{nameScore}}).',
    exact: '«{{query}}» = «{{matched}}»',
    similar: '«{{query}}» ≈ «{{matched}}» ({{how}}، {{similarity}})',
    missing: '«{{query}}»: {{how}}',
    separator: '؛ ',
  },
  en: {
    head: '“{{query}}” against “{{matched}}”: score {{score}}.',
    headNameScore: '“{{query}}” against “{{matched}}”: score {{score}} (name alone {{nameScore}}).',
    exact: '“{{query}}” = “{{matched}}”',
    similar: '“{{query}}” ≈ “{{matched}}” ({{how}}, {{similarity}})',
    missing: '“{{query}}”: {{how}}',
    separator: '; ',
  },
  fr: {
    head: '« {{query}} » comparé à « {{matched}} » : score {{score}}.',
    headNameScore: '« {{query}} » comparé à « {{matched}} » : score {{score}} (nom seul {{nameScore}}).',
    exact: '« {{query}} » = « {{matched}} »',
    similar: '« {{query}} » ≈ « {{matched}} » ({{how}}, {{similarity}})',
    missing: '« {{query}} » : {{how}}',
    separator: ' ; ',
  },
};

const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Names and codes keep their own direction when isolated (U+2068 … U+2069): in Arabic text a Latin
 * name beside punctuation or digits is reordered, and in English or French text two Arabic names
 * around "=" would be shown in swapped order. Latin values in Latin text need nothing.
 */
function isolate(value: string, language: Language): string {
  return language === 'ar' || RIGHT_TO_LEFT.test(value) ? `\u2068${value}\u2069` : value;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The message for a code, or the code itself when the messages have none (own keys only). */
function label<T extends Record<string, string>>(messages: T, code: string): string {
  return Object.hasOwn(messages, code) ? messages[code as keyof T]! : code;
}

/** Values of a reason as its message shows them: dates in the reader's calendar words, kinds named. */
function reasonValues(key: ReasonKey, values: Record<string, string>, language: Language, m: ExplanationMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) out[name] = isolate(value, language);
  if (key === 'dobExact') out.date = formatDay(values.date!, language);
  if (key === 'kindDiffers') {
    out.query = label(m.kind, values.query!);
    out.listed = label(m.kind, values.listed!);
  }
  return out;
}

/** One reason in the reader's language, its effect as a sign (+ raises, − lowers, = no effect). */
export function reasonText(sentence: string, language: Language): string {
  const m = explanationMessages[language];
  const read = readReasonSentence(sentence);
  // A sentence the messages do not know yet is kept as the matcher wrote it, rather than lost.
  const text = read.key === null ? read.sentence : fill(m.reasons[read.key], reasonValues(read.key, read.values, language, m));
  const sign = read.effect === 'raises' ? '+ ' : read.effect === 'lowers' ? '− ' : read.effect === 'neutral' ? '= ' : '';
  return sign + text;
}

// Made once per language: alerts.csv writes a line per candidate, and a formatter is costly to make.
const SCORE_FORMATS = new Map<Language, Intl.NumberFormat>();

function scoreFormat(language: Language): Intl.NumberFormat {
  let format = SCORE_FORMATS.get(language);
  if (!format) SCORE_FORMATS.set(language, (format = new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format;
}

export function explanationText(match: ExplainedMatch, language: Language): string {
  const m = explanationMessages[language];
  const line = LINES[language];
  const number = scoreFormat(language);
  const head = fill(match.nameScore === undefined ? line.head : line.headNameScore, {
    query: isolate(match.query, language),
    matched: isolate(match.matched, language),
    score: number.format(match.score),
    nameScore: match.nameScore === undefined ? '' : number.format(match.nameScore),
  });
  const parts = match.explanation.parts.map((p) => {
    const values = { query: isolate(p.query, language), matched: isolate(p.matched ?? '', language), how: label(m.how, p.matched === null ? 'missing' : p.how), similarity: number.format(p.similarity) };
    return fill(p.matched === null ? line.missing : p.how === 'exact' ? line.exact : line.similar, values);
  });
  const reasons = match.explanation.reasons.map((r) => reasonText(r, language));
  return [head, parts.length ? `${parts.join(line.separator)}.` : '', reasons.length ? `${reasons.join(line.separator)}.` : ''].filter(Boolean).join(' ');
}
