// Romanisation of the alphabetic scripts other than Arabic that appear on sanctions lists,
// so that e.g. a Cyrillic alias can be compared with its Latin spelling. Letter-by-letter
// tables (simplified ISO 9 / BGN style); names are matched fuzzily afterwards anyway.
import { dictionary } from './dictionary.js';

const CYRILLIC: Record<string, string> = dictionary({
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj',
  њ: 'nj', ћ: 'c', џ: 'dz', қ: 'k', ғ: 'g', ұ: 'u', ү: 'u', ө: 'o', ң: 'n', һ: 'h', ә: 'a',
});

const GREEK: Record<string, string> = dictionary({
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
});

const HEBREW: Record<string, string> = dictionary({
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'v', ז: 'z', ח: 'kh', ט: 't', י: 'y', כ: 'k', ך: 'k', ל: 'l', מ: 'm',
  ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
});

const ARMENIAN: Record<string, string> = dictionary({
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts',
  կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j',
  ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'u', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f',
});

const GEORGIAN: Record<string, string> = dictionary({
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
  პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts',
  ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
});

const TABLES = [CYRILLIC, GREEK, HEBREW, ARMENIAN, GEORGIAN];
const HANDLED = /[\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u10A0-\u10FF]/;

/** Romanises Cyrillic, Greek, Hebrew, Armenian and Georgian letters; other characters pass through. */
export function romanizeOtherScripts(text: string): string {
  if (!HANDLED.test(text)) return text;
  // Strip Greek tonos etc. first so the tables only need base letters.
  const base = text.normalize('NFD').replace(/[\u0300-\u036f\u05B0-\u05C7]/g, '').normalize('NFC');
  let out = '';
  for (const ch of base) {
    const lower = ch.toLowerCase();
    let mapped: string | undefined;
    for (const table of TABLES) {
      mapped = table[lower];
      if (mapped !== undefined) break;
    }
    out += mapped ?? ch;
  }
  return out;
}

/** True for scripts we cannot romanise (Han, Kana, Hangul, Indic, Thai, Ethiopic...): such tokens only match exactly. */
export function isUnromanizable(token: string): boolean {
  return /[^\u0000-\u024F\u1E00-\u1EFF]/.test(token);
}
