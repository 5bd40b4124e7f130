import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { memberStates } from '../../../server/domains/members/seed-data';
import { countriesFrom } from './atlas';
import { memberModel, worldModel } from './geometry';

const require = createRequire(import.meta.url);
const countries = countriesFrom(JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')));
const members = memberStates.map((m) => ({ code: m.code, isoNumeric: m.isoNumeric, label: m.en }));

describe('world map model', () => {
  const model = worldModel(countries, members);

  it('draws every one of the 41 members, once each', () => {
    expect(members).toHaveLength(41);
    expect(new Set(model.members.map((m) => m.code)).size).toBe(41);
    expect(model.members).toHaveLength(41);
  });

  it('marks the states too small to see with a circle inside the frame', () => {
    const marked = new Set(model.members.filter((m) => m.marker).map((m) => m.code));
    for (const code of ['BH', 'MV', 'KM', 'PS']) expect(marked).toContain(code);
    for (const code of ['SA', 'EG', 'PK', 'NG']) expect(marked).not.toContain(code);
    for (const member of model.members.filter((m) => m.marker)) {
      const [x, y] = member.marker!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(model.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(model.height);
    }
  });

  it('puts Senegal west of Malaysia and Türkiye north of Gabon (no mirroring, right way up)', () => {
    const markerOrCentre = (code: string) => {
      const shape = model.members.find((m) => m.code === code)!;
      const numbers = shape.d!.match(/-?\d+(\.\d+)?/g)!.map(Number);
      return [numbers[0], numbers[1]];
    };
    expect(markerOrCentre('SN')[0]).toBeLessThan(markerOrCentre('MY')[0]);
    expect(markerOrCentre('TR')[1]).toBeLessThan(markerOrCentre('GA')[1]);
  });

  it('keeps non-members as background and leaves out what is far outside the frame', () => {
    const ids = new Set(model.background.map((c) => c.id));
    expect(ids.has('364')).toBe(true); // Iran, between members
    expect(ids.has('682')).toBe(false); // Saudi Arabia is a member, drawn on top
    expect(ids.has('032')).toBe(false); // Argentina
  });

  it('places a member missing from the atlas at its fixed point, and drops one with neither', () => {
    const sparse = { ...countries, features: countries.features.filter((f) => f.id !== '048') };
    const result = worldModel(sparse, [
      { code: 'BH', isoNumeric: '048', label: 'Bahrain' },
      { code: 'SA', isoNumeric: '682', label: 'Saudi Arabia' },
      { code: 'ZZ', isoNumeric: '999', label: 'Nowhere' },
    ]);
    const bahrain = result.members.find((m) => m.code === 'BH');
    expect(bahrain?.d).toBeNull();
    expect(bahrain?.marker).not.toBeNull();
    expect(result.members.map((m) => m.code)).toEqual(['BH', 'SA']);
  });
});

describe('member map model', () => {
  it('frames a small state with its surroundings and marks it', () => {
    const model = memberModel(countries, { code: 'BH', isoNumeric: '048', label: 'Bahrain' });
    expect(model.members).toHaveLength(1);
    expect(model.members[0].d).toBeTruthy();
    expect(model.background.some((c) => c.id === '682')).toBe(true); // Saudi Arabia next door
  });

  it('frames a large state without a marker', () => {
    const model = memberModel(countries, { code: 'SA', isoNumeric: '682', label: 'Saudi Arabia' });
    expect(model.members[0].marker).toBeNull();
  });
});
