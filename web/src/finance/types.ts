// Types come from the shared zod contracts, so a contract change breaks this build too.
import type { z } from 'zod';
import type {
  alertDetail, alertPage, alertStatus, alertView, candidateView, documentList, documentSummary, documentView,
  explanationView, listDiffView, listSource, listVersionView, matchResponse, screeningSubject,
} from '../../../contracts/finance';

export type ListSource = z.infer<typeof listSource>;
export type Subject = z.infer<typeof screeningSubject>;
export type Candidate = z.infer<typeof candidateView>;
export type Explanation = z.infer<typeof explanationView>;
export type MatchResponse = z.infer<typeof matchResponse>;
export type AlertStatus = z.infer<typeof alertStatus>;
export type Alert = z.infer<typeof alertView>;
export type AlertPage = z.infer<typeof alertPage>;
export type ListVersion = z.infer<typeof listVersionView>;
export type ListDiff = z.infer<typeof listDiffView>;
export type DocumentSummary = z.infer<typeof documentSummary>;
export type DocumentView = z.infer<typeof documentView>;
export type DocumentList = z.infer<typeof documentList>;

export const ALERT_STATUSES: AlertStatus[] = ['open', 'match-proposed', 'confirmed-match', 'not-a-match'];
export const CLASSIFICATIONS = ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Tlp = (typeof TLPS)[number];
export const DOCUMENT_KINDS = ['strategy', 'action-plan', 'typology', 'guidance', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The listed entry behind an alert, as the server stores it (the contract leaves it open). */
export interface Designation {
  source: ListSource;
  id: string;
  kind: string;
  names: Array<{ text: string; kind: string; script?: string }>;
  nationalities: string[];
  datesOfBirth: Array<{ date?: string; year?: number; fromYear?: number; toYear?: number }>;
  placesOfBirth: string[];
  documents: Array<{ type: string; number: string; country?: string }>;
  programmes: string[];
  /** Absent when the list gives none. */
  addresses?: Array<{ street?: string; city?: string; region?: string; postalCode?: string; country?: string; note?: string }>;
  listedOn?: string;
  remarks?: string;
}

export type AlertDetail = Omit<z.infer<typeof alertDetail>, 'designation'> & { designation: Designation | null };

export type ReviewDecision = 'not-a-match' | 'propose-match' | 'confirm-match' | 'reject-proposal';
