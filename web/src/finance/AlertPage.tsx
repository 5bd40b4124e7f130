import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDateTime } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { SourceBadge, StatusBadge } from './Badges';
import { DesignationFacts } from './DesignationFacts';
import { ExplanationView } from './ExplanationView';
import { formatSubjectDob } from './format';
import { decisionLabel } from './labels';
import { Name } from './Name';
import { ReviewForm } from './ReviewForm';
import { financePaths } from './routes';
import { ScoreBar } from './ScoreBar';
import type { AlertDetail } from './types';

export function AlertPage({ id }: { id: string }) {
  const { t: tf } = useTranslation('finance');
  const alert = useApi<AlertDetail>(`/api/screening/alerts/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb"><Link href={financePaths.alerts()}>{tf('alert.back')}</Link></p>
      <AsyncSection data={alert} onRetry={alert.reload}>
        {(detail) => <AlertDetails detail={detail} onReviewed={alert.reload} />}
      </AsyncSection>
    </>
  );
}

function AlertDetails({ detail, onReviewed }: { detail: AlertDetail; onReviewed: () => void }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const none = <span className="muted">—</span>;
  return (
    <div className="alert-detail" data-status={detail.status}>
      <h1>{tf('alert.title')} <Name text={detail.subject.name} /></h1>
      <p className="alert-summary">
        <StatusBadge status={detail.status} />
        <SourceBadge source={detail.source} id={detail.designationId} />
        <span className="muted">{tf('alert.raisedOn', { date: formatDateTime(detail.createdAt, language) })}</span>
      </p>
      <ScoreBar score={detail.score} />
      <div className="side-by-side">
        <section className="card" aria-labelledby="alert-subject">
          <h2 id="alert-subject">{tf('alert.subject')}</h2>
          <dl className="facts">
            <dt>{tf('alert.subjectName')}</dt>
            <dd><Name text={detail.subject.name} /></dd>
            <dt>{tf('alerts.reference')}</dt>
            <dd>{detail.subject.reference ? <bdi dir="auto">{detail.subject.reference}</bdi> : none}</dd>
            <dt>{tf('screen.dob')}</dt>
            <dd>{detail.subject.dob ? formatSubjectDob(detail.subject.dob, language) : none}</dd>
            <dt>{tf('screen.nationality')}</dt>
            <dd>{detail.subject.nationality ? <bdi dir="auto">{detail.subject.nationality}</bdi> : none}</dd>
            <dt>{tf('screen.matchedName')}</dt>
            <dd><Name text={detail.matchedName} /></dd>
          </dl>
        </section>
        <section className="card designation" aria-labelledby="alert-designation">
          <h2 id="alert-designation">{tf('alert.designation')}</h2>
          {detail.designation ? <DesignationFacts designation={detail.designation} /> : <p className="notice">{tf('alert.designationGone')}</p>}
        </section>
      </div>
      <section className="card">
        <h2>{tf('explanation.title')}</h2>
        <ExplanationView explanation={detail.explanation} />
      </section>
      <section className="card">
        <h2>{tf('alert.history')}</h2>
        {detail.reviews.length === 0 ? <p className="muted">{tf('alert.noReviews')}</p> : (
          <ol className="review-history">
            {detail.reviews.map((review) => (
              <li key={review.id} data-decision={review.decision}>
                <p>
                  <strong>{decisionLabel(review.decision, tf)}</strong>
                  {' · '}<bdi dir="ltr">{review.reviewer}</bdi>
                  {' · '}<time dateTime={review.at}>{formatDateTime(review.at, language)}</time>
                </p>
                {review.note && <p className="review-note" dir="auto">{review.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReviewForm alertId={detail.id} status={detail.status} onReviewed={onReviewed} />
    </div>
  );
}
