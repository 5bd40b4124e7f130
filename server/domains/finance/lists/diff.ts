import type { Designation } from '../designation.js';

/** The fields of a designation compared by diffLists, in the order they are reported. */
export const COMPARED_FIELDS = [
  'kind', 'names', 'nationalities', 'datesOfBirth', 'placesOfBirth', 'documents', 'programmes', 'listedOn', 'remarks', 'addresses',
] as const satisfies ReadonlyArray<keyof Designation>;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface DesignationChange {
  id: string;
  before: Designation;
  after: Designation;
  /** Which fields differ (order-insensitive for lists). */
  fields: ComparedField[];
}

export interface ListDiff {
  added: Designation[];
  removed: Designation[];
  changed: DesignationChange[];
}

/** JSON with object keys sorted and undefined members dropped, so equal values print equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A list compared as a set: order and repeats do not count as change. */
function setKey(values: readonly unknown[]): string {
  return [...new Set(values.map(canonical))].sort().join('\n');
}

function fieldKey(d: Designation, field: ComparedField): string {
  const v = field === 'addresses' ? (d.addresses ?? []) : d[field];
  return Array.isArray(v) ? setKey(v) : canonical(v);
}

const key = (d: Designation) => `${d.source}\u0000${d.id}`;

/**
 * What changed between two versions of lists, matching entries by source and id. Lists inside an
 * entry (names, documents, …) are compared regardless of order.
 */
export function diffLists(previous: readonly Designation[], next: readonly Designation[]): ListDiff {
  const before = new Map(previous.map((d) => [key(d), d]));
  const after = new Map(next.map((d) => [key(d), d]));
  const diff: ListDiff = { added: [], removed: [], changed: [] };
  for (const [k, d] of after) {
    const old = before.get(k);
    if (!old) {
      diff.added.push(d);
      continue;
    }
    const fields = changedFields(old, d);
    if (fields.length > 0) diff.changed.push({ id: d.id, before: old, after: d, fields });
  }
  for (const [k, d] of before) if (!after.has(k)) diff.removed.push(d);
  return diff;
}

/** The fields in which two versions of one designation differ. */
export function changedFields(before: Designation, after: Designation): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => fieldKey(before, f) !== fieldKey(after, f));
}

/**
 * One string per designation that is equal exactly when diffLists would see no change, so a hash of
 * it can stand for the designation's content (in the database, for set-based diffs).
 */
export function comparableForm(d: Designation): string {
  const fields = COMPARED_FIELDS.filter((f) => f !== 'addresses').map((f) => fieldKey(d, f));
  // Addresses were kept later: an entry without any keeps the form (and the stored fingerprint) it had.
  if (d.addresses?.length) fields.push(fieldKey(d, 'addresses'));
  return [d.source, d.id, ...fields].join('\u0001');
}
