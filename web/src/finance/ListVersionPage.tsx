import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDateTime, formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { SourceBadge } from './Badges';
import { fieldLabel } from './labels';
import { Name } from './Name';
import { financePaths } from './routes';
import type { ListDiff } from './types';

/** Long diffs (a first import lists every entry as added) are cut at this many rows per section. */
const SHOWN = 500;

export function ListVersionPage({ id }: { id: number }) {
  const { t: tf } = useTranslation('finance');
  const diff = useApi<ListDiff>(`/api/screening/lists/${id}/diff`);
  return (
    <>
      <p className="breadcrumb"><Link href={financePaths.lists()}>{tf('lists.back')}</Link></p>
      <AsyncSection data={diff} onRetry={diff.reload}>
        {(data) => <Diff diff={data} />}
      </AsyncSection>
    </>
  );
}

function Diff({ diff }: { diff: ListDiff }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const number = (n: number) => formatNumber(n, language);
  return (
    <>
      <h1>{tf('lists.versionNumber', { id: diff.to.id })} <SourceBadge source={diff.to.source} /></h1>
      <p className="lead">
        {diff.from
          ? tf('lists.comparedWith', { id: diff.from.id, date: formatDateTime(diff.from.importedAt, language) })
          : tf('lists.firstVersion')}
      </p>
      <dl className="totals">
        <div><dt>{tf('lists.added')}</dt><dd data-total="added">{number(diff.added.length)}</dd></div>
        <div><dt>{tf('lists.removed')}</dt><dd data-total="removed">{number(diff.removed.length)}</dd></div>
        <div><dt>{tf('lists.changed')}</dt><dd data-total="changed">{number(diff.changed.length)}</dd></div>
      </dl>
      <DiffSection title={tf('lists.added')} kind="added" items={diff.added} />
      <DiffSection title={tf('lists.removed')} kind="removed" items={diff.removed} />
      <section className="card diff-section" data-diff="changed">
        <h2>{tf('lists.changed')}</h2>
        {diff.changed.length === 0 ? <p className="muted">{tf('lists.nothing')}</p> : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{tf('lists.reference')}</th>
                  <th scope="col">{tf('lists.name')}</th>
                  <th scope="col">{tf('lists.changedFields')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.changed.slice(0, SHOWN).map((item) => (
                  <tr key={item.id}>
                    <td><bdi dir="ltr" className="code">{item.id}</bdi></td>
                    <td><Name text={item.name} /></td>
                    <td>
                      <ul className="inline-list">
                        {item.fields.map((field) => <li key={field} className="badge" data-field={field}>{fieldLabel(field, tf)}</li>)}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <More total={diff.changed.length} />
      </section>
    </>
  );
}

function DiffSection({ title, kind, items }: { title: string; kind: string; items: Array<{ id: string; name: string }> }) {
  const { t: tf } = useTranslation('finance');
  return (
    <section className="card diff-section" data-diff={kind}>
      <h2>{title}</h2>
      {items.length === 0 ? <p className="muted">{tf('lists.nothing')}</p> : (
        <ul className="diff-list">
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.id}><bdi dir="ltr" className="code">{item.id}</bdi> <Name text={item.name} /></li>
          ))}
        </ul>
      )}
      <More total={items.length} />
    </section>
  );
}

function More({ total }: { total: number }) {
  const { t: tf } = useTranslation('finance');
  if (total <= SHOWN) return null;
  return <p className="muted">{tf('lists.more', { number: formatNumber(total - SHOWN, currentLanguage()) })}</p>;
}
