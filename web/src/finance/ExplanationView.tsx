import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';
import { formatScore } from './format';
import { howLabel } from './labels';
import { Name } from './Name';
import { readReason } from './reasons';
import type { Explanation } from './types';

/** Which part of the searched name matched which listed part and how, then the other evidence. */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const reasons = explanation.reasons.map((reason) => readReason(reason, tf, language));
  return (
    <div className="explanation">
      <div className="table-scroll">
        <table className="data-table explanation-table">
          <caption className="visually-hidden">{tf('explanation.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tf('explanation.yourPart')}</th>
              <th scope="col">{tf('explanation.listedPart')}</th>
              <th scope="col">{tf('explanation.how')}</th>
            </tr>
          </thead>
          <tbody>
            {explanation.parts.map((part, index) => (
              <tr key={`${part.query}-${index}`} data-how={part.how}>
                <td><Name text={part.query} /></td>
                <td>{part.matched === null ? <span className="muted">—</span> : <Name text={part.matched} />}</td>
                <td>
                  <span className="how" data-how={part.how}>{howLabel(part.how, tf)}</span>
                  {part.matched !== null && part.how !== 'exact' && (
                    <> <bdi className="similarity">{formatScore(part.similarity, language)}</bdi></>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reasons.length > 0 && (
        <ul className="reasons" aria-label={tf('explanation.reasons')}>
          {reasons.map((reason, index) => (
            <li key={index} data-effect={reason.effect ?? 'none'}>
              {reason.effect && (
                <span className="effect" aria-label={effectLabel(reason.effect)}>
                  {reason.effect === 'raises' ? '+' : reason.effect === 'lowers' ? '−' : '='}
                </span>
              )}
              {reason.text ?? <span lang="en" dir="ltr">{reason.original.replace(/^[+−=-]\s+/, '')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  function effectLabel(effect: 'raises' | 'lowers' | 'neutral'): string {
    if (effect === 'raises') return tf('explanation.raises');
    if (effect === 'lowers') return tf('explanation.lowers');
    return tf('explanation.neutral');
  }
}
