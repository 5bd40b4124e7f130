import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import type { Items, TokenCreated, TokenInfo } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormProblem } from '../forms/FormProblem';
import { ShownOnce } from '../forms/ShownOnce';
import { formatDateTime } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { useSubmit } from '../signin/useSubmit';
import { TokenCreateForm } from './TokenCreateForm';

export function TokensSection() {
  const { t } = useTranslation();
  const tokens = useApi<Items<TokenInfo>>('/api/tokens');
  const [created, setCreated] = useState<TokenCreated | null>(null);
  const revoke = useSubmit();

  const revokeToken = (token: TokenInfo) => void revoke.run(async () => {
    await request('DELETE', `/api/tokens/${encodeURIComponent(token.id)}`);
    tokens.reload();
  });

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p className="lead">{t('tokens.intro')}</p>
      {created ? (
        <ShownOnce
          title={t('tokens.createdTitle', { name: created.info.name })}
          value={created.token}
          warning={t('tokens.shownOnce')}
          onDone={() => setCreated(null)}
        />
      ) : (
        <TokenCreateForm onCreated={(value) => { setCreated(value); tokens.reload(); }} />
      )}
      <FormProblem error={revoke.error} />
      <AsyncSection data={tokens} onRetry={tokens.reload} label={t('tokens.title')}>
        {(list) => <TokenTable tokens={list.items} busy={revoke.busy} onRevoke={revokeToken} />}
      </AsyncSection>
    </section>
  );
}

function TokenTable({ tokens, busy, onRevoke }: { tokens: TokenInfo[]; busy: boolean; onRevoke: (token: TokenInfo) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const when = (iso: string | null, none: string) => (iso ? <time dateTime={iso}>{formatDateTime(iso, language)}</time> : none);
  if (tokens.length === 0) return <p>{t('tokens.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.prefix')}</th>
            <th scope="col">{t('tokens.createdAt')}</th>
            <th scope="col">{t('tokens.expiresAt')}</th>
            <th scope="col">{t('tokens.lastUsedAt')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-token={token.prefix}>
              <td>{token.name}</td>
              <td><code dir="ltr">{token.prefix}…</code></td>
              <td>{when(token.createdAt, '—')}</td>
              <td>{when(token.expiresAt, t('tokens.never'))}</td>
              <td>{when(token.lastUsedAt, t('tokens.neverUsed'))}</td>
              <td className="row-actions">
                {token.revokedAt ? (
                  <span className="tag">{t('tokens.revoked')}</span>
                ) : (
                  <ConfirmButton
                    label={t('tokens.revoke')}
                    question={t('tokens.revokeQuestion', { name: token.name })}
                    confirmLabel={t('tokens.revokeConfirm')}
                    busy={busy}
                    onConfirm={() => onRevoke(token)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
