import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { TokenCreated } from '../api/types';
import { FormProblem, fieldMessages } from '../forms/FormProblem';
import { TextField } from '../forms/TextField';
import { useSubmit } from '../signin/useSubmit';

const FIELDS = ['name', 'expiresDays'] as const;

export function TokenCreateForm({ onCreated }: { onCreated: (created: TokenCreated) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const { busy, error, run } = useSubmit();
  const errors = fieldMessages(error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const expiresDays = days.trim() === '' ? null : Number(days);
      const created = await api.post<TokenCreated>('/api/tokens', { name: name.trim(), expiresDays });
      setName('');
      onCreated(created);
    });
  };

  return (
    <form className="form inline-form" onSubmit={submit} aria-busy={busy}>
      <h3>{t('tokens.create')}</h3>
      <div className="field-grid">
        <TextField label={t('tokens.name')} value={name} onChange={setName} error={errors.name} hint={t('tokens.nameHint')} required maxLength={100} autoComplete="off" />
        <TextField
          label={t('tokens.expiresDays')}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          step={1}
          value={days}
          onChange={setDays}
          error={errors.expiresDays}
          hint={t('tokens.expiresHint')}
        />
      </div>
      <FormProblem error={error} known={FIELDS} />
      <button type="submit" className="button" disabled={busy}>{busy ? t('auth.working') : t('tokens.createButton')}</button>
    </form>
  );
}
