import { z } from 'zod';

export const listSource = z.enum(['un', 'ofac', 'eu']);

export const screeningSubject = z.object({
  name: z.string().trim().min(1).max(500),
  dob: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/).optional(),
  nationality: z.string().min(2).max(100).optional(),
  kind: z.enum(['person', 'entity']).optional(),
  reference: z.string().max(200).optional(),
});

export const matchRequest = z.object({
  subjects: z.array(screeningSubject).min(1).max(1000),
  threshold: z.number().min(0.5).max(1).optional(),
  limit: z.number().int().min(1).max(50).optional(),
  /** Keep the subjects under watch for the caller's state and raise alerts for review. */
  record: z.boolean().optional(),
});

export const matchedPart = z.object({
  query: z.string(),
  matched: z.string().nullable(),
  how: z.string(),
  similarity: z.number(),
});

export const explanationView = z.object({
  parts: z.array(matchedPart),
  reasons: z.array(z.string()),
  text: z.string(),
});

export const candidateView = z.object({
  source: listSource,
  designationId: z.string(),
  kind: z.string(),
  primaryName: z.string(),
  matchedName: z.string(),
  matchedNameKind: z.string(),
  score: z.number(),
  nameScore: z.number(),
  programmes: z.array(z.string()),
  explanation: explanationView,
});

export const matchResponse = z.object({
  results: z.array(z.object({ subject: screeningSubject, candidates: z.array(candidateView) })),
  lists: z.record(z.string(), z.number()),
  recorded: z.object({ subjectIds: z.array(z.string()), alertsRaised: z.number() }).optional(),
});

export const listVersionView = z.object({
  id: z.number(),
  source: listSource,
  fileName: z.string(),
  fileSha256: z.string(),
  entryCount: z.number(),
  nameCount: z.number(),
  importedBy: z.string(),
  importedAt: z.string(),
});

export const listDiffView = z.object({
  from: listVersionView.nullable(),
  to: listVersionView,
  added: z.array(z.object({ id: z.string(), name: z.string() })),
  removed: z.array(z.object({ id: z.string(), name: z.string() })),
  changed: z.array(z.object({ id: z.string(), name: z.string(), fields: z.array(z.string()) })),
});

export const listImportRequest = z.object({
  source: listSource,
  /** The list file's text: UN or EU XML, or OFAC's sdn.csv. */
  content: z.string().min(1),
  /** OFAC only. */
  altContent: z.string().optional(),
  addContent: z.string().optional(),
  fileName: z.string().max(200).optional(),
});

export const alertStatus = z.enum(['open', 'match-proposed', 'confirmed-match', 'not-a-match']);
export const alertView = z.object({
  id: z.string(),
  status: alertStatus,
  subject: z.object({ id: z.string(), name: z.string(), reference: z.string().nullable(), dob: z.string().nullable(), nationality: z.string().nullable() }),
  source: listSource,
  designationId: z.string(),
  listVersionId: z.number(),
  score: z.number(),
  matchedName: z.string(),
  explanation: explanationView,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const alertPage = z.object({ items: z.array(alertView), total: z.number() });
export const alertQuery = z.object({
  status: alertStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const alertDetail = alertView.extend({
  designation: z.unknown(),
  reviews: z.array(z.object({ id: z.string(), reviewer: z.string(), decision: z.string(), note: z.string(), at: z.string() })),
});
export const reviewRequest = z.object({
  decision: z.enum(['propose-match', 'confirm-match', 'reject-proposal', 'not-a-match']),
  note: z.string().max(4000).default(''),
});

export const documentKind = z.enum(['strategy', 'action-plan', 'typology', 'guidance', 'other']);
export const documentInput = z.object({
  title: z.string().min(1).max(300),
  language: z.enum(['ar', 'en', 'fr']),
  kind: documentKind,
  summary: z.string().max(4000).default(''),
  body: z.string().max(1_000_000).default(''),
  classification: z.enum(['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET']),
  /** State codes the document is released to, or ["ALL"] for the whole coalition. */
  relTo: z.array(z.string().regex(/^([A-Z]{2}|SECRETARIAT|ALL)$/)).min(1),
  tlp: z.enum(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']).default('AMBER'),
});
export const documentSummary = z.object({
  id: z.string(),
  originator: z.string(),
  title: z.string(),
  language: z.string(),
  kind: documentKind,
  summary: z.string(),
  classification: z.string(),
  relTo: z.array(z.string()),
  tlp: z.string(),
  createdAt: z.string(),
});
export const documentView = documentSummary.extend({ body: z.string() });
export const documentList = z.object({ items: z.array(documentSummary) });
