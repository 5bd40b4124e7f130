import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { User } from '../api/types';
import { useSession } from '../auth/session';
import { FormProblem, fieldMessages } from '../forms/FormProblem';
import { TextField } from '../forms/TextField';
import { changeLanguage } from '../i18n/change';
import { LANGUAGES, isLanguage, type Language } from '../i18n/languages';
import { currentLanguage } from '../i18n/setup';
import { useSubmit } from '../signin/useSubmit';
import { LanguageOptions } from './LanguageOptions';

const FIELDS = ['displayName', 'language'] as const;

export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const id = useId();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [language, setLanguage] = useState<Language>(user.language);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const errors = fieldMessages(error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      await api.patch('/api/me', { displayName: displayName.trim(), language });
      // The account's language is also the interface's from now on, on this device too.
      if (language !== currentLanguage()) await changeLanguage(language, { persist: true, signedIn: false });
      await refresh();
      setSaved(true);
    });
  };

  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2>{t('account.profile')}</h2>
      <dl className="facts">
        <dt>{t('auth.email')}</dt>
        <dd><bdi dir="ltr">{user.email}</bdi></dd>
      </dl>
      <TextField label={t('account.displayName')} value={displayName} onChange={setDisplayName} error={errors.displayName} required maxLength={200} autoComplete="name" />
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('account.language')}</label>
        <select id={`${id}-language`} value={language} onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}>
          <LanguageOptions languages={LANGUAGES} />
        </select>
        <p className="hint">{t('account.languageHint')}</p>
        {errors.language && <p className="field-error">{errors.language}</p>}
      </div>
      <FormProblem error={error} known={FIELDS} />
      <p className="status-line" role="status">{saved ? t('account.saved') : null}</p>
      <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('common.save')}</button>
    </form>
  );
}
