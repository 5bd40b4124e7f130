import type { TFunction } from 'i18next';
import type { AlertStatus, ListSource } from './types';

// Labels for the codes the server sends; written out key by key so every key is checked.

export function statusLabel(status: AlertStatus | string, tf: TFunction): string {
  switch (status) {
    case 'open': return tf('status.open');
    case 'match-proposed': return tf('status.matchProposed');
    case 'confirmed-match': return tf('status.confirmedMatch');
    case 'not-a-match': return tf('status.notAMatch');
    default: return status;
  }
}

export function decisionLabel(decision: string, tf: TFunction): string {
  switch (decision) {
    case 'not-a-match': return tf('decision.notAMatch');
    case 'propose-match': return tf('decision.proposeMatch');
    case 'confirm-match': return tf('decision.confirmMatch');
    case 'reject-proposal': return tf('decision.rejectProposal');
    default: return decision;
  }
}

export function howLabel(how: string, tf: TFunction): string {
  switch (how) {
    case 'exact': return tf('how.exact');
    case 'phonetic': return tf('how.phonetic');
    case 'transliteration': return tf('how.transliteration');
    case 'fuzzy': return tf('how.fuzzy');
    case 'initial': return tf('how.initial');
    case 'joined': return tf('how.joined');
    case 'missing': return tf('how.missing');
    default: return how;
  }
}

export function nameKindLabel(kind: string, tf: TFunction): string {
  switch (kind) {
    case 'primary': return tf('nameKind.primary');
    case 'alias-strong': return tf('nameKind.aliasStrong');
    case 'alias-weak': return tf('nameKind.aliasWeak');
    case 'original-script': return tf('nameKind.originalScript');
    default: return kind;
  }
}

export function sourceLabel(source: ListSource | string, tf: TFunction): string {
  switch (source) {
    case 'un': return tf('source.un');
    case 'ofac': return tf('source.ofac');
    case 'eu': return tf('source.eu');
    default: return source;
  }
}

export function documentKindLabel(kind: string, tf: TFunction): string {
  switch (kind) {
    case 'strategy': return tf('documentKind.strategy');
    case 'action-plan': return tf('documentKind.actionPlan');
    case 'typology': return tf('documentKind.typology');
    case 'guidance': return tf('documentKind.guidance');
    case 'other': return tf('documentKind.other');
    default: return kind;
  }
}

export function classificationLabel(classification: string, tf: TFunction): string {
  switch (classification) {
    case 'UNCLASSIFIED': return tf('classification.unclassified');
    case 'RESTRICTED': return tf('classification.restricted');
    case 'CONFIDENTIAL': return tf('classification.confidential');
    case 'SECRET': return tf('classification.secret');
    default: return classification;
  }
}

/** The designation fields a list version may change. */
export function fieldLabel(field: string, tf: TFunction): string {
  switch (field) {
    case 'names': return tf('field.names');
    case 'kind': return tf('field.kind');
    case 'nationalities': return tf('field.nationalities');
    case 'datesOfBirth': return tf('field.datesOfBirth');
    case 'placesOfBirth': return tf('field.placesOfBirth');
    case 'documents': return tf('field.documents');
    case 'programmes': return tf('field.programmes');
    case 'listedOn': return tf('field.listedOn');
    case 'remarks': return tf('field.remarks');
    case 'addresses': return tf('field.addresses');
    default: return field;
  }
}

export function languageName(language: string, tf: TFunction): string {
  switch (language) {
    case 'ar': return tf('documentLanguage.ar');
    case 'en': return tf('documentLanguage.en');
    case 'fr': return tf('documentLanguage.fr');
    default: return language;
  }
}
