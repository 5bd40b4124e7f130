// Country wording → ISO 3166-1 alpha-2, using the ICU region names Node ships with,
// so "af", "Afghanistan" and "Iran (Islamic Republic of)" compare equal.
import { dictionary } from './dictionary.js';

const ALIASES: Record<string, string> = dictionary({
  'united states of america': 'US', usa: 'US', 'syrian arab republic': 'SY', 'russian federation': 'RU',
  'democratic republic of the congo': 'CD', 'republic of korea': 'KR', "democratic people's republic of korea": 'KP',
  'democratic peoples republic of korea': 'KP', 'north korea': 'KP', 'south korea': 'KR', 'viet nam': 'VN',
  'united republic of tanzania': 'TZ', 'lao peoples democratic republic': 'LA', 'libyan arab jamahiriya': 'LY',
  'united kingdom of great britain and northern ireland': 'GB', uk: 'GB', palestine: 'PS', 'state of palestine': 'PS',
  'bolivia plurinational state of': 'BO', 'venezuela bolivarian republic of': 'VE', 'iran islamic republic of': 'IR',
  turkiye: 'TR', 'côte d’ivoire': 'CI', 'ivory coast': 'CI', burma: 'MM', 'gaza strip': 'PS', 'west bank': 'PS',
});

let byName: Map<string, string> | undefined;

function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[()'’.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function table(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = names.of(code);
      if (name && name !== code) byName.set(simplify(name), code);
    }
  }
  for (const [k, v] of Object.entries(ALIASES)) byName.set(simplify(k), v);
  return byName;
}

/** ISO alpha-2 code for a code or an English country name; undefined when unknown. */
export function countryCode(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = simplify(text);
  if (/^[a-z]{2}$/.test(t)) return t.toUpperCase();
  const map = table();
  const direct = map.get(t);
  if (direct) return direct;
  const withoutBrackets = simplify(text.replace(/\(.*?\)/g, ' '));
  return map.get(withoutBrackets);
}
