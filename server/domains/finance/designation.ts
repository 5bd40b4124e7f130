// The one shape every sanctions-list importer produces and the matcher indexes.
// Kept free of database and HTTP types so the matching library stays pure.

export type ListSource = 'un' | 'ofac' | 'eu';

export type EntryKind = 'person' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

/** How a name form is known on the list: primary name, good/strong alias, weak/low-quality alias, or original script. */
export type NameKind = 'primary' | 'alias-strong' | 'alias-weak' | 'original-script';

export interface NameForm {
  text: string;
  kind: NameKind;
  /** ISO 639-1 language or script hint when the list gives one (e.g. 'ar' for NAME_ORIGINAL_SCRIPT in Arabic). */
  script?: 'latin' | 'arabic' | 'cyrillic' | 'other';
}

export interface DateOfBirth {
  /** Full date YYYY-MM-DD, or only a year, or a year range. */
  date?: string;
  year?: number;
  fromYear?: number;
  toYear?: number;
}

export interface IdentityDocument {
  type: string;
  number: string;
  country?: string;
}

/** An address the list gives (last known, or at listing); every part optional as lists give what they know. */
export interface Address {
  street?: string;
  city?: string;
  /** State, province or region. */
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2 code when known, otherwise the list's wording. */
  country?: string;
  note?: string;
}

export interface Designation {
  source: ListSource;
  /** The list's own reference: UN reference number (QDi.400), OFAC ent_num, EU logical id. */
  id: string;
  kind: EntryKind;
  names: NameForm[];
  /** ISO 3166-1 alpha-2 codes when known, otherwise the list's wording. */
  nationalities: string[];
  datesOfBirth: DateOfBirth[];
  placesOfBirth: string[];
  documents: IdentityDocument[];
  programmes: string[];
  /** Absent when the list gives none (entries stored before addresses were kept have none either). */
  addresses?: Address[];
  listedOn?: string;
  remarks?: string;
}
