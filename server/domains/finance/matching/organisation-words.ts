// Bilingual vocabulary of organisation words. An organisation's Arabic name is usually a
// translation of its English or French one (الجماعة الاسلامية المقاتلة = Islamic Fighting Group),
// so transliteration alone cannot match them. Each word of the vocabulary gets one canonical
// spelling in every script at tokenisation; both sides then share the normalised form, the key
// and the skeleton, so the index finds them as well as the comparison.
//
// The canonical spelling is the Latin transliteration of the Arabic word (jamaat, jaish, haraka,
// islami), so other Latin transliterations (Jaysh, Harakat, Islamiyah, Jamat) stay fuzzy matches
// of it; where the English word is a legal form (company, foundation) it is that legal form.
// Only organisation names use it (tokenizeName with kind "entity").
import { dictionary } from './dictionary.js';

interface OrgWord {
  canonical: string;
  /** Normalised Latin spellings (English, French, Spanish, usual transliterations). */
  latin: string;
  /** Arabic-script forms, normalised as normalizeArabic does, without the article. */
  arabic: string;
  /** Nisba adjectives: the feminine (ة) and plural forms are added to every Arabic form ending in ي. */
  nisba?: boolean;
}

const WORDS: OrgWord[] = [
  // Kinds of organisation.
  { canonical: 'jamaat', latin: 'group groups groupe grupo jamaa jamaat jamaah jemaah jemaa jamat jammat jamaatu', arabic: 'جماعه جماعات مجموعه گروپ گروه' },
  { canonical: 'tanzim', latin: 'organization organisation organizations organisations organizacion tanzim tanzeem tanthim', arabic: 'تنظيم منظمه' },
  { canonical: 'jabha', latin: 'front frente jabha jabhat jabhah jabhet jebhe jebhat', arabic: 'جبهه' },
  { canonical: 'jaish', latin: 'army armee ejercito jaish jaysh jeish lashkar lashkare lashkari', arabic: 'جيش لشكر' },
  { canonical: 'kataib', latin: 'brigade brigades brigada brigadas kataib kataeb liwa liwaa', arabic: 'كتايب لوا' },
  { canonical: 'katiba', latin: 'battalion battalions bataillon batallon katiba katibat katibah', arabic: 'كتيبه' },
  { canonical: 'haraka', latin: 'movement mouvement movimiento haraka harakah harakat harkat tehrik tehreek tahrik tahreek', arabic: 'حركه تحريك' },
  { canonical: 'co', latin: 'compagnie compania sharika sharikat sherkat', arabic: 'شركه شركت كمپني كمپنی' },
  { canonical: 'foundation', latin: 'foundation fondation fundacion muassasa muassasat moassesseh bonyad', arabic: 'موسسه بنياد' },
  { canonical: 'khairiya', latin: 'charity charitable charities caritative khairiya khairiyya khayriya khayriyya khairia', arabic: 'خيريه خيري' },
  { canonical: 'jamiya', latin: 'society association societies associations jamiya jamiyya jamiyat jamiat jamiyah', arabic: 'جمعيه' },
  { canonical: 'lajna', latin: 'committee comite lajna lajnat lajnah', arabic: 'لجنه' },
  { canonical: 'majlis', latin: 'council conseil consejo majlis majles', arabic: 'مجلس' },
  { canonical: 'maktab', latin: 'office bureau oficina maktab maktabat', arabic: 'مكتب دفتر' },
  { canonical: 'sarafa', latin: 'exchange exchanger exchangers sarafa sarrafa sarafi sarrafi sarafat sarrafat', arabic: 'صرافه صرافي صرافت' },
  { canonical: 'shabaka', latin: 'network networks reseau shabaka shabakat shabakeh', arabic: 'شبكه' },
  { canonical: 'dawla', latin: 'state etat estado dawla dawlat dawlah daula daulah dowlat', arabic: 'دوله' },
  { canonical: 'markaz', latin: 'center centre centro markaz', arabic: 'مركز' },
  { canonical: 'mahad', latin: 'institute institut instituto mahad maahad', arabic: 'معهد' },
  { canonical: 'ittihad', latin: 'union ittihad itihad ittehad etihad itihaad ittihaad', arabic: 'اتحاد' },
  { canonical: 'hayat', latin: 'commission authority hayat hayaat hayet hayyat hayaa', arabic: 'هييه' },
  { canonical: 'ltd', latin: '', arabic: 'لمتد لميتد ليمتد ليميتد' },
  { canonical: 'bank', latin: 'bank banque banco masraf', arabic: 'بنك مصرف' },
  { canonical: 'trading', latin: 'trading tijara tijarat tejarat', arabic: 'تجاره تجارت' },
  // Causes and members.
  { canonical: 'jihad', latin: 'jihad djihad jehad jihaad', arabic: 'جهاد' },
  { canonical: 'tawhid', latin: 'tawhid tawheed touhid tauhid unification unity unite unidad monotheism wahda wahdat', arabic: 'توحيد وحده' },
  { canonical: 'tahrir', latin: 'liberation tahrir', arabic: 'تحرير' },
  { canonical: 'ighatha', latin: 'relief secours socorro ighatha ighatha igatha', arabic: 'اغاثه' },
  { canonical: 'ihya', latin: 'revival renaissance ihya ihyaa', arabic: 'احيا' },
  { canonical: 'turath', latin: 'heritage patrimoine turath tourath turaath', arabic: 'تراث' },
  { canonical: 'ansar', latin: 'supporters partisans helpers ansar ansaru ansarul', arabic: 'انصار' },
  { canonical: 'muhajirin', latin: 'emigrants immigrants migrants muhajirin muhajireen mouhajirine muhajiroun muhajirun', arabic: 'مهاجرين مهاجرون' },
  { canonical: 'mujahidin', latin: 'mujahidin mujahideen mujahedin mujahedeen moudjahidine', arabic: 'مجاهدين مجاهدون' },
  { canonical: 'shuhada', latin: 'martyrs martyr shuhada shouhada chouhada', arabic: 'شهدا' },
  { canonical: 'jund', latin: 'soldiers jund jound junud', arabic: 'جند جنود' },
  { canonical: 'ahl', latin: 'people peuple ahl', arabic: 'اهل' },
  { canonical: 'bilad', latin: 'lands pays bilad biladi bilaad', arabic: 'بلاد' },
  { canonical: 'jazira', latin: 'peninsula peninsule jazira jazirat jazeera jezira', arabic: 'جزيره' },
  // Adjectives: qualities and nationalities.
  { canonical: 'islami', latin: 'islamic islamique islamica islamico islami islamiya islamiyah islamiyya islamiyyah islamia islamiah islamiyeh eslami', arabic: 'اسلامي', nisba: true },
  { canonical: 'muqatila', latin: 'fighting fighter fighters combatant combatants combattant combattante combattants combatiente muqatila muqatilah muqatla', arabic: 'مقاتل مقاتله مقاتلين مقاتلون' },
  { canonical: 'musallaha', latin: 'armed arme armado musallaha musallah', arabic: 'مسلح مسلحه' },
  { canonical: 'insani', latin: 'humanitarian humanitaire humanitaria insani insaniya', arabic: 'انساني', nisba: true },
  { canonical: 'international', latin: 'international internationale internacional dawli duwali dawliya', arabic: 'دولي', nisba: true },
  { canonical: 'national', latin: 'national nationale nacional watani wataniya melli milli', arabic: 'وطني ملي', nisba: true },
  { canonical: 'arabi', latin: 'arab arabian arabe arabic arabi arabiya arabiyah arabia', arabic: 'عرب عربي', nisba: true },
  { canonical: 'libi', latin: 'libyan libyen libyenne libi', arabic: 'ليبي', nisba: true },
  { canonical: 'iraqi', latin: 'iraqi irakien irakienne iraki', arabic: 'عراقي', nisba: true },
  { canonical: 'masri', latin: 'egyptian egyptien egyptienne masri misri', arabic: 'مصري', nisba: true },
  { canonical: 'misr', latin: 'egypt egypte misr masr', arabic: 'مصر' },
  { canonical: 'maghribi', latin: 'moroccan marocain marocaine maghribi maghrebi', arabic: 'مغربي', nisba: true },
  { canonical: 'maghrib', latin: 'morocco maroc marruecos maghrib maghreb', arabic: 'مغرب' },
  { canonical: 'tunisi', latin: 'tunisian tunisien tunisienne tunisi tounsi tunsi', arabic: 'تونسي', nisba: true },
  { canonical: 'jazairi', latin: 'algerian algerien algerienne jazairi djazairi', arabic: 'جزايري', nisba: true },
  { canonical: 'suri', latin: 'syria syrie syrian syrien syrienne suri souri suriya souria', arabic: 'سوريا سوري', nisba: true },
  { canonical: 'yamani', latin: 'yemeni yemenite yemenite yamani', arabic: 'يمني', nisba: true },
  { canonical: 'saudi', latin: 'saudi saoudien saoudienne saudiya', arabic: 'سعودي', nisba: true },
  { canonical: 'lubnani', latin: 'lebanese libanais libanaise lubnani', arabic: 'لبناني', nisba: true },
  { canonical: 'filastini', latin: 'palestinian palestinien palestinienne filastini', arabic: 'فلسطيني', nisba: true },
  { canonical: 'sumali', latin: 'somali somalien somalienne sumali', arabic: 'صومالي', nisba: true },
  { canonical: 'sudani', latin: 'sudanese soudanais soudanaise sudani', arabic: 'سوداني', nisba: true },
  { canonical: 'afghani', latin: 'afghan afghani', arabic: 'افغاني', nisba: true },
  { canonical: 'irani', latin: 'iranian iranien iranienne irani', arabic: 'ايراني', nisba: true },
  { canonical: 'ifriqiya', latin: 'africa afrique afrika ifriqiya ifriqiyah', arabic: 'افريقيا افريقيه' },
  // Directions.
  { canonical: 'gharb', latin: 'west western ouest occidental oeste gharb', arabic: 'غرب' },
  { canonical: 'sharq', latin: 'east eastern oriental sharq', arabic: 'شرق' },
  { canonical: 'shamal', latin: 'north northern nord norte shamal', arabic: 'شمال' },
  { canonical: 'janub', latin: 'south southern sud janub janoub', arabic: 'جنوب' },
  { canonical: 'sham', latin: 'levant sham shaam cham', arabic: 'شام' },
];

