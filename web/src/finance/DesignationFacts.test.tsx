import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DesignationFacts } from './DesignationFacts';
import { financeI18nForTests } from './i18n/for-tests';
import type { Designation } from './types';

const designation: Designation = {
  source: 'ofac',
  id: '306',
  kind: 'entity',
  names: [{ text: 'BANCO NACIONAL DE CUBA', kind: 'primary', script: 'latin' }],
  nationalities: [],
  datesOfBirth: [],
  placesOfBirth: [],
  documents: [],
  programmes: ['CUBA'],
  addresses: [
    { street: 'Zweierstrasse 35', city: 'Zurich CH-8022', country: 'CH' },
    { country: 'SY', note: 'Coastal area, as of April 2016' },
  ],
};

describe('DesignationFacts', () => {
  it('lists the addresses the list gives, each part kept in its own direction, under an Arabic heading', async () => {
    await financeI18nForTests('ar');
    const html = renderToStaticMarkup(<DesignationFacts designation={designation} />);
    expect(html).toContain('<dt>العناوين</dt>');
    expect(html).toContain('<bdi dir="auto">Zweierstrasse 35, Zurich CH-8022, CH</bdi>');
    expect(html).toContain('<bdi dir="auto">SY</bdi> — <bdi dir="auto">Coastal area, as of April 2016</bdi>');
  });

  it('shows a dash when there are none', async () => {
    await financeI18nForTests('en');
    const html = renderToStaticMarkup(<DesignationFacts designation={{ ...designation, addresses: undefined }} />);
    expect(html).toMatch(/<dt>Addresses<\/dt><dd><span class="muted">—<\/span><\/dd>/);
  });
});
