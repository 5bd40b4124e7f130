import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeField } from './CodeField';
import { FormError } from './FormError';

/**
 * The second-factor step: a six-digit code. With `setup` it is the enrolment of a new
 * authenticator, and shows the secret and otpauth URI to add to the app first.
 */
export function CodeStep({ setup, busy, error, onSubmit }: {
  setup?: { secret: string; uri: string };
  busy: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(code);
  };
  const title = setup ? t('auth.enrolTitle') : t('auth.totpTitle');
  const help = setup ? t('auth.enrolHelp') : t('auth.totpHelp');
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h1>{title}</h1>
      <p className="muted">{help}</p>
      {setup && (
        <dl className="facts enrol-facts">
          <dt>{t('auth.secret')}</dt>
          <dd><code dir="ltr" className="secret" data-testid="totp-secret">{setup.secret}</code></dd>
          <dt>{t('auth.uri')}</dt>
          <dd><code dir="ltr" className="uri">{setup.uri}</code></dd>
        </dl>
      )}
      <CodeField value={code} onChange={setCode} />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy || code.length !== 6}>{busy ? t('auth.working') : t('auth.verify')}</button>
    </form>
  );
}
