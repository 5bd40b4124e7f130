import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Loading } from '../components/Loading';
import { FormError } from '../signin/FormError';
import { formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { CandidateCard } from './CandidateCard';
import { formatScore } from './format';
import { Name } from './Name';
import type { MatchResponse, Subject } from './types';

const DOB = /^\d{4}(-\d{2}-\d{2})?$/;

interface Search {
  subject: Subject;
  threshold: number;
  response: MatchResponse;
}

export function ScreenPage() {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const id = useId();
  const [name, setName] = useState('');
  const [dob, setDob] = useState('');
  const [nationality, setNationality] = useState('');
  const [kind, setKind] = useState<'' | 'person' | 'entity'>('');
  const [threshold, setThreshold] = useState(0.8);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [search, setSearch] = useState<Search | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedDob = dob.trim();
    if (trimmedDob && !DOB.test(trimmedDob)) {
      setError(tf('screen.dobInvalid'));
      return;
    }
    const subject: Subject = { name: name.trim() };
    if (trimmedDob) subject.dob = trimmedDob;
    if (nationality.trim().length >= 2) subject.nationality = nationality.trim();
    if (kind) subject.kind = kind;
    setBusy(true);
    setError(null);
    try {
      const response = await api.post<MatchResponse>('/api/screening/match', { subjects: [subject], threshold, limit: 20 });
      setSearch({ subject, threshold, response });
    } catch (reason) {
      setError(reason);
      setSearch(null);
    } finally {
      setBusy(false);
    }
  };

  const candidates = search ? [...(search.response.results[0]?.candidates ?? [])].sort((a, b) => b.score - a.score) : [];

  return (
    <>
      <h1>{tf('screen.title')}</h1>
      <p className="lead">{tf('screen.intro')}</p>
      <form className="card form screen-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <label htmlFor={`${id}-name`}>{tf('screen.name')}</label>
        <input id={`${id}-name`} dir="auto" required maxLength={500} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <p className="hint">{tf('screen.nameHint')}</p>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={`${id}-dob`}>{tf('screen.dob')}</label>
            <input id={`${id}-dob`} dir="ltr" inputMode="numeric" placeholder="1975-03-04" value={dob} onChange={(e) => setDob(e.target.value)} />
            <p className="hint">{tf('screen.dobHint')}</p>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-nationality`}>{tf('screen.nationality')}</label>
            <input id={`${id}-nationality`} dir="auto" maxLength={100} value={nationality} onChange={(e) => setNationality(e.target.value)} />
            <p className="hint">{tf('screen.nationalityHint')}</p>
          </div>
        </div>
        <fieldset className="choice">
          <legend>{tf('screen.kind')}</legend>
          {(['', 'person', 'entity'] as const).map((value) => (
            <label key={value || 'any'}>
              <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
              {value === 'person' ? tf('kind.person') : value === 'entity' ? tf('kind.entity') : tf('screen.kindAny')}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-threshold`}>{tf('screen.threshold')}</label>
        <div className="range-row">
          <input
            id={`${id}-threshold`}
            type="range"
            min={0.5}
            max={1}
            step={0.01}
            value={threshold}
            onChange={(e) => setThreshold(Number(e.target.value))}
            aria-describedby={`${id}-threshold-hint`}
          />
          <output htmlFor={`${id}-threshold`} className="range-value">{formatScore(threshold, language)}</output>
        </div>
        <p className="hint" id={`${id}-threshold-hint`}>{tf('screen.thresholdHint')}</p>
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy}>{busy ? tf('common.working') : tf('screen.submit')}</button>
      </form>

      <section className="screen-results" aria-live="polite" aria-busy={busy} aria-label={tf('screen.results')}>
        {busy && <Loading />}
        {!busy && search && (
          <>
            <h2>
              {tf('screen.resultsFor')} <Name text={search.subject.name} />
            </h2>
            {candidates.length === 0 ? (
              <p className="notice no-match" role="status">
                {tf('screen.noMatch', { threshold: formatScore(search.threshold, language) })}
              </p>
            ) : (
              <>
                <p className="muted" role="status">{tf('screen.found', { number: formatNumber(candidates.length, language) })}</p>
                <div className="candidates">
                  {candidates.map((candidate) => (
                    <CandidateCard key={`${candidate.source}:${candidate.designationId}`} candidate={candidate} threshold={search.threshold} />
                  ))}
                </div>
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
