import type { Queryable } from '../../platform/db/database.js';
import type { Designation } from './designation.js';
import { buildIndex, type NameIndex } from './matching/index.js';
import { latestVersions, loadDesignations } from './list-store.js';

export interface LoadedIndex {
  index: NameIndex;
  /** The list versions the index was built from, by source. */
  versions: Record<string, number>;
  /** Per designation key (source:id): the version and fingerprint it was screened at. */
  meta: Map<string, { versionId: number; fingerprint: string }>;
}

const keyOf = (d: Designation) => `${d.source}:${d.id}`;

/**
 * Keeps one in-memory index of the newest version of every list. Each use asks the database which
 * versions are newest (one small query), so a list imported by another server is picked up too.
 */
export class ScreeningIndex {
  private loaded: LoadedIndex | null = null;
  private building: Promise<LoadedIndex> | null = null;

  async current(db: Queryable): Promise<LoadedIndex> {
    const latest = await latestVersions(db);
    const wanted = Object.fromEntries(latest.map((v) => [v.source, Number(v.id)]));
    if (this.loaded && sameVersions(this.loaded.versions, wanted)) return this.loaded;
    if (this.building) {
      const built = await this.building;
      if (sameVersions(built.versions, wanted)) return built;
    }
    this.building = (async () => {
      const designations = await loadDesignations(db, Object.values(wanted));
      const meta = new Map(designations.map((d) => [keyOf(d), { versionId: d.versionId, fingerprint: d.fingerprint }]));
      return { index: buildIndex(designations), versions: wanted, meta };
    })();
    try {
      this.loaded = await this.building;
      return this.loaded;
    } finally {
      this.building = null;
    }
  }
}

function sameVersions(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

export function designationKey(d: Designation): string {
  return keyOf(d);
}
