import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import type { User } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDateTime } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link, navigate } from '../router/router';
import { FormError } from '../signin/FormError';
import { ClassificationBadge, RelToBadge, TlpBadge } from './Badges';
import { classificationLabel, documentKindLabel, languageName } from './labels';
import { financePaths } from './routes';
import type { DocumentView } from './types';
import { useMemberNames } from './useMemberNames';

export function DocumentPage({ id, user }: { id: string; user: User }) {
  const { t: tf } = useTranslation('finance');
  const doc = useApi<DocumentView>(`/api/ctf/documents/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb"><Link href={financePaths.library()}>{tf('library.back')}</Link></p>
      <AsyncSection data={doc} onRetry={doc.reload}>
        {(data) => <DocumentBody doc={data} user={user} />}
      </AsyncSection>
    </>
  );
}

function DocumentBody({ doc, user }: { doc: DocumentView; user: User }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const members = useMemberNames(language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async () => {
    if (!window.confirm(tf('library.confirmDelete'))) return;
    setBusy(true);
    setError(null);
    try {
      await request('DELETE', `/api/ctf/documents/${encodeURIComponent(doc.id)}`);
      navigate(financePaths.library());
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };

  return (
    <article className="document" data-classification={doc.classification}>
      <p className="marking-banner" data-classification={doc.classification}>
        {classificationLabel(doc.classification, tf)} · <span dir="ltr" lang="en">TLP:{doc.tlp}</span>
      </p>
      <h1 lang={doc.language} dir="auto">{doc.title}</h1>
      <p className="markings">
        <ClassificationBadge classification={doc.classification} />
        <TlpBadge tlp={doc.tlp} />
        <RelToBadge relTo={doc.relTo} names={members.name} />
      </p>
      <dl className="facts card">
        <dt>{tf('library.kind')}</dt>
        <dd>{documentKindLabel(doc.kind, tf)}</dd>
        <dt>{tf('library.originator')}</dt>
        <dd>{members.name(doc.originator)}</dd>
        <dt>{tf('library.language')}</dt>
        <dd>{languageName(doc.language, tf)}</dd>
        <dt>{tf('library.createdAt')}</dt>
        <dd><time dateTime={doc.createdAt}>{formatDateTime(doc.createdAt, language)}</time></dd>
      </dl>
      {doc.summary && (
        <section className="card">
          <h2>{tf('library.summary')}</h2>
          <p lang={doc.language} dir="auto">{doc.summary}</p>
        </section>
      )}
      <section className="card">
        <h2>{tf('library.body')}</h2>
        <div className="document-body" lang={doc.language} dir="auto">{doc.body || <span className="muted">—</span>}</div>
      </section>
      {doc.originator === user.state && (
        <>
          <FormError error={error} />
          <button type="button" className="button secondary danger" disabled={busy} onClick={() => void remove()}>
            {tf('library.delete')}
          </button>
        </>
      )}
    </article>
  );
}
