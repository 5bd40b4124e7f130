import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AuditEntry, AuditPage as AuditPageData } from '../api/types';
import { isAdmin, useSession } from '../auth/session';
import { AuditTable } from '../components/AuditTable';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Link } from '../router/router';
import { paths } from '../router/routes';

const PAGE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-out') {
    return (
      <div className="page">
        <h1>{t('audit.title')}</h1>
        <p className="notice">{t('auth.requiredForPage')}</p>
        <Link className="button" href={paths.signIn(paths.audit())}>{t('nav.signIn')}</Link>
      </div>
    );
  }
  if (!isAdmin(session.user)) {
    return (
      <div className="page">
        <h1>{t('audit.title')}</h1>
        <p className="notice">{t('audit.forbidden')}</p>
      </div>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (before: number | null) => {
    setLoading(true);
    setError(null);
    try {
      const query = before === null ? `limit=${PAGE}` : `limit=${PAGE}&before=${before}`;
      const page = await api.get<AuditPageData>(`/api/audit?${query}`);
      setEntries((previous) => (before === null ? page.items : [...previous, ...page.items]));
      setNext(page.nextBefore);
      setDone(page.nextBefore === null);
    } catch (reason) {
      setError(reason);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <section className="card" aria-busy={loading}>
        {entries.length > 0 && <AuditTable entries={entries} />}
        {!loading && !error && entries.length === 0 && <p>{t('audit.empty')}</p>}
        {loading && <Loading />}
        {error !== null && <ErrorMessage error={error} onRetry={() => void load(entries.length ? next : null)} />}
        {!loading && !error && next !== null && (
          <button type="button" className="button" onClick={() => void load(next)}>
            {t('audit.loadMore')}
          </button>
        )}
        {done && entries.length > 0 && <p className="muted">{t('audit.end')}</p>}
      </section>
    </div>
  );
}
