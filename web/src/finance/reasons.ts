import type { TFunction } from 'i18next';
import { readReasonSentence, type ReadReason, type ReasonEffect } from '../../../contracts/explanation';
import { formatDay } from '../format/locale';
import type { Language } from '../i18n/languages';

/**
 * The server explains each match in English sentences from a fixed set (read by
 * contracts/explanation.ts). They are shown in the reader's language; anything unrecognised is
 * shown as the server wrote it.
 */
export type Effect = ReasonEffect;

export interface Reason {
  effect: Effect;
  /** Translated text, or null when the sentence is not one we know. */
  text: string | null;
  original: string;
}

export function kindLabel(kind: string, tf: TFunction): string {
  switch (kind) {
    case 'person': return tf('kind.person');
    case 'entity': return tf('kind.entity');
    case 'vessel': return tf('kind.vessel');
    case 'aircraft': return tf('kind.aircraft');
    default: return kind;
  }
}

// Written out key by key so that every key is checked against the resources.
function say({ key, values: v }: ReadReason, tf: TFunction, language: Language): string | null {
  switch (key) {
    case 'queryPartsMissing': return tf('reasons.queryPartsMissing', { parts: v.parts });
    case 'listedPartsMissing': return tf('reasons.listedPartsMissing', { parts: v.parts });
    case 'nasabSwapped': return tf('reasons.nasabSwapped');
    case 'weakAlias': return tf('reasons.weakAlias');
    case 'originalScript': return tf('reasons.originalScript');
    case 'dobExact': return tf('reasons.dobExact', { date: formatDay(v.date!, language) });
    case 'dobYear': return tf('reasons.dobYear', { year: v.year });
    case 'dobInRange': return tf('reasons.dobInRange', { year: v.year });
    case 'dobNear': return tf('reasons.dobNear', { year: v.year });
    case 'dobFar': return tf('reasons.dobFar', { years: v.years });
    case 'nationalitySame': return tf('reasons.nationalitySame', { code: v.code });
    case 'nationalityDiffers': return tf('reasons.nationalityDiffers', { code: v.code, listed: v.listed });
    case 'kindDiffers': return tf('reasons.kindDiffers', { query: kindLabel(v.query!, tf), listed: kindLabel(v.listed!, tf) });
    case 'documentSame': return tf('reasons.documentSame', { number: v.number });
    case 'documentDiffers': return tf('reasons.documentDiffers');
    case 'conflictingParts': return tf('reasons.conflictingParts', { parts: v.parts });
    case 'initialsOnly': return tf('reasons.initialsOnly');
    case 'listedContained': return tf('reasons.listedContained');
    case 'queryContained': return tf('reasons.queryContained');
    case 'abdOneSide': return tf('reasons.abdOneSide', { query: v.query, listed: v.listed });
    case null: return null;
  }
}

export function readReason(original: string, tf: TFunction, language: Language): Reason {
  const read = readReasonSentence(original);
  return { effect: read.effect, text: say(read, tf, language), original };
}
