import type { MatchResponse, Subject } from './types';

/** The server takes at most this many subjects per request. */
export const CHUNK_SIZE = 1000;

export interface ColumnChoice {
  name: number;
  dob: number | null;
  nationality: number | null;
  reference: number | null;
}

export interface PreparedBatch {
  subjects: Subject[];
  /** Data rows without a name, which are not sent. */
  skipped: number;
  /** Dates that are not YYYY or YYYY-MM-DD, sent without the date. */
  datesIgnored: number;
}

const DOB = /^\d{4}(-\d{2}-\d{2})?$/;

/** Guesses the column holding names from the header (English, French or Arabic wording). */
export function guessNameColumn(header: string[]): number {
  const index = header.findIndex((cell) => /name|nom|اسم|الاسم/i.test(cell));
  return index === -1 ? 0 : index;
}

export function guessColumn(header: string[], pattern: RegExp): number | null {
  const index = header.findIndex((cell) => pattern.test(cell));
  return index === -1 ? null : index;
}

export const DOB_HEADER = /dob|birth|naissance|ميلاد/i;
export const NATIONALITY_HEADER = /national|جنسية/i;
export const REFERENCE_HEADER = /ref|id\b|مرجع/i;

export function prepareSubjects(rows: string[][], columns: ColumnChoice): PreparedBatch {
  const subjects: Subject[] = [];
  let skipped = 0;
  let datesIgnored = 0;
  const cell = (row: string[], index: number | null) => (index === null ? '' : (row[index] ?? '').trim());
  for (const row of rows) {
    const name = cell(row, columns.name).slice(0, 500);
    if (!name) {
      skipped += 1;
      continue;
    }
    const subject: Subject = { name };
    const dob = cell(row, columns.dob);
    if (dob) {
      if (DOB.test(dob)) subject.dob = dob;
      else datesIgnored += 1;
    }
    const nationality = cell(row, columns.nationality);
    if (nationality.length >= 2) subject.nationality = nationality.slice(0, 100);
    const reference = cell(row, columns.reference);
    if (reference) subject.reference = reference.slice(0, 200);
    subjects.push(subject);
  }
  return { subjects, skipped, datesIgnored };
}

export function chunk<T>(items: T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface BatchTotals {
  screened: number;
  withCandidates: number;
  alertsRaised: number;
}

/**
 * Sends the subjects in chunks, one request at a time, reporting after each; a failed chunk
 * stops the run and the error carries on, with the totals so far already reported.
 */
export async function screenInChunks(
  subjects: Subject[],
  send: (chunk: Subject[]) => Promise<MatchResponse>,
  onProgress: (done: number, totals: BatchTotals) => void,
  size = CHUNK_SIZE,
): Promise<BatchTotals> {
  const totals: BatchTotals = { screened: 0, withCandidates: 0, alertsRaised: 0 };
  let done = 0;
  for (const part of chunk(subjects, size)) {
    const response = await send(part);
    done += part.length;
    totals.screened += response.results.length;
    totals.withCandidates += response.results.filter((result) => result.candidates.length > 0).length;
    totals.alertsRaised += response.recorded?.alertsRaised ?? 0;
    onProgress(done, { ...totals });
  }
  return totals;
}
