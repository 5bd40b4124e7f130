import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeField } from './CodeField';
import { FormError } from './FormError';

export function EnrolStep({ setup, busy, error, onSubmit }: {
  setup: { secret: string; uri: string };
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
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h1>{t('auth.enrolTitle')}</h1>
      <p className="muted">{t('auth.enrolHelp')}</p>
      <dl className="facts enrol-facts">
        <dt>{t('auth.secret')}</dt>
        <dd><code dir="ltr" className="secret" data-testid="totp-secret">{setup.secret}</code></dd>
        <dt>{t('auth.uri')}</dt>
        <dd><code dir="ltr" className="uri">{setup.uri}</code></dd>
      </dl>
      <CodeField value={code} onChange={setCode} />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy || code.length !== 6}>{busy ? t('auth.working') : t('auth.verify')}</button>
    </form>
  );
}