// Function words of organisation names; canonical forms are legal-form words (vocabulary.ts),
// so they count little whether matched or missing.
const FUNCTION_WORDS: Record<string, string> = dictionary({
  and: 'and', et: 'and', wa: 'and', wal: 'and', in: 'in', en: 'in', dans: 'in', fi: 'in', for: 'for', pour: 'for', para: 'for', li: 'for', lil: 'for',
});
// The Arabic ones: standalone words, and the one-letter prefixes joined to the next word.
const ARABIC_FUNCTION_WORDS: Record<string, string> = dictionary({ و: 'and', في: 'in', د: 'of' });
const ARABIC_PREFIXES: Record<string, string> = dictionary({ و: 'and', ب: 'in', ل: 'for' });

const LATIN = new Map<string, string>();
const ARABIC = new Map<string, string>();
for (const w of WORDS) {
  for (const s of w.latin.split(' ')) if (s) LATIN.set(s, w.canonical);
  for (const a of w.arabic.split(' ')) {
    ARABIC.set(a, w.canonical);
    // Persian and Urdu write the ة of an Arabic noun as ت (حرکت = حركة, جماعت = جماعة).
    if (a.endsWith('ه')) ARABIC.set(`${a.slice(0, -1)}ت`, w.canonical);
    // Nisba adjectives agree with the noun: feminine ـية, plurals ـيون/ـيين.
    if (w.nisba && a.endsWith('ي')) for (const suffix of ['ه', 'ون', 'ين']) ARABIC.set(a + suffix, w.canonical);
  }
}

