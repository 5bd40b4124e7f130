import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { User } from '../api/types';
import { FormProblem, fieldMessages } from '../forms/FormProblem';
import { TextField } from '../forms/TextField';
import { useSubmit } from '../signin/useSubmit';
import { ClearanceSelect } from './ClearanceSelect';
import { grantableClearances, grantableRoles } from './grants';
import { RoleChoices } from './RoleChoices';
import { userChanges, type UserEdit, type UserPatch } from './userChanges';

const FIELDS = ['displayName', 'roles', 'clearance', 'disabled', 'unlock'] as const;

export function UserEditForm({ admin, user, onSaved, onCancel }: {
  admin: User;
  user: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [edit, setEdit] = useState<UserEdit>({ displayName: user.displayName, roles: user.roles, clearance: user.clearance, disabled: user.disabled });
  const { busy, error, setError, run } = useSubmit();
  const errors = fieldMessages(error, FIELDS);

  useEffect(() => heading.current?.focus(), []);

  const send = (patch: UserPatch) => void run(async () => {
    onSaved(await api.patch<User>(`/api/users/${encodeURIComponent(user.id)}`, patch));
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (edit.roles.length === 0) {
      setError(t('users.rolesRequired'));
      return;
    }
    const patch = userChanges(user, edit);
    if (Object.keys(patch).length === 0) onCancel();
    else send(patch);
  };

  return (
    <form className="form inline-form" onSubmit={submit} aria-busy={busy}>
      <h3 ref={heading} tabIndex={-1}>{t('users.editTitle', { email: user.email })}</h3>
      <div className="field-grid">
        <TextField label={t('users.displayName')} value={edit.displayName} onChange={(displayName) => setEdit((e) => ({ ...e, displayName }))} error={errors.displayName} required maxLength={200} />
        <ClearanceSelect offered={grantableClearances(admin)} value={edit.clearance} onChange={(clearance) => setEdit((e) => ({ ...e, clearance }))} error={errors.clearance} />
      </div>
      <RoleChoices offered={grantableRoles(admin)} value={edit.roles} onChange={(roles) => setEdit((e) => ({ ...e, roles }))} error={errors.roles} />
      <label className="check" htmlFor={`${id}-disabled`}>
        <input id={`${id}-disabled`} type="checkbox" checked={edit.disabled} onChange={(event) => setEdit((e) => ({ ...e, disabled: event.target.checked }))} />
        {t('users.disableAccount')}
      </label>
      {user.locked && (
        <p className="notice">
          {t('users.lockedNotice')}{' '}
          <button type="button" className="button secondary small" disabled={busy} onClick={() => send({ unlock: true })}>{t('users.unlock')}</button>
        </p>
      )}
      <FormProblem error={error} known={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('common.save')}</button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
