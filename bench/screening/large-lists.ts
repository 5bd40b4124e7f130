// The UN + OFAC lists at four times their size ("design for 150,000 name strings"): the real lists
// plus recombined copies, each name's words taken from other designations' names at the same
// position (real name words in new combinations, as a longer list would bring).
import type { Designation } from '../../server/domains/finance/designation.js';

export const COPIES = 3;

export function largeLists(real: Designation[], copies = COPIES): Designation[] {
  const words = real.map((d) => (d.names[0]?.text ?? '').split(/\s+/));
  const recombined = (k: number): Designation[] =>
    real.map((d, di) => ({
      ...d,
      id: `${d.id}~${k}`,
      names: d.names.map((n, ni) => ({ ...n, text: n.text.split(/\s+/).map((w, j) => words[(di * 31 + k * 7919 + j * 13 + ni) % words.length]![j] ?? w).join(' ') })),
    }));
  return [...real, ...Array.from({ length: copies }, (_, k) => recombined(k + 1)).flat()];
}
