import { describe, expect, it } from 'vitest';
import { nameKey } from './keys.js';
import { canonicalSpelling } from './name-key-rules.js';

// computeNameKey (name-key-rules.ts) applies its rules as passes over letter codes. Here the same rules are
// written as the regular expressions they were first written as, in the same order, and the two
// must give the same key for every word tried.
function keyByRegex(token: string): string {
  if (!/^[a-z]+$/.test(token)) return token;
  if (/^abd[a-z]{2,}$/.test(token)) return `abd${keyByRegex(token.slice(3))}`;
  let s = canonicalSpelling(token) ?? token;
  s = s.replace(/tsch|sch|tch|ch|sh/g, 'C').replace(/kh/g, 'X').replace(/gh/g, 'G').replace(/ph/g, 'f').replace(/th/g, 't').replace(/dh/g, 'd');
  s = s.replace(/dzh|dj|zh/g, 'j').replace(/ck/g, 'k').replace(/q/g, 'k');
  s = s.replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k');
  s = s.replace(/^x/, 'C').replace(/x/g, 'ks').toLowerCase();
  s = s.replace(/ou|oo|o/g, 'u').replace(/ee|ie/g, 'i').replace(/(?:ei|ey|ay)(?![aeiu])/g, 'ai');
  const before = s;
  s = s.replace(/y/g, (_m, i: number) => (/[aeiu]/.test(before[i + 1] ?? '') && (i === 0 || /[aeiu]/.test(before[i - 1] ?? '')) ? 'y' : 'i'));
  s = s.replace(/(.)\1+/g, '$1');
  if (s.length > 2) s = s.replace(/([aeiu])h$/, '$1');
  return s;
}

/** The letters the rules read, and two they do not. */
const LETTERS = 'abcdeghijkopqstuxyzmn';

describe('name key rules', () => {
  it('give the key the regular expressions give, for every word of up to four of the letters the rules read', () => {
    let checked = 0;
    const visit = (word: string, depth: number): void => {
      if (word) {
        expect(nameKey(word), word).toBe(keyByRegex(word));
        checked++;
      }
      if (depth > 0) for (const c of LETTERS) visit(word + c, depth - 1);
    };
    visit('', 4);
    expect(checked).toBe(21 + 21 ** 2 + 21 ** 3 + 21 ** 4);
  });
  it('give the same key for longer random words, abd compounds, frequent names and joined pairs', () => {
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
    const words = ['mohammed', 'youssef', 'hussein', 'abdulrahman', 'abdouljabbar', 'schmidt', 'tschudi', 'djamel', 'zhukov', 'dzhokhar', 'xavier', 'alexandr', 'yasser', 'aisha', 'kheir', 'chiekh', 'fatimah', 'ghazzawi', 'mohammedali', 'abuyousef'];
    for (let i = 0; i < 20000; i++) {
      let w = '';
      const len = 5 + Math.floor(random() * 10);
      for (let k = 0; k < len; k++) w += LETTERS[Math.floor(random() * LETTERS.length)];
      words.push(w, `abd${w}`);
    }
    for (const w of words) expect(nameKey(w), w).toBe(keyByRegex(w));
  });
  it('leave a word with digits or other scripts as written', () => {
    for (const w of ['1988', 'ab1', 'محمد', 'ивана', '']) expect(nameKey(w)).toBe(w);
  });
});
