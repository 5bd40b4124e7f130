// The "Arabic name key": a phonetic form of one normalised Latin token that folds the usual
// transliteration variation of Arabic (and Persian/Turkic) names, plus a consonant skeleton
// used for candidate generation and for comparing against vowel-less Arabic transliterations.

import { computeNameKey } from './name-key-rules.js';

/**
 * The phonetic key of one normalised Latin token (lower-case a-z and digits). Not remembered: the
 * rules (name-key-rules.ts) cost about what a look-up in a memo of fresh strings did, and the words
 * seen before are remembered whole by the tokeniser's word memo.
 */
export function nameKey(token: string): string {
  return computeNameKey(token);
}

/**
 * Consonant skeleton of a key: vowels dropped (an initial vowel kept as "a"), and q/k/g/j folded:
 * ج is "g" in Egyptian and "j" elsewhere, ق is "g" in Gulf and Bedouin speech.
 */
export function skeleton(key: string): string {
  // Character codes rather than a regular expression per letter: every part and query pair needs one.
  let out = '';
  let last = -1;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c < 97 || c > 122) return key; // not a–z: compared as written
    if (c === 97 || c === 101 || c === 105 || c === 117) {
      if (i === 0) {
        out = 'a';
        last = 97;
      }
      continue;
    }
    if (c === 103 || c === 106) c = 107; // g, j → k
    else if (c === 112) c = 98; // p → b
    else if (c === 118) c = 119; // v → w
    if (c !== last) {
      out += String.fromCharCode(c);
      last = c;
    }
  }
  return out;
}
