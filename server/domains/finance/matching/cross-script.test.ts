import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { normalizeArabic } from './arabic.js';
import { buildIndex } from './name-index.js';
import { orgArabicWord, orgLatinWord } from './organisation-words.js';
import { scoreNames } from './score-names.js';
import { tokenizeName } from './tokenize.js';
import { transliterateArabic } from './transliterate.js';
import { ruleTransliterateWord } from './transliterate-rules.js';

const T = 0.8;
const both = (a: string, b: string, kind: 'person' | 'entity'): number => Math.min(scoreNames(a, b, kind), scoreNames(b, a, kind));

describe('organisation words (translated, not transliterated)', () => {
  it('matches an Arabic organisation name with its English translation, in both directions', () => {
    expect(both('الجماعة الاسلامية المقاتلة الليبية', 'LIBYAN ISLAMIC FIGHTING GROUP', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('الجهاد الاسلامي المصري', 'EGYPTIAN ISLAMIC JIHAD', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('الجماعة الاسلامية المسلحة', 'ARMED ISLAMIC GROUP', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('القاعدة في جزيرة العرب', 'AL-QAIDA IN THE ARABIAN PENINSULA', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('جبهة النصرة لأهل الشام', 'AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT', 'entity')).toBeGreaterThanOrEqual(0.8);
  });
  it('matches French translations and Latin transliterations of the same words', () => {
    expect(both('الجماعة الاسلامية المغربية المقاتلة', 'Groupe Islamique Combattant Marocain', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('جماعة نصرة الإسلام والمسلمين', "JAMA'A NUSRAT UL-ISLAM WA AL-MUSLIMIN", 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('حرکت الجہاد الاسلامی', 'HARAKAT-UL JIHAD ISLAMI', 'entity')).toBeGreaterThanOrEqual(0.8);
  });
  it('gives an Arabic word and its translations one normalised form, key and skeleton (so the index finds them)', () => {
    const ar = tokenizeName('الجماعة الاسلامية المقاتلة', 'entity').filter((t) => t.role === 'name');
    const en = tokenizeName('Islamic Fighting Group', 'entity').filter((t) => t.role === 'name');
    expect(ar.map((t) => [t.norm, t.key, t.skel]).sort()).toEqual(en.map((t) => [t.norm, t.key, t.skel]).sort());
    expect(orgLatinWord('combattant')).toBe(orgLatinWord('fighting'));
    expect(orgArabicWord(normalizeArabic('والجهاد'))?.parts).toEqual(['and', 'al', 'jihad']);
    expect(orgArabicWord(normalizeArabic('للصرافة'))?.parts).toEqual(['for', 'al', 'sarafa']);
  });
  it('folds "money exchange", Urdu legal forms and Persian ت-forms', () => {
    expect(both('صرافی روشان', 'ROSHAN MONEY EXCHANGE', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('راحت لمتد', 'RAHAT LTD.', 'entity')).toBeGreaterThanOrEqual(0.8);
    expect(both('شبکه حقانی', 'HAQQANI NETWORK (HQN)', 'entity')).toBeGreaterThanOrEqual(0.8);
  });
  it('keeps different organisations apart and leaves person names alone', () => {
    expect(scoreNames('الجماعة الاسلامية المقاتلة الليبية', 'MOROCCAN ISLAMIC COMBATANT GROUP', 'entity')).toBeLessThan(T);
    expect(scoreNames('Islamic Army of Iraq', 'Islamic Army of Aden', 'entity')).toBeLessThan(T);
    expect(tokenizeName('Jamal Islami', 'person').map((t) => t.norm)).toEqual(['jamal', 'islami']);
    expect(tokenizeName('Ahmed Front', 'person').map((t) => t.norm)).toEqual(['ahmed', 'front']);
  });
  it('keeps the legal-form phrases working (company is still a legal form)', () => {
    expect(scoreNames('Stripe LLC', 'Stripe Limited Liability Company', 'entity')).toBeGreaterThan(T);
    expect(scoreNames('OAO Gazprom', 'Open Joint Stock Company Gazprom', 'entity')).toBeGreaterThan(T);
  });
  it('finds translated organisation names through the index both ways', () => {
    const d = (id: string, text: string): Designation => ({ id, source: 'un', kind: 'entity', names: [{ text, kind: 'primary' }] }) as unknown as Designation;
    const latin = buildIndex([d('A', 'LIBYAN ISLAMIC FIGHTING GROUP'), d('B', 'TUNISIAN COMBATANT GROUP')]);
    expect(latin.screen({ name: 'الجماعة الاسلامية المقاتلة الليبية', kind: 'entity' })[0]?.designation.id).toBe('A');
    const arabic = buildIndex([d('A', 'الجماعة الاسلامية المقاتلة الليبية'), d('B', 'الجماعة التونسية المقاتلة')]);
    expect(arabic.screen({ name: 'Tunisian Combatant Group', kind: 'entity' })[0]?.designation.id).toBe('B');
  });
  it('drops an acronym alias given after a slash or made of letters inside the words', () => {
    expect(tokenizeName('AL-ITIHAAD AL-ISLAMIYA / AIAI', 'entity').map((t) => t.norm)).not.toContain('aiai');
    expect(tokenizeName("MOUVEMENT POUR L'UNIFICATION ET LE JIHAD EN AFRIQUE DE L'OUEST (MUJAO)", 'entity').map((t) => t.norm)).not.toContain('mujao');
    expect(tokenizeName('Haqqani Network (HQN)', 'entity').map((t) => t.norm)).not.toContain('hqn');
    expect(tokenizeName('Yamahdi (UK)', 'entity').map((t) => t.norm)).toContain('uk');
  });
});

describe('person-name rules across scripts', () => {
  it('reads ظ/ذ before ه like Latin "zh" (Mazhari) and an initial consonant + ه with a vowel (Zahrani)', () => {
    expect(ruleTransliterateWord('مظهري')).toBe('mzhri');
    expect(both('عبد القدوس مظهری', 'ABDUL QUDDUS MAZHARI', 'person')).toBeGreaterThan(T);
    expect(ruleTransliterateWord('زهراني')).toBe('zahrani');
    expect(both('فيصل احمد بن علي الزهراني', 'FAYSAL AHMAD BIN ALI AL-ZAHRANI', 'person')).toBeGreaterThan(0.9);
  });
  it('splits a joined بن before a known name (person names only)', () => {
    expect(transliterateArabic('بنحسين')).toBe('bnhsin');
    expect(tokenizeName('سيف الله بن عمر بن محمد بنحسين', 'person').map((t) => t.role)).toEqual(['name', 'bin', 'name', 'bin', 'name', 'bin', 'name']);
    expect(both('سيف الله بن عمر بن محمد بنحسين', 'SEIFALLAH BEN OMAR BEN MOHAMED BEN HASSINE', 'person')).toBeGreaterThan(T);
    expect(tokenizeName('أنصار الشريعة - بنغازي', 'entity').map((t) => t.norm)).not.toContain('bin');
  });
  it('reads a و/ي after a consonantal ي/و as a long vowel (ايوب = Ayub)', () => {
    expect(ruleTransliterateWord('ايوب')).toBe('ayub');
    expect(both('ایوب بشیر', 'AYYUB BASHIR', 'person')).toBeGreaterThan(T);
    expect(both('سلطان هاشم أحمد الطائي', "SULTAN HASHIM AHMAD AL-TA'I", 'person')).toBeGreaterThan(T);
  });
  it('reads ض/ظ/ذ as z in words written with Persian letters', () => {
    expect(transliterateArabic('فیض الله')).toBe('fiz allah');
    expect(transliterateArabic('فيض')).toBe('fid');
  });
  it('keeps the first letter of an abd stem and compares two-letter abd stems (Abd al-Zahir, Abd al-Haq)', () => {
    expect(both('شمس الرحمن عبد الظاهر', 'SHAMS UR-RAHMAN ABDUL ZAHIR', 'person')).toBeGreaterThan(T);
    expect(both('عبد الحق وثيق', 'ABDUL-HAQ WASSIQ', 'person')).toBeGreaterThan(T);
    expect(both('عبدالحی سالک', 'ABDULHAI SALEK', 'person')).toBeGreaterThan(T);
    expect(scoreNames('Abd al-Rahim', 'Abd al-Rahman', 'person')).toBeLessThan(T);
  });
  it('splits two known names run together after a non-connecting letter', () => {
    expect(transliterateArabic('محمدعلي')).toBe('mohamed ali');
    expect(both('نظر محمدعبد البصیر', 'NAZIR MOHAMMAD ABDUL BASIR', 'person')).toBeGreaterThan(T);
  });
  it('reads Pashto -zai / -zada names, Ishaq, Faycal and the suffix Jr. (الابن)', () => {
    expect(both('كُل آغا اسحاقزی', 'GUL AGHA ISHAKZAI', 'person')).toBeGreaterThan(T);
    expect(both('محمد اسحاق آخوند زاده', 'MOHAMMAD ESHAQ AKHUNZADA', 'person')).toBeGreaterThan(T);
    expect(both('فيصل بوغانمي', 'FAYCAL BOUGHANEMI', 'person')).toBeGreaterThan(T);
    expect(both('فلسيانو سمبوريو ديلوس رييس الإبن', 'FELICIANO SEMBORIO DELOS REYES JR.', 'person')).toBeGreaterThan(T);
    expect(both('طارق گیدڑ', 'TARIQ GIDAR', 'person')).toBeGreaterThan(T);
  });
});
