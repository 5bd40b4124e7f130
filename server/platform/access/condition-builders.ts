// Short builders for rules; the condition language itself lives in condition.ts.
export { ALLOW, DENY, and, or, eq, isIn, when } from './condition.js';
import type { Condition } from './condition.js';
export type { Condition } from './condition.js';

export const rankAtMost = (column: string, order: readonly string[], max: number): Condition => ({
  op: 'rankAtMost',
  column,
  order,
  max,
});

export const arrayHasAny = (column: string, values: string[]): Condition => ({ op: 'arrayHasAny', column, values });
