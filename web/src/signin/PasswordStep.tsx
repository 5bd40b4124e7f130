import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';

export function PasswordStep({ busy, error, onSubmit }: {
  busy: boolean;
  error: unknown;
  onSubmit: (email: string, password: string) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(email.trim(), password);
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h1>{t('auth.title')}</h1>
      <p className="muted">{t('auth.intro')}</p>
      <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
      <input id={`${id}-email`} type="email" dir="ltr" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
      <input id={`${id}-password`} type="password" dir="ltr" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('auth.submit')}</button>
    </form>
  );
}
