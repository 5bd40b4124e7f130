// Wraps the library's word search (PartMatcher.matchesOf) and its match-cache look-up, so that a
// benchmark sees every search: the matcher, the unit, its time, and whether its list was new (not
// yet kept, so really searched). The library itself is not changed; the wrapping adds ~0.1 µs a call.
import { type MatchList, MatchCache } from '../../server/domains/finance/matching/match-cache.js';
import { PartMatcher, type QueryUnit } from '../../server/domains/finance/matching/part-matcher.js';

export type Search = (this: PartMatcher, unit: QueryUnit) => MatchList;

/** Calls `seen` after every search from now on; returns the unwrapped search, to call directly. */
export function watchSearches(seen: (matcher: PartMatcher, unit: QueryUnit, ms: number, wasNew: boolean) => void): Search {
  let missed = false;
  const cacheGet = MatchCache.prototype.get;
  MatchCache.prototype.get = function (this: MatchCache, ...args: Parameters<MatchCache['get']>) {
    const list = cacheGet.apply(this, args);
    missed = list === undefined;
    return list;
  };
  const search = PartMatcher.prototype.matchesOf;
  PartMatcher.prototype.matchesOf = function (this: PartMatcher, unit: QueryUnit) {
    missed = false;
    const t0 = performance.now();
    const list = search.call(this, unit);
    seen(this, unit, performance.now() - t0, missed);
    return list;
  };
  return search;
}
