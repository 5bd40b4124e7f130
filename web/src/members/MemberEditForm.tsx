import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { MemberDetail } from '../api/types';
import { FormProblem, fieldMessages } from '../forms/FormProblem';
import { TextField } from '../forms/TextField';
import { useSubmit } from '../signin/useSubmit';

const FIELDS = ['name', 'name.ar', 'name.en', 'name.fr', 'joinedOn'] as const;

/** The three official names and the joining date, for those the policy lets update a member. */
export function MemberEditForm({ detail, onSaved, onCancel }: {
  detail: MemberDetail;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState(detail.name);
  const [joinedOn, setJoinedOn] = useState(detail.joinedOn?.slice(0, 10) ?? '');
  const { busy, error, run } = useSubmit();
  const errors = fieldMessages(error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const name = { ar: names.ar.trim(), en: names.en.trim(), fr: names.fr.trim() };
      await api.patch(`/api/members/${encodeURIComponent(detail.code)}`, { name, joinedOn: joinedOn || null });
      await onSaved();
    });
  };

  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2>{t('manage.editMemberTitle')}</h2>
      <TextField label={t('member.nameAr')} lang="ar" dir="rtl" value={names.ar} onChange={(ar) => setNames((n) => ({ ...n, ar }))} error={errors['name.ar'] ?? errors.name} required maxLength={300} />
      <TextField label={t('member.nameEn')} lang="en" dir="ltr" value={names.en} onChange={(en) => setNames((n) => ({ ...n, en }))} error={errors['name.en']} required maxLength={300} />
      <TextField label={t('member.nameFr')} lang="fr" dir="ltr" value={names.fr} onChange={(fr) => setNames((n) => ({ ...n, fr }))} error={errors['name.fr']} required maxLength={300} />
      <TextField label={t('member.joinedOn')} type="date" value={joinedOn} onChange={setJoinedOn} error={errors.joinedOn} hint={t('manage.joinedOnHint')} />
      <FormProblem error={error} known={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('common.save')}</button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
