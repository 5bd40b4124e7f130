import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageOptions } from '../account/LanguageOptions';
import { api } from '../api/client';
import type { Clearance, Role, User, UserCreated } from '../api/types';
import { FormProblem, fieldMessages } from '../forms/FormProblem';
import { TextField } from '../forms/TextField';
import { LANGUAGES, isLanguage, type Language } from '../i18n/languages';
import { currentLanguage } from '../i18n/setup';
import { useSubmit } from '../signin/useSubmit';
import { ClearanceSelect } from './ClearanceSelect';
import { fixedState, grantableClearances, grantableRoles } from './grants';
import { RoleChoices } from './RoleChoices';
import { stateLabel, type StateOption } from './stateOptions';

const FIELDS = ['email', 'displayName', 'state', 'roles', 'clearance', 'language'] as const;

export function UserCreateForm({ admin, states, onCreated }: {
  admin: User;
  states: readonly StateOption[];
  onCreated: (created: UserCreated) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fixed = fixedState(admin);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [state, setState] = useState(fixed ?? '');
  const [roles, setRoles] = useState<Role[]>([]);
  const [clearance, setClearance] = useState<Clearance>('UNCLASSIFIED');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const { busy, error, setError, run } = useSubmit();
  const errors = fieldMessages(error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) {
      setError(t('users.rolesRequired'));
      return;
    }
    void run(async () => {
      const created = await api.post<UserCreated>('/api/users', {
        email: email.trim(), displayName: displayName.trim(), state: fixed ?? state, roles, clearance, language,
      });
      setEmail('');
      setDisplayName('');
      setRoles([]);
      onCreated(created);
    });
  };

  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2>{t('users.create')}</h2>
      <div className="field-grid">
        <TextField label={t('auth.email')} type="email" dir="ltr" value={email} onChange={setEmail} error={errors.email} required maxLength={320} autoComplete="off" />
        <TextField label={t('users.displayName')} value={displayName} onChange={setDisplayName} error={errors.displayName} required maxLength={200} autoComplete="off" />
        <div className="field">
          <label htmlFor={`${id}-state`}>{t('users.state')}</label>
          {fixed ? (
            <output id={`${id}-state`} className="fixed-value">{stateLabel(states, fixed)}</output>
          ) : (
            <select id={`${id}-state`} required value={state} onChange={(event) => setState(event.target.value)}>
              <option value="" disabled>{t('users.chooseState')}</option>
              {states.map((option) => <option key={option.code} value={option.code}>{option.label}</option>)}
            </select>
          )}
          {errors.state && <p className="field-error">{errors.state}</p>}
        </div>
        <ClearanceSelect offered={grantableClearances(admin)} value={clearance} onChange={setClearance} error={errors.clearance} />
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('users.language')}</label>
          <select id={`${id}-language`} value={language} onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}>
            <LanguageOptions languages={LANGUAGES} />
          </select>
        </div>
      </div>
      <RoleChoices offered={grantableRoles(admin)} value={roles} onChange={setRoles} error={errors.roles} />
      <FormProblem error={error} known={FIELDS} />
      <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('users.createButton')}</button>
    </form>
  );
}
