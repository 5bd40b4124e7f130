import { createHash } from 'node:crypto';
import type { Designation } from './designation.js';
import { comparableForm } from './lists/index.js';

/** Hash of a designation's content; equal hashes mean diffLists sees no change. */
export function designationFingerprint(designation: Designation): string {
  return createHash('sha256').update(comparableForm(designation)).digest('hex');
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
