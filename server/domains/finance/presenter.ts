import type { Candidate } from './matching/index.js';
import type { AlertRow } from './alerts-store.js';
import type { ListVersionRow } from './list-store.js';
import { explanationText } from './explanation-text.js';
import type { Language } from '../../platform/i18n/messages.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A candidate for `query`, its explanation text in the reader's language. */
export function presentCandidate(c: Candidate, query: string, language: Language) {
  const d = c.designation;
  return {
    source: d.source,
    designationId: d.id,
    kind: d.kind,
    primaryName: d.names.find((n) => n.kind === 'primary')?.text ?? d.names[0]?.text ?? '',
    matchedName: c.matchedName,
    matchedNameKind: c.matchedNameKind,
    score: Math.round(c.score * 10000) / 10000,
    nameScore: Math.round(c.nameScore * 10000) / 10000,
    programmes: d.programmes,
    explanation: {
      parts: c.explanation.parts.map((p) => ({ query: p.query, matched: p.matched, how: p.how, similarity: p.similarity })),
      reasons: c.explanation.reasons,
      text: explanationText({ query, matched: c.matchedName, score: c.score, nameScore: c.nameScore, explanation: c.explanation }, language),
    },
  };
}

export function presentVersion(v: ListVersionRow) {
  return {
    id: Number(v.id),
    source: v.source,
    fileName: v.file_name,
    fileSha256: v.file_sha256,
    entryCount: v.entry_count,
    nameCount: v.name_count,
    importedBy: v.imported_by,
    importedAt: iso(v.imported_at),
  };
}

type StoredExplanation = {
  parts: Array<{ query: string; matched: string | null; how: string; similarity: number }>;
  reasons: string[];
  text: string;
};

/** An alert; its stored explanation keeps the matcher's words, its text is said in the reader's language. */
export function presentAlert(row: AlertRow, language: Language) {
  const explanation = (typeof row.explanation === 'string' ? JSON.parse(row.explanation) : row.explanation) as StoredExplanation;
  return {
    id: row.id,
    status: row.status,
    subject: {
      id: row.subject_id,
      name: row.subject_name ?? '',
      reference: row.subject_reference ?? null,
      dob: row.subject_dob ?? null,
      nationality: row.subject_nationality ?? null,
    },
    source: row.source as 'un' | 'ofac' | 'eu',
    designationId: row.designation_id,
    listVersionId: Number(row.list_version_id),
    score: row.score,
    matchedName: row.matched_name,
    explanation: {
      ...explanation,
      text: explanationText({ query: row.subject_name ?? '', matched: row.matched_name, score: row.score, explanation }, language),
    },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
