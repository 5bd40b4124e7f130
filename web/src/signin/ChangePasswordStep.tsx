import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';

const MIN_LENGTH = 12;

export function ChangePasswordStep({ knownPassword, busy, error, onSubmit }: {
  /** The password just typed at sign-in; when known it is not asked again. */
  knownPassword: string | null;
  busy: boolean;
  error: unknown;
  onSubmit: (currentPassword: string, newPassword: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit(knownPassword ?? current, next);
  };

  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h1>{t('auth.changeTitle')}</h1>
      <p className="muted">{t('auth.changeHelp')}</p>
      {knownPassword === null && (
        <>
          <label htmlFor={`${id}-current`}>{t('auth.currentPassword')}</label>
          <input id={`${id}-current`} type="password" dir="ltr" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </>
      )}
      <label htmlFor={`${id}-new`}>{t('auth.newPassword')}</label>
      <input id={`${id}-new`} type="password" dir="ltr" autoComplete="new-password" required minLength={MIN_LENGTH} aria-describedby={`${id}-hint`} value={next} onChange={(e) => setNext(e.target.value)} />
      <p id={`${id}-hint`} className="hint">{t('auth.passwordHint')}</p>
      <label htmlFor={`${id}-repeat`}>{t('auth.confirmPassword')}</label>
      <input id={`${id}-repeat`} type="password" dir="ltr" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      <FormError error={mismatch ? t('auth.mismatch') : error} />
      <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('auth.save')}</button>
    </form>
  );
}
