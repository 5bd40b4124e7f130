import { geoCentroid, geoCircle, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Point } from 'geojson';
import type { Countries } from './atlas';
import { FALLBACK_POINTS } from './fallback-points';

export interface MapMember {
  code: string;
  isoNumeric: string;
  label: string;
}

export interface MemberShape {
  code: string;
  label: string;
  /** The state's outline, when the atlas has one. */
  d: string | null;
  /** A circle centre for states too small to see (or absent from the atlas). */
  marker: [number, number] | null;
}

export interface MapModel {
  width: number;
  height: number;
  background: Array<{ id: string; d: string }>;
  members: MemberShape[];
}

/** Below this projected area (px²) a state gets a marker as well as its outline. */
const SMALL_AREA = 40;

type AnyFeature = Feature<Geometry, GeoJsonProperties>;

function point(coordinates: [number, number]): Feature<Point> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } };
}

function collection(features: AnyFeature[]): FeatureCollection<Geometry, GeoJsonProperties> {
  return { type: 'FeatureCollection', features };
}

function byId(countries: Countries): Map<string, AnyFeature> {
  const index = new Map<string, AnyFeature>();
  for (const country of countries.features) if (country.id !== undefined) index.set(String(country.id), country);
  return index;
}

/** Draws what is at least partly inside the frame; the rest of the world would be wasted markup. */
function visible(bounds: [[number, number], [number, number]], width: number, height: number): boolean {
  const [[x0, y0], [x1, y1]] = bounds;
  return Number.isFinite(x0) && x1 >= 0 && y1 >= 0 && x0 <= width && y0 <= height;
}

function build(
  countries: Countries,
  members: MapMember[],
  projection: GeoProjection,
  width: number,
  height: number,
  focus: AnyFeature[],
): MapModel {
  projection.fitExtent([[12, 12], [width - 12, height - 12]], collection(focus));
  const path = geoPath(projection);
  const index = byId(countries);
  const memberIds = new Set(members.map((member) => member.isoNumeric));

  const background: MapModel['background'] = [];
  for (const country of countries.features) {
    const id = String(country.id ?? '');
    if (memberIds.has(id) || !visible(path.bounds(country), width, height)) continue;
    const d = path(country);
    if (d) background.push({ id, d });
  }

  const shapes: MemberShape[] = members.map((member) => {
    const shape = index.get(member.isoNumeric);
    const d = shape ? path(shape) : null;
    let marker: [number, number] | null = null;
    if (!shape || !d || path.area(shape) < SMALL_AREA) {
      const where = shape ? geoCentroid(shape) : FALLBACK_POINTS[member.code];
      const projected = where ? projection(where) : null;
      if (projected) marker = [projected[0], projected[1]];
    }
    return { code: member.code, label: member.label, d, marker };
  });

  return { width, height, background, members: shapes.filter((shape) => shape.d || shape.marker) };
}

/** The region where the members are, centred near the Arabian Peninsula to keep shapes true. */
export function worldModel(countries: Countries, members: MapMember[], width = 960, height = 480): MapModel {
  const index = byId(countries);
  const focus: AnyFeature[] = members.map((member) => {
    const shape = index.get(member.isoNumeric);
    const fallback = FALLBACK_POINTS[member.code];
    return shape ?? point(fallback ?? [45, 20]);
  });
  return build(countries, members, geoEqualEarth().rotate([-50, 0]), width, height, focus);
}

/** One state with its neighbourhood, for the member page. */
export function memberModel(countries: Countries, member: MapMember, width = 480, height = 320): MapModel {
  const shape = byId(countries).get(member.isoNumeric);
  const centre = shape ? geoCentroid(shape) : FALLBACK_POINTS[member.code] ?? [45, 20];
  // A circle of a few degrees around the state keeps small states in their surroundings.
  const surroundings = { type: 'Feature', properties: {}, geometry: geoCircle().center(centre).radius(5)() } as AnyFeature;
  const focus = shape ? [shape, surroundings] : [surroundings];
  return build(countries, [member], geoEqualEarth().rotate([-centre[0], 0]), width, height, focus);
}
