// The matcher explains each match in English sentences from a fixed set (align.ts, evidence.ts,
// explain.ts in server/domains/finance/matching); alerts keep them as written. This reads a
// sentence back into a message key and its values, so that the web app and the server's own
// outputs (alerts.csv, the API's explanation text) can say it in the reader's language.

export type ReasonEffect = 'raises' | 'lowers' | 'neutral' | null;

export type ReasonKey =
  | 'queryPartsMissing'
  | 'listedPartsMissing'
  | 'nasabSwapped'
  | 'weakAlias'
  | 'originalScript'
  | 'dobExact'
  | 'dobYear'
  | 'dobInRange'
  | 'dobNear'
  | 'dobFar'
  | 'nationalitySame'
  | 'nationalityDiffers'
  | 'kindDiffers'
  | 'documentSame'
  | 'documentDiffers'
  | 'conflictingParts'
  | 'initialsOnly'
  | 'listedContained'
  | 'queryContained'
  | 'abdOneSide';

export interface ReadReason {
  /** Whether the sentence raised (+), lowered (−) or did not change (=) the score; null for name reasons. */
  effect: ReasonEffect;
  /** The message key, or null when the sentence is not one of the known ones. */
  key: ReasonKey | null;
  /** The sentence's values by the message's variable names (dates as YYYY-MM-DD, kinds as codes). */
  values: Record<string, string>;
  /** The sentence without its effect sign. */
  sentence: string;
}

/** Each known sentence, the key it is said with, and the names of its captured values in order. */
const SENTENCES: ReadonlyArray<readonly [RegExp, ReasonKey, readonly string[]]> = [
  [/^query part\(s\) not in the listed name: (.+)$/, 'queryPartsMissing', ['parts']],
  [/^listed name has part\(s\) not in the query: (.+)$/, 'listedPartsMissing', ['parts']],
  [/^given name and father's name are in swapped order around 'bin'/, 'nasabSwapped', []],
  [/^matched a low-quality alias$/, 'weakAlias', []],
  [/^matched the name in its original script$/, 'originalScript', []],
  [/^date of birth (\S+) matches$/, 'dobExact', ['date']],
  [/^year of birth (\d+) matches$/, 'dobYear', ['year']],
  [/^year of birth (\d+) is within the listed range$/, 'dobInRange', ['year']],
  [/^year of birth (\d+) is within one year of the listed one$/, 'dobNear', ['year']],
  [/^date of birth differs by (\d+) years from every listed one$/, 'dobFar', ['years']],
  [/^nationality (\S+) matches$/, 'nationalitySame', ['code']],
  [/^nationality (\S+) differs from listed (\S+)$/, 'nationalityDiffers', ['code', 'listed']],
  [/^query is a (\S+) but the listed entry is a (\S+)$/, 'kindDiffers', ['query', 'listed']],
  [/^document number (\S+) matches$/, 'documentSame', ['number']],
  [/^document numbers differ from every listed one$/, 'documentDiffers', []],
  [/^different name\(s\) in the same position: (.+)$/, 'conflictingParts', ['parts']],
  [/^only initials matched$/, 'initialsOnly', []],
  [/^the listed name is wholly contained in the query/, 'listedContained', []],
  [/^the query is wholly contained in the listed name/, 'queryContained', []],
  [/^"abd" prefix on one side only: (.+) \/ (.+)$/, 'abdOneSide', ['query', 'listed']],
];

export function readReasonSentence(original: string): ReadReason {
  let effect: ReasonEffect = null;
  let sentence = original.trim();
  const sign = /^([+−=-])\s+/.exec(sentence);
  if (sign) {
    effect = sign[1] === '+' ? 'raises' : sign[1] === '=' ? 'neutral' : 'lowers';
    sentence = sentence.slice(sign[0].length);
  }
  for (const [pattern, key, names] of SENTENCES) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const values: Record<string, string> = {};
    names.forEach((name, i) => (values[name] = match[i + 1]!));
    return { effect, key, values, sentence };
  }
  return { effect, key: null, values: {}, sentence };
}
