import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDateTime, formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { SourceBadge } from './Badges';
import { formatScore } from './format';
import { statusLabel } from './labels';
import { Name } from './Name';
import { financePaths } from './routes';
import { ALERT_STATUSES, type AlertPage, type AlertStatus } from './types';

export const PAGE_SIZE = 50;

export function AlertsPage({ status, page }: { status: AlertStatus; page: number }) {
  const { t: tf } = useTranslation('finance');
  const alerts = useApi<AlertPage>(`/api/screening/alerts?status=${status}&limit=${PAGE_SIZE}&offset=${(page - 1) * PAGE_SIZE}`);
  return (
    <>
      <h1>{tf('alerts.title')}</h1>
      <p className="lead">{tf('alerts.intro')}</p>
      <nav className="status-tabs" aria-label={tf('alerts.tabs')}>
        <ul>
          {ALERT_STATUSES.map((value) => <StatusTab key={value} status={value} active={value === status} />)}
        </ul>
      </nav>
      <AsyncSection data={alerts} onRetry={alerts.reload} className="card" label={statusLabel(status, tf)}>
        {(data) => <AlertTable data={data} status={status} page={page} />}
      </AsyncSection>
    </>
  );
}

function StatusTab({ status, active }: { status: AlertStatus; active: boolean }) {
  const { t: tf } = useTranslation('finance');
  const count = useApi<AlertPage>(`/api/screening/alerts?status=${status}&limit=1`);
  return (
    <li>
      <Link href={financePaths.alerts(status)} aria-current={active ? 'page' : undefined} data-status={status}>
        {statusLabel(status, tf)}{' '}
        <span className="count" data-testid={`count-${status}`}>
          {count.status === 'ready' ? formatNumber(count.data.total, currentLanguage()) : '…'}
        </span>
      </Link>
    </li>
  );
}

function AlertTable({ data, status, page }: { data: AlertPage; status: AlertStatus; page: number }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const number = (n: number) => formatNumber(n, language);
  if (data.items.length === 0) return <p>{tf('alerts.empty')}</p>;
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = first + data.items.length - 1;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table alerts-table">
          <thead>
            <tr>
              <th scope="col">{tf('alerts.subject')}</th>
              <th scope="col">{tf('alerts.reference')}</th>
              <th scope="col">{tf('alerts.listedAs')}</th>
              <th scope="col">{tf('alerts.designation')}</th>
              <th scope="col">{tf('screen.score')}</th>
              <th scope="col">{tf('alerts.raised')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((alert) => (
              <tr key={alert.id} data-alert={alert.id}>
                <td><Link href={financePaths.alert(alert.id)}><Name text={alert.subject.name} /></Link></td>
                <td>{alert.subject.reference ? <bdi dir="auto">{alert.subject.reference}</bdi> : <span className="muted">—</span>}</td>
                <td><Name text={alert.matchedName} /></td>
                <td><SourceBadge source={alert.source} id={alert.designationId} /></td>
                <td><bdi>{formatScore(alert.score, language)}</bdi></td>
                <td><time dateTime={alert.createdAt}>{formatDateTime(alert.createdAt, language)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={tf('alerts.pages')}>
        <p className="muted">{tf('alerts.showing', { first: number(first), last: number(last), total: number(data.total) })}</p>
        {page > 1 && <Link className="button secondary" href={financePaths.alerts(status, page - 1)}>{tf('alerts.previous')}</Link>}
        {last < data.total && <Link className="button secondary" href={financePaths.alerts(status, page + 1)}>{tf('alerts.next')}</Link>}
      </nav>
    </>
  );
}
