import { createHash } from 'node:crypto';
import type { Designation } from './designation.js';

/** JSON with sorted keys, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function designationFingerprint(designation: Designation): string {
  return createHash('sha256').update(canonical(designation)).digest('hex');
}

export interface SubjectFacts {
  name: string;
  dob?: string | null;
  nationality?: string | null;
  kind?: string | null;
}

/** Identifies a subject as it was screened: a change to any of these facts makes it a new question. */
export function subjectFingerprint(subject: SubjectFacts): string {
  const facts = [subject.name.trim().replace(/\s+/g, ' ').toLowerCase(), subject.dob ?? '', (subject.nationality ?? '').toUpperCase(), subject.kind ?? ''];
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
}
