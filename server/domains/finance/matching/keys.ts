// The "Arabic name key": a phonetic form of one normalised Latin token that folds the usual
// transliteration variation of Arabic (and Persian/Turkic) names, plus a consonant skeleton
// used for candidate generation and for comparing against vowel-less Arabic transliterations.


// Whole-word spellings of very frequent names whose variation no letter rule captures.
// A Map: looking a fresh string up in an object first interns it, which costs more than hashing it.
const CANONICAL = new Map<string, string>();
function variants(canonical: string, spellings: string): void {
  for (const s of spellings.split(' ')) CANONICAL.set(s, canonical);
}
variants(
  'muhammad',
  'mohammed mohammad mohamed mohamad muhammed muhamed muhamad mohamud mohammod muhammet mehmet mehmed mohd mhd md mouhamed mouhammed mohamet mahomet mokhammad mukhammad magomed mukhammed mohummad mohmmad mohammadu muhamadu mamadou',
);
variants('yusuf', 'yousef yousuf youssef yusef yussef yosef yousif yusif yousof yussuf joseph josef jusuf iosif youcef yucef');
variants('husayn', 'hussein husein hussain husain hosain hossain hossein hosein husseyn huseyin hussien hocine houcine hussin husin huseyn');
variants('usama', 'osama osamah usamah oussama ousama');
variants('uthman', 'othman osman usman uthman othmane outhman');
variants('ibrahim', 'ebrahim brahim ibraheem ebraheem ibragim abraham');
variants('ismail', 'ismael ismaeel esmail esmaeil smail ismayil');
variants('abu', 'abou abo aboo bou');
variants('faisal', 'faysal feisal faisel faycal faical feycal faisal fayssal faysel');
variants('bin', 'ibn ben bn binti bint ould');

const VOWEL = /[aeiu]/;

// nameKey is a pure function called for every query part: remember recent results.
const KEY_MEMO = new Map<string, string>();
const KEY_MEMO_MAX = 20_000;

/** The phonetic key of one normalised Latin token (lower-case a-z and digits). */
export function nameKey(token: string): string {
  const known = KEY_MEMO.get(token);
  if (known !== undefined) return known;
  const key = computeNameKey(token);
  if (KEY_MEMO.size >= KEY_MEMO_MAX) KEY_MEMO.clear();
  KEY_MEMO.set(token, key);
  return key;
}

function computeNameKey(token: string): string {
  if (!/^[a-z]+$/.test(token)) return token; // digits and unromanisable scripts compare as written
  // An abd compound keeps its stem's first letter: "abd" + "dhahir" must not collapse to "abdahir".
  if (/^abd[a-z]{2,}$/.test(token)) return `abd${computeNameKey(token.slice(3))}`;
  let s = CANONICAL.get(token) ?? token;
  // Each rule runs only when the letters it rewrites are there: most words need few of them.
  // Consonant digraphs to one symbol each (upper case = temporary class symbols).
  if (s.includes('h')) s = s.replace(/tsch|sch|tch|ch|sh/g, 'C').replace(/kh/g, 'X').replace(/gh/g, 'G').replace(/ph/g, 'f').replace(/th/g, 't').replace(/dh/g, 'd');
  if (s.includes('zh') || s.includes('dj')) s = s.replace(/dzh|dj|zh/g, 'j');
  if (s.includes('ck')) s = s.replace(/ck/g, 'k');
  if (s.includes('q')) s = s.replace(/q/g, 'k');
  if (s.includes('c')) s = s.replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k');
  if (s.includes('x')) s = s.replace(/^x/, 'C').replace(/x/g, 'ks');
  s = s.toLowerCase();
  // Vowels: o/ou/oo ~ u (damma), ee/ie ~ i (kasra), ei/ey/ay ~ ai (diphthong).
  if (s.includes('o')) s = s.replace(/ou|oo|o/g, 'u');
  if (s.includes('e')) s = s.replace(/ee|ie/g, 'i');
  if (s.includes('e') || s.includes('y')) s = s.replace(/(?:ei|ey|ay)(?![aeiu])/g, 'ai');
  // y is a consonant only word-initially before a vowel or between vowels; otherwise it is "i".
  if (s.includes('y')) {
    s = s.replace(/y/g, (_m, i: number) => {
      const prev = s[i - 1];
      const next = s[i + 1];
      const nextVowel = next !== undefined && VOWEL.test(next);
      if (nextVowel && (i === 0 || (prev !== undefined && VOWEL.test(prev)))) return 'y';
      return 'i';
    });
  }
  if (hasDoubled(s)) s = s.replace(/(.)\1+/g, '$1'); // doubled letters (shadda) carry no identity
  if (s.length > 2 && s.endsWith('h')) s = s.replace(/([aeiu])h$/, '$1'); // ta marbuta: Fatimah ~ Fatima
  return s;
}

function hasDoubled(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true;
  return false;
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
