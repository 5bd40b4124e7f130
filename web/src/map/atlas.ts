import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export type Countries = FeatureCollection<Geometry, { name: string }>;

/** Converts the world-atlas topology into GeoJSON countries whose ids are ISO 3166-1 numeric codes. */
export function countriesFrom(topology: unknown): Countries {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(topo, topo.objects.countries) as Countries;
}

let loading: Promise<Countries> | null = null;

/**
 * The atlas ships inside the bundle (no map tiles, nothing from another site); it is split into
 * its own chunk so pages without a map do not wait for it.
 */
export function loadCountries(): Promise<Countries> {
  loading ??= import('world-atlas/countries-50m.json').then((module) => countriesFrom(module.default));
  return loading;
}
