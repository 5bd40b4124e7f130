import { useTranslation } from 'react-i18next';
import { SourceBadge } from './Badges';
import { ExplanationView } from './ExplanationView';
import { kindLabel } from './reasons';
import { nameKindLabel } from './labels';
import { Name } from './Name';
import { ScoreBar } from './ScoreBar';
import type { Candidate } from './types';

export function CandidateCard({ candidate, threshold }: { candidate: Candidate; threshold?: number }) {
  const { t: tf } = useTranslation('finance');
  const sameName = candidate.matchedName === candidate.primaryName;
  return (
    <article className="candidate card" data-designation={candidate.designationId} data-source={candidate.source}>
      <header className="candidate-head">
        <SourceBadge source={candidate.source} id={candidate.designationId} />
        <span className="muted">{kindLabel(candidate.kind, tf)}</span>
        <ScoreBar score={candidate.score} threshold={threshold} />
      </header>
      <h3 className="candidate-name"><Name text={candidate.primaryName} /></h3>
      <dl className="facts">
        <dt>{tf('screen.matchedName')}</dt>
        <dd className="matched-name">
          <Name text={candidate.matchedName} />{' '}
          <span className="badge name-kind" data-kind={candidate.matchedNameKind}>{nameKindLabel(candidate.matchedNameKind, tf)}</span>
          {sameName && <span className="visually-hidden">{tf('screen.samePrimary')}</span>}
        </dd>
        <dt>{tf('screen.nameScore')}</dt>
        <dd><ScoreBar score={candidate.nameScore} /></dd>
        <dt>{tf('screen.programmes')}</dt>
        <dd>
          {candidate.programmes.length === 0 ? <span className="muted">—</span> : (
            <ul className="inline-list">
              {candidate.programmes.map((programme) => <li key={programme}><bdi>{programme}</bdi></li>)}
            </ul>
          )}
        </dd>
      </dl>
      <h4>{tf('explanation.title')}</h4>
      <ExplanationView explanation={candidate.explanation} />
    </article>
  );
}
