// Naive baseline in the style of Moov Watchman: every query token against every token of every
// listed name with Jaro-Winkler, best token pairs averaged, no index.
import type { Designation } from '../../server/domains/finance/designation.js';

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Array<boolean>(la).fill(false);
  const mb = new Array<boolean>(lb).fill(false);
  let m = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(lb, i + range + 1); j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = mb[j] = true;
        m++;
        break;
      }
    }
  }
  if (!m) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

const words = (s: string): string[] => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);

export function naiveScreen(query: string, list: Designation[], threshold = 0.85): Array<{ id: string; score: number }> {
  const q = words(query);
  const out: Array<{ id: string; score: number }> = [];
  for (const d of list) {
    let best = 0;
    for (const n of d.names) {
      const c = words(n.text);
      let sum = 0;
      for (const qt of q) {
        let b = 0;
        for (const ct of c) b = Math.max(b, jaroWinkler(qt, ct));
        sum += b;
      }
      best = Math.max(best, q.length ? sum / q.length : 0);
    }
    if (best >= threshold) out.push({ id: d.id, score: best });
  }
  return out.sort((a, b) => b.score - a.score);
}
