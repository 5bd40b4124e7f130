import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, request } from '../api/client';
import type { Delegate, MemberDetail } from '../api/types';
import { DelegatesTable } from '../components/DelegatesTable';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../signin/useSubmit';
import { DelegateForm } from './DelegateForm';
import type { DelegateInput } from './delegatePayload';

type Editing = { mode: 'add' } | { mode: 'edit'; delegate: Delegate } | null;

/** The delegates of a member, with the buttons the access policy allows the reader. */
export function DelegatesSection({ detail, onChanged }: { detail: MemberDetail; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const removal = useSubmit();
  const canAdd = detail.actions.includes('addDelegate');
  const anyActions = detail.delegates.some((delegate) => delegate.actions.length > 0);

  const save = async (input: DelegateInput) => {
    if (editing?.mode === 'edit') {
      await api.patch(`/api/delegates/${encodeURIComponent(editing.delegate.id)}`, input);
      setDone(t('manage.delegateSaved'));
    } else {
      await api.post(`/api/members/${encodeURIComponent(detail.code)}/delegates`, input);
      setDone(t('manage.delegateAdded'));
    }
    setEditing(null);
    await onChanged();
  };

  const remove = (delegate: Delegate) => void removal.run(async () => {
    await request('DELETE', `/api/delegates/${encodeURIComponent(delegate.id)}`);
    setDone(t('manage.delegateDeleted'));
    if (editing?.mode === 'edit' && editing.delegate.id === delegate.id) setEditing(null);
    await onChanged();
  });

  const rowActions = (delegate: Delegate) => (
    <span className="action-buttons">
      {delegate.actions.includes('update') && (
        <button
          type="button"
          className="button secondary small"
          aria-label={t('manage.editDelegateTitle', { name: delegate.fullName })}
          onClick={() => { setDone(null); setEditing({ mode: 'edit', delegate }); }}
        >
          {t('common.edit')}
        </button>
      )}
      {delegate.actions.includes('delete') && (
        <ConfirmButton
          label={t('common.delete')}
          question={t('manage.deleteDelegateQuestion', { name: delegate.fullName })}
          confirmLabel={t('manage.deleteDelegateConfirm')}
          busy={removal.busy}
          onConfirm={() => remove(delegate)}
        />
      )}
    </span>
  );

  return (
    <section className="card">
      <div className="section-head">
        <h2>{t('member.delegates')}</h2>
        {canAdd && editing?.mode !== 'add' && (
          <button type="button" className="button" onClick={() => { setDone(null); setEditing({ mode: 'add' }); }}>
            {t('manage.addDelegate')}
          </button>
        )}
      </div>
      <p className="status-line" role="status">{done}</p>
      <DelegatesTable delegates={detail.delegates} actions={anyActions ? rowActions : undefined} />
      <FormProblem error={removal.error} />
      {editing && (
        <DelegateForm
          key={editing.mode === 'edit' ? editing.delegate.id : 'new'}
          delegate={editing.mode === 'edit' ? editing.delegate : undefined}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
