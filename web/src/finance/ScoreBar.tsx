import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';
import { formatScore } from './format';

/** A score from 0 to 1 as a bar and its number; the mark shows the threshold when given. */
export function ScoreBar({ score, threshold }: { score: number; threshold?: number }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const level = score >= 0.9 ? 'high' : score >= 0.8 ? 'medium' : 'low';
  return (
    <div className="score" data-level={level}>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ inlineSize: `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%` }} />
        {threshold !== undefined && <span className="score-threshold" style={{ insetInlineStart: `${threshold * 100}%` }} />}
      </span>
      <span className="score-value">
        <span className="visually-hidden">{tf('screen.score')} </span>
        {formatScore(score, language)}
      </span>
    </div>
  );
}
