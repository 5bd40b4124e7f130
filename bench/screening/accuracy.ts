// Accuracy benchmark: recall on UN positives (Latin variants, cross-script, harder set),
// F1 on the nomenklatura name benchmark, alert rate on 100,000 negatives, tie rate.
//   node --import tsx bench/screening/accuracy.ts
import { existsSync, readFileSync } from 'node:fs';
import type { Designation } from '../../server/domains/finance/designation.js';
import { DEFAULT_THRESHOLD, buildIndex, scoreNames, type NameIndex, type ScreeningQuery } from '../../server/domains/finance/matching/index.js';
import { parseCsvObjects } from './csv.js';
import { exhaustiveMatch } from './exhaustive.js';
import { DATA, loadOfac, loadUn } from './load-lists.js';

const T = Number(process.env.THRESHOLD ?? DEFAULT_THRESHOLD);
const EVAL = `${DATA}/eval`;
const csv = (p: string): Array<Record<string, string>> => parseCsvObjects(readFileSync(p, 'utf8'));
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
/** Screening speed of one set (index.screen only, one core). */
const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en')} names/s`;
const lines: string[] = [];
// BENCH_SHOW_MISSES=all prints every miss of a set (default: the first 8).
const MAX_MISSES = process.env.BENCH_SHOW_MISSES === 'all' ? Infinity : 8;
const say = (s: string): void => {
  console.log(s);
  lines.push(s);
};

const un = loadUn();
const ofac = loadOfac();
const full = buildIndex([...un, ...ofac]);
say(`index: ${full.stats().nameStrings} name strings, build ${full.stats().buildMs} ms; threshold ${T}`);


interface Positive {
  query: ScreeningQuery;
  target: string; // designation id
}

const nameSig = (t: string): string => t.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\u0600-\u06ff ]+/g, ' ').split(/\s+/).filter(Boolean).sort().join(' ');
/** The same person or organisation listed by two sources (UN and OFAC): a shared name string and kind. */
function sameEntity(a: Designation, b: Designation): boolean {
  if (a.source === b.source || a.kind !== b.kind) return false;
  const names = new Set(a.names.map((n) => nameSig(n.text)));
  return b.names.some((n) => names.has(nameSig(n.text)));
}
const KIND_RANK: Record<string, number> = { primary: 3, 'original-script': 3, 'alias-strong': 2, 'alias-weak': 1 };

