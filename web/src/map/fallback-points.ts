/**
 * Where to put a member's marker when the atlas has no shape for it (atlases differ in which
 * small states and territories they carry). Longitude, latitude of the capital.
 */
export const FALLBACK_POINTS: Record<string, [number, number]> = {
  BH: [50.58, 26.23],
  MV: [73.51, 4.18],
  KM: [43.26, -11.7],
  PS: [35.2, 31.9],
  BN: [114.94, 4.9],
  DJ: [43.15, 11.59],
  GM: [-16.58, 13.45],
  QA: [51.53, 25.29],
  LB: [35.5, 33.89],
  KW: [47.98, 29.37],
};