/** Canonical spelling of a normalised Latin word of an organisation name, or undefined. */
export function orgLatinWord(norm: string): string | undefined {
  return LATIN.get(norm) ?? FUNCTION_WORDS[norm];
}

/** A French elided article joined by a dropped apostrophe ("lunification" for "l'unification"). */
export function orgLatinElision(norm: string): [string, string] | undefined {
  const m = /^([ld])([aeiouh][a-z]{3,})$/.exec(norm);
  if (!m) return undefined;
  const word = LATIN.get(m[2]!);
  return word === undefined ? undefined : [m[1] === 'l' ? 'the' : 'of', word];
}

/** Canonical words that say little about which organisation it is (weighted like generic words). */
export const ORG_GENERIC = new Set(['jamaat', 'tanzim', 'jamiya', 'maktab', 'shabaka', 'markaz', 'mahad', 'bilad', 'sarafa', 'khairiya', 'lajna', 'majlis', 'trading', 'international', 'national']);

/** Phrases whose extra word a translation leaves out: "money exchange" = صرافة. */
export const ORG_PHRASE_FILLERS: Record<string, string> = dictionary({ money: 'sarafa', currency: 'sarafa', foreign: 'sarafa' });

/**
 * Reads one normalised Arabic-script word of an organisation name through the vocabulary:
 * a standalone function word, a vocabulary word with or without the article, or one of them
 * behind a joined conjunction/preposition (والجهاد, لأهل, للصرافة, ببلاد). Returns undefined
 * for words the vocabulary does not cover; `rest` then is the word left after a joined
 * preposition and article (to be transliterated), when there was one.
 */
export function orgArabicWord(word: string): { parts: string[]; rest?: string } | undefined {
  const fn = ARABIC_FUNCTION_WORDS[word];
  if (fn !== undefined) return { parts: [fn] };
  const direct = withArticle(word);
  if (direct) return { parts: direct };
  // "لل" is ل + the article with its alef dropped.
  if (word.startsWith('لل') && word.length >= 5) {
    const stem = word.slice(2);
    const hit = ARABIC.get(stem);
    return hit !== undefined ? { parts: ['for', 'al', hit] } : { parts: ['for', 'al'], rest: stem };
  }
  const prefix = ARABIC_PREFIXES[word[0]!];
  if (prefix !== undefined && word.length >= 4) {
    const rest = word.slice(1);
    const hit = withArticle(rest);
    if (hit) return { parts: [prefix, ...hit] };
    if (rest.startsWith('ال') && rest.length >= 5) return { parts: [prefix, 'al'], rest: rest.slice(2) };
  }
  return undefined;
}

function withArticle(word: string): string[] | undefined {
  const hit = ARABIC.get(word);
  if (hit !== undefined) return [hit];
  if (word.startsWith('ال') && word.length >= 4) {
    const stem = ARABIC.get(word.slice(2));
    if (stem !== undefined) return ['al', stem];
  }
  return undefined;
}
