import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDateTime } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { ClassificationBadge, RelToBadge, TlpBadge } from './Badges';
import { documentKindLabel } from './labels';
import { financePaths } from './routes';
import type { DocumentList, DocumentSummary } from './types';
import { useMemberNames } from './useMemberNames';

export function LibraryPage() {
  const { t: tf } = useTranslation('finance');
  const documents = useApi<DocumentList>('/api/ctf/documents');
  return (
    <>
      <div className="title-row">
        <h1>{tf('library.title')}</h1>
        <Link className="button" href={financePaths.newDocument()}>{tf('library.new')}</Link>
      </div>
      <p className="lead">{tf('library.intro')}</p>
      <AsyncSection data={documents} onRetry={documents.reload} label={tf('library.title')}>
        {(data) => <DocumentCards documents={data.items} />}
      </AsyncSection>
    </>
  );
}

function DocumentCards({ documents }: { documents: DocumentSummary[] }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const members = useMemberNames(language);
  if (documents.length === 0) return <p className="card">{tf('library.empty')}</p>;
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="card document-card" data-document={doc.id}>
          <p className="markings">
            <ClassificationBadge classification={doc.classification} />
            <TlpBadge tlp={doc.tlp} />
            <RelToBadge relTo={doc.relTo} names={members.name} />
          </p>
          <h2><Link href={financePaths.document(doc.id)} lang={doc.language} dir="auto">{doc.title}</Link></h2>
          <p className="muted">
            {documentKindLabel(doc.kind, tf)} · {members.name(doc.originator)} · <time dateTime={doc.createdAt}>{formatDateTime(doc.createdAt, language)}</time>
          </p>
          {doc.summary && <p lang={doc.language} dir="auto">{doc.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
