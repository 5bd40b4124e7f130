import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDateTime, formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { canImportLists } from './access';
import { SourceBadge } from './Badges';
import { ImportForm } from './ImportForm';
import { financePaths } from './routes';
import type { ListVersion } from './types';

export function ListsPage({ user }: { user: User }) {
  const { t: tf } = useTranslation('finance');
  const versions = useApi<{ items: ListVersion[] }>('/api/screening/lists');
  return (
    <>
      <h1>{tf('lists.title')}</h1>
      <p className="lead">{tf('lists.intro')}</p>
      <AsyncSection data={versions} onRetry={versions.reload} className="card" label={tf('lists.versions')}>
        {(data) => <VersionTable versions={data.items} />}
      </AsyncSection>
      {canImportLists(user) && <ImportForm onImported={versions.reload} />}
    </>
  );
}

function VersionTable({ versions }: { versions: ListVersion[] }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  if (versions.length === 0) return <p>{tf('lists.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table versions-table">
        <thead>
          <tr>
            <th scope="col">{tf('lists.version')}</th>
            <th scope="col">{tf('lists.source')}</th>
            <th scope="col">{tf('lists.fileName')}</th>
            <th scope="col">{tf('lists.entries')}</th>
            <th scope="col">{tf('lists.names')}</th>
            <th scope="col">{tf('lists.importedBy')}</th>
            <th scope="col">{tf('lists.importedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id} data-version={version.id}>
              <td><Link href={financePaths.listVersion(version.id)}>{tf('lists.versionNumber', { id: version.id })}</Link></td>
              <td><SourceBadge source={version.source} /></td>
              <td><bdi dir="ltr" className="code" title={version.fileSha256}>{version.fileName}</bdi></td>
              <td>{formatNumber(version.entryCount, language)}</td>
              <td>{formatNumber(version.nameCount, language)}</td>
              <td><bdi dir="ltr">{version.importedBy}</bdi></td>
              <td><time dateTime={version.importedAt}>{formatDateTime(version.importedAt, language)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
