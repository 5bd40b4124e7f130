import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18nForTests } from '../i18n/for-tests';
import { DelegatesTable } from './DelegatesTable';

const delegates = [
  { id: '1', state: 'SA', fullName: 'Faisal Al-Example', position: 'Liaison officer', email: 'f@example.sa', phone: '+966 11 000 0000', withheld: [], actions: [] },
  { id: '2', state: 'SA', fullName: 'Noura Al-Example', position: 'Delegate', withheld: ['email', 'phone'], actions: [] },
];

describe('DelegatesTable', () => {
  beforeEach(() => i18nForTests('fr'));

  it('says "withheld" in the reader’s language where a field is withheld, never a blank cell', () => {
    const html = renderToStaticMarkup(<DelegatesTable delegates={delegates} />);
    expect(html.match(/Non communiqué/g)).toHaveLength(2);
    expect(html).toContain('f@example.sa');
    expect(html).not.toMatch(/<td><\/td>/);
  });

  it('uses Arabic when the interface is Arabic', async () => {
    await i18nForTests('ar');
    const html = renderToStaticMarkup(<DelegatesTable delegates={delegates} />);
    expect(html.match(/محجوب/g)).toHaveLength(2);
    expect(html).toContain('المنصب');
  });

  it('says so when there is no delegate', () => {
    expect(renderToStaticMarkup(<DelegatesTable delegates={[]} />)).toContain('Aucun délégué');
  });
});

describe('DelegatesTable actions column', () => {
  beforeEach(() => i18nForTests('en'));

  it('adds a column only when the page gives actions', () => {
    const plain = renderToStaticMarkup(<DelegatesTable delegates={delegates} />);
    expect(plain).not.toContain('Actions');
    const managed = renderToStaticMarkup(<DelegatesTable delegates={delegates} actions={(d) => <button type="button">{`edit ${d.id}`}</button>} />);
    expect(managed).toContain('<th scope="col">Actions</th>');
    expect(managed.match(/<button/g)).toHaveLength(2);
    expect(managed).toContain('edit 2');
  });
});
