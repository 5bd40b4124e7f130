import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeField } from './CodeField';
import { FormError } from './FormError';

export function TotpStep({ busy, error, onSubmit }: { busy: boolean; error: unknown; onSubmit: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(code);
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h1>{t('auth.totpTitle')}</h1>
      <p className="muted">{t('auth.totpHelp')}</p>
      <CodeField value={code} onChange={setCode} />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy || code.length !== 6}>{busy ? t('auth.working') : t('auth.verify')}</button>
    </form>
  );
}
