// A small condition language over one row. A rule builds a condition from the principal;
// the same condition is then either evaluated against a row in memory (can) or compiled to a
// SQL predicate (filter). One declaration, two forms, so they cannot drift apart.

export type Scalar = string | number | boolean | null;

export type Condition =
  | { op: 'true' }
  | { op: 'false' }
  | { op: 'and'; of: Condition[] }
  | { op: 'or'; of: Condition[] }
  | { op: 'eq'; column: string; value: Scalar }
  | { op: 'in'; column: string; values: Scalar[] }
  /** row[column] is one of `order` and its position is at most `max` (e.g. classification ≤ clearance). */
  | { op: 'rankAtMost'; column: string; order: readonly string[]; max: number }
  /** row[column] (an array) contains any of values. */
  | { op: 'arrayHasAny'; column: string; values: string[] }
  /** Every element of row[column] (an array) is among values. */
  | { op: 'arraySubsetOf'; column: string; values: string[] };

export const ALLOW: Condition = { op: 'true' };
export const DENY: Condition = { op: 'false' };

export const eq = (column: string, value: Scalar): Condition => ({ op: 'eq', column, value });
export const isIn = (column: string, values: Scalar[]): Condition => ({ op: 'in', column, values });

export function and(...of: Condition[]): Condition {
  if (of.some((c) => c.op === 'false')) return DENY;
  const rest = of.filter((c) => c.op !== 'true');
  if (rest.length === 0) return ALLOW;
  return rest.length === 1 ? rest[0] : { op: 'and', of: rest };
}

export function or(...of: Condition[]): Condition {
  if (of.some((c) => c.op === 'true')) return ALLOW;
  const rest = of.filter((c) => c.op !== 'false');
  if (rest.length === 0) return DENY;
  return rest.length === 1 ? rest[0] : { op: 'or', of: rest };
}

/** A principal-only fact becomes a constant, so it folds away in both forms. */
export const when = (fact: boolean): Condition => (fact ? ALLOW : DENY);

export function evaluate(condition: Condition, row: Record<string, unknown>): boolean {
  switch (condition.op) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'and':
      return condition.of.every((c) => evaluate(c, row));
    case 'or':
      return condition.of.some((c) => evaluate(c, row));
    case 'eq':
      return row[condition.column] != null && row[condition.column] === condition.value;
    case 'in':
      return row[condition.column] != null && condition.values.includes(row[condition.column] as Scalar);
    case 'rankAtMost': {
      const rank = condition.order.indexOf(String(row[condition.column]));
      return rank >= 0 && rank <= condition.max;
    }
    case 'arrayHasAny': {
      const items = row[condition.column];
      return Array.isArray(items) && items.some((v) => condition.values.includes(v));
    }
    case 'arraySubsetOf': {
      const items = row[condition.column];
      return Array.isArray(items) && items.every((v) => condition.values.includes(v));
    }
  }
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/**
 * Compiles to a predicate with numbered parameters starting after `offset`.
 * `alias` qualifies columns so the predicate can sit in a join.
 */
export function toSql(condition: Condition, alias = '', offset = 0): SqlFragment {
  const params: unknown[] = [];
  const column = (name: string) => {
    if (!identifier.test(name)) throw new Error(`unsafe column name in policy: ${name}`);
    return alias ? `${alias}.${name}` : name;
  };
  const bind = (value: unknown) => {
    params.push(value);
    return `$${offset + params.length}`;
  };
  const walk = (c: Condition): string => {
    switch (c.op) {
      case 'true':
        return 'TRUE';
      case 'false':
        return 'FALSE';
      case 'and':
        return `(${c.of.map(walk).join(' AND ')})`;
      case 'or':
        return `(${c.of.map(walk).join(' OR ')})`;
      case 'eq':
        return `${column(c.column)} = ${bind(c.value)}`;
      case 'in':
        return c.values.length === 0 ? 'FALSE' : `${column(c.column)} = ANY(${bind(c.values)})`;
      case 'rankAtMost':
        return c.max < 0 ? 'FALSE' : `${column(c.column)} = ANY(${bind(c.order.slice(0, c.max + 1))}::text[])`;
      case 'arrayHasAny':
        return `COALESCE(${column(c.column)} && ${bind(c.values)}::text[], FALSE)`;
      case 'arraySubsetOf':
        return `COALESCE(${column(c.column)} <@ ${bind(c.values)}::text[], FALSE)`;
    }
  };
  return { sql: walk(condition), params };
}
