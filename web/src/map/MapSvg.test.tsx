import fs from 'node:fs';
import { createRequire } from 'node:module';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { memberStates } from '../../../server/domains/members/seed-data';
import { countriesFrom } from './atlas';
import { worldModel } from './geometry';
import { MapSvg } from './MapSvg';

const require = createRequire(import.meta.url);
const countries = countriesFrom(JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')));

describe('MapSvg', () => {
  const model = worldModel(countries, memberStates.map((m) => ({ code: m.code, isoNumeric: m.isoNumeric, label: m.ar })));
  const html = renderToStaticMarkup(<MapSvg model={model} title="map" />);

  it('gives each member state one element with data-member and a link to its page', () => {
    const codes = [...html.matchAll(/data-member="([A-Z]{2})"/g)].map((m) => m[1]);
    expect(codes).toHaveLength(41);
    expect(new Set(codes).size).toBe(41);
    expect(html).toContain('href="/members/SA"');
  });

  it('names each state for hovering, in the label given', () => {
    expect(html).toContain('<title>البحرين</title>');
  });

  it('draws circles for the small states', () => {
    expect((html.match(/<circle/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});
