import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../api/errors';
import { i18nForTests } from '../i18n/for-tests';
import { FormProblem, fieldMessages } from './FormProblem';

const invalid = new ApiError(400, 'validation', 'Les données envoyées ne sont pas valides.', [
  { path: 'body.phone', message: 'Numéro invalide' },
  { path: 'body.other', message: 'Champ inconnu' },
]);

describe('FormProblem', () => {
  beforeEach(() => i18nForTests('fr'));

  it('shows the server’s message and only the field messages no field took', () => {
    const html = renderToStaticMarkup(<FormProblem error={invalid} known={['phone']} />);
    expect(html).toContain('Les données envoyées ne sont pas valides. Champ inconnu');
    expect(html).not.toContain('Numéro invalide');
    expect(fieldMessages(invalid, ['phone'])).toEqual({ phone: 'Numéro invalide' });
  });

  it('shows a forbidden answer’s own message, and our own text for a lost connection', () => {
    expect(renderToStaticMarkup(<FormProblem error={new ApiError(403, 'forbidden', 'Action non autorisée.')} />)).toContain('Action non autorisée.');
    expect(renderToStaticMarkup(<FormProblem error={new ApiError(NETWORK_ERROR, 'network', '')} />)).toContain('Le serveur est injoignable');
  });

  it('renders nothing without an error', () => {
    expect(renderToStaticMarkup(<FormProblem error={null} />)).toBe('');
  });
});
