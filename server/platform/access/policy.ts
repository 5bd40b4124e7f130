import { evaluate, toSql, type SqlFragment } from './condition.js';
import type { Caller } from './principal.js';
import { rules } from './rules.js';

export type Resource = keyof typeof rules;

function ruleFor(resource: Resource, action: string) {
  const rule = rules[resource]?.actions[action];
  if (!rule) throw new Error(`no access rule for ${resource}.${action}`);
  return rule;
}

/** May this caller do this action on this row? Rows use the table's column names. */
export function can(caller: Caller, resource: Resource, action: string, row: object): boolean {
  return evaluate(ruleFor(resource, action)(caller), row as Record<string, unknown>);
}

/** The same rule as a SQL predicate for lists, numbered after `offset` existing parameters. */
export function filter(caller: Caller, resource: Resource, action: string, alias = '', offset = 0): SqlFragment {
  return toSql(ruleFor(resource, action)(caller), alias, offset);
}

/** Fields of this row the caller may not see; the presenter removes them and lists them. */
export function withheldFields(caller: Caller, resource: Resource, row: object): string[] {
  const fields = rules[resource]?.fields ?? {};
  return Object.entries(fields)
    .filter(([, rule]) => !evaluate(rule(caller), row as Record<string, unknown>))
    .map(([field]) => field);
}

export { rules };
