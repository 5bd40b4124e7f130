// Name benchmark errors: scores the nomenklatura pairs with scoreNames (person kind for Person
// rows, entity otherwise) and prints every false positive and false negative with its score.
//   node --import tsx bench/screening/name-bench-errors.ts
import { readFileSync } from 'node:fs';
import { DEFAULT_THRESHOLD, scoreNames } from '../../server/domains/finance/matching/index.js';
import { parseCsvObjects } from './csv.js';
import { DATA } from './load-lists.js';

const T = Number(process.env.THRESHOLD ?? DEFAULT_THRESHOLD);
const cases = parseCsvObjects(readFileSync(`${DATA}/eval/nomenklatura_name_bench/cases.csv`, 'utf8'));
let tp = 0;
let fp = 0;
let fn = 0;
let strongWrong = 0;
const fps: string[] = [];
const fns: string[] = [];
for (const c of cases) {
  const kind = c.schema === 'Person' ? 'person' : 'entity';
  const s = scoreNames(c.name1!, c.name2!, kind);
  const actual = c.is_match === 'true';
  const line = `${s.toFixed(3)} ${c.schema} ${c.quality} ${c.case_group} | ${c.name1} | ${c.name2}`;
  if (c.quality === 'STRONG' && s >= T !== actual) strongWrong++;
  if (s >= T && actual) tp++;
  else if (s >= T) {
    fp++;
    fps.push(line);
  } else if (actual) {
    fn++;
    fns.push(line);
  }
}
console.log(`--- false positives (${fp})`);
for (const x of fps.sort().reverse()) console.log(x);
console.log(`--- false negatives (${fn})`);
for (const x of fns.sort().reverse()) console.log(x);
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(`name bench @${T}: TP ${tp} FP ${fp} FN ${fn} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (STRONG wrong ${strongWrong})`);
