import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../api/types';
import { FormProblem, fieldMessages } from '../forms/FormProblem';
import { TextField } from '../forms/TextField';
import { useSubmit } from '../signin/useSubmit';
import { DELEGATE_FIELDS, delegatePayload, delegateValues, type DelegateInput, type DelegateValues } from './delegatePayload';

/** Adds a delegate (no `delegate`) or edits one; `onSave` does the request. */
export function DelegateForm({ delegate, onSave, onCancel }: {
  delegate?: Delegate;
  onSave: (input: DelegateInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DelegateValues>(() => delegateValues(delegate));
  const { busy, error, run } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = fieldMessages(error, DELEGATE_FIELDS);
  const set = (field: keyof DelegateValues) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  // Opening the form moves the focus to it, so keyboard and screen-reader users land there.
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => onSave(delegatePayload(values, delegate)));
  };

  return (
    <form className="form inline-form" onSubmit={submit} aria-busy={busy}>
      <h3 ref={heading} tabIndex={-1}>
        {delegate ? t('manage.editDelegateTitle', { name: delegate.fullName }) : t('manage.addDelegateTitle')}
      </h3>
      <div className="field-grid">
        <TextField label={t('member.fullName')} value={values.fullName} onChange={set('fullName')} error={errors.fullName} required maxLength={200} />
        <TextField label={t('member.position')} value={values.position} onChange={set('position')} error={errors.position} required maxLength={200} />
        <TextField label={t('member.email')} type="email" dir="ltr" value={values.email} onChange={set('email')} error={errors.email} maxLength={320} autoComplete="off" />
        <TextField label={t('member.phone')} type="tel" dir="ltr" value={values.phone} onChange={set('phone')} error={errors.phone} hint={t('manage.phoneHint')} autoComplete="off" />
      </div>
      <FormProblem error={error} known={DELEGATE_FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('common.save')}</button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