function recall(label: string, index: NameIndex, positives: Positive[], byId: Map<string, Designation>, exhaustive = true): number {
  let hit = 0;
  let fullHit = 0;
  let ties = 0;
  let realTies = 0;
  let alerts = 0;
  const misses: string[] = [];
  let screenMs = 0;
  for (const p of positives) {
    const t0 = performance.now();
    const res = index.screen(p.query, { threshold: T, limit: 10 });
    screenMs += performance.now() - t0;
    if (res.some((c) => c.designation.id === p.target)) hit++;
    else if (misses.length < MAX_MISSES) misses.push(`${p.query.name} → ${[...(byId.get(p.target)?.names ?? [])].slice(0, 2).map((n) => n.text).join(' | ')}`);
    if (res.length > 0) {
      alerts++;
      if (res.length > 1 && res[1]!.score === res[0]!.score && res[1]!.designation.id !== res[0]!.designation.id) {
        ties++;
        // A meaningful tie: a different entity (not the same one on another list) that the
        // tie-breaks (name kind, then evidence) cannot order either.
        const top = res[0]!;
        const rest = res.filter((c) => c.score === top.score && c !== top && !sameEntity(c.designation, top.designation));
        if (rest.some((c) => c.nameScore === top.nameScore && KIND_RANK[c.matchedNameKind] === KIND_RANK[top.matchedNameKind])) realTies++;
      }
    }
    if (exhaustive) {
      const d = byId.get(p.target);
      if (d && exhaustiveMatch(p.query, d).score >= T) fullHit++;
    }
  }
  const r = hit / positives.length;
  say(
    `${label}: recall ${pct(r)} (${hit}/${positives.length})` +
      (exhaustive ? `; scoring every name: ${pct(fullHit / positives.length)}, candidate-filter loss ${pct((fullHit - hit) / positives.length)}` : '') +
      `; top-score ties ${pct(alerts ? ties / alerts : 0)} (unbroken between different entities: ${pct(alerts ? realTies / alerts : 0)})` +
      `; ${rate(positives.length, screenMs)}`,
  );
  for (const m of misses) say(`    miss: ${m}`);
  return r;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const unById = new Map(un.map((d) => [d.id, d]));

// 1. Latin variants: yente UN positives (treated rows keep the order of untreated ones).
const byName = new Map<string, string>();
for (const d of un) if (d.kind === 'person') for (const n of d.names) if (!byName.has(norm(n.text))) byName.set(norm(n.text), d.id);
const untreated = csv(`${EVAL}/yente_candidate_generation/positives_un_untreated.csv`);
const treated = csv(`${EVAL}/yente_candidate_generation/positives_un_treated.csv`);
const targets = untreated.map((r) => byName.get(norm(r.full_name ?? '')));
say(`yente positives mapped to a UN designation: ${targets.filter(Boolean).length}/${untreated.length}`);
const toPositives = (rows: Array<Record<string, string>>): Positive[] =>
  rows.flatMap((r, i) =>
    targets[i] ? [{ query: { name: r.full_name!, dob: r.date_of_birth || undefined, nationality: r.nationality || undefined, kind: 'person' as const }, target: targets[i]! }] : [],
  );
const rUntreated = recall('latin untreated', full, toPositives(untreated), unById);
const rTreated = recall('latin treated (typos, reorder)', full, toPositives(treated), unById);

// 2. Cross-script: Arabic query vs Latin-only index, Latin query vs Arabic-only index.
const pairs = csv(`${EVAL}/un_arabic_original_script_pairs.csv`);
const latinOnly = un.map((d) => ({ ...d, names: d.names.filter((n) => n.kind !== 'original-script') }));
const latinOnlyIndex = buildIndex([...latinOnly, ...ofac]);
const arabicOnly = un.filter((d) => d.names.some((n) => n.kind === 'original-script')).map((d) => ({ ...d, names: d.names.filter((n) => n.kind === 'original-script') }));
const arabicOnlyIndex = buildIndex(arabicOnly);
const kindOf = (k: string): 'person' | 'entity' => (k === 'individual' ? 'person' : 'entity');
const rAr2La = recall(
  'cross-script Arabic query → Latin-only index',
  latinOnlyIndex,
  pairs.map((r) => ({ query: { name: r.name_original_script!, kind: kindOf(r.kind!) }, target: r.reference_number! })),
  new Map(latinOnly.map((d) => [d.id, d])),
);
const rLa2Ar = recall(
  'cross-script Latin query → Arabic-only index',
  arabicOnlyIndex,
  pairs.map((r) => ({ query: { name: r.latin_primary_name!, kind: kindOf(r.kind!) }, target: r.reference_number! })),
  new Map(arabicOnly.map((d) => [d.id, d])),
);

// 3. Harder set built by make-hard-set.ts.
const hardPath = new URL('../data/hard_arabic_variants.csv', import.meta.url);
let rHard = NaN;
if (existsSync(hardPath)) {
  const hard = csv(hardPath.pathname);
  rHard = recall('harder set (regional spellings, Arabic variants, missing/reordered)', full, hard.map((r) => ({ query: { name: r.query!, kind: 'person' as const }, target: r.reference_number! })), unById);
  const byVariant = new Map<string, [number, number]>();
  for (const r of hard) {
    const ok = full.screen({ name: r.query!, kind: 'person' }, { threshold: T, limit: 10 }).some((c) => c.designation.id === r.reference_number);
    const v = byVariant.get(r.variant!) ?? [0, 0];
    byVariant.set(r.variant!, [v[0] + (ok ? 1 : 0), v[1] + 1]);
  }
  for (const [v, [h, n]] of [...byVariant].sort()) say(`    ${v}: ${pct(h / n)} (${h}/${n})`);
}

// 4. Name benchmark (pairwise).
const cases = csv(`${EVAL}/nomenklatura_name_bench/cases.csv`);
let tp = 0, fp = 0, fn = 0, tn = 0, strongWrong = 0, strong = 0;
const wrongStrong: string[] = [];
for (const c of cases) {
  const kind = c.schema === 'Person' ? 'person' : 'entity';
  const s = scoreNames(c.name1!, c.name2!, kind);
  const predicted = s >= T;
  const actual = c.is_match === 'true';
  if (predicted && actual) tp++;
  else if (predicted) fp++;
  else if (actual) fn++;
  else tn++;
  if (c.quality === 'STRONG') {
    strong++;
    if (predicted !== actual) {
      strongWrong++;
      wrongStrong.push(`${c.name1} | ${c.name2} (${c.is_match}, ${s.toFixed(3)})`);
    }
  }
}
const precision = tp / (tp + fp);
const rec = tp / (tp + fn);
const f1 = (2 * precision * rec) / (precision + rec);
say(`name bench: P ${precision.toFixed(3)} R ${rec.toFixed(3)} F1 ${f1.toFixed(3)} (TP ${tp} FP ${fp} FN ${fn} TN ${tn}); STRONG wrong ${strongWrong}/${strong}`);
for (const w of wrongStrong) say(`    STRONG wrong: ${w}`);

// 5. Negatives: alert rate with DOB and nationality as given.
// BENCH_NEGATIVES=20000 screens an evenly spaced sample (for iteration); the default is every row.
const NEG_SAMPLE = Number(process.env.BENCH_NEGATIVES ?? 0);
let negatives = 0;
let negAlerts = 0;
let negMs = 0;
const negExamples: string[] = [];
for (const f of ['negatives_global.csv', 'negatives_us.csv']) {
  const all = csv(`${EVAL}/yente_candidate_generation/${f}`);
  const step = NEG_SAMPLE > 0 ? Math.max(1, all.length / (NEG_SAMPLE / 2)) : 1;
  for (let k = 0; k < all.length; k += step) {
    const r = all[Math.floor(k)]!;
    negatives++;
    const t0 = performance.now();
    const res = full.screen({ name: r.full_name!, dob: r.date_of_birth || undefined, nationality: r.nationality || undefined, kind: 'person' }, { threshold: T, limit: 1 });
    negMs += performance.now() - t0;
    if (res.length) {
      negAlerts++;
      if (negExamples.length < 8) negExamples.push(`${r.full_name} → ${res[0]!.matchedName} ${res[0]!.score}`);
    }
  }
}
say(`negatives: ${negAlerts}/${negatives} raise an alert (${pct(negAlerts / negatives)}); ${rate(negatives, negMs)}`);
for (const e of negExamples) say(`    alert: ${e}`);

console.log(
  `accuracy @${T}: recall latin ${pct(rUntreated)}/${pct(rTreated)} (untreated/treated), cross-script ${pct(rAr2La)}/${pct(rLa2Ar)} (ar→la/la→ar), harder ${pct(rHard)}, name-bench F1 ${f1.toFixed(3)} (STRONG wrong ${strongWrong}), negatives alert ${pct(negAlerts / negatives)}`,
);
