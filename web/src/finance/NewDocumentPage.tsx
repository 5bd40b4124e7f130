import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { User } from '../api/types';
import { compareNames } from '../format/locale';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';
import { Link, navigate } from '../router/router';
import { FormError } from '../signin/FormError';
import { classificationLabel, documentKindLabel, languageName } from './labels';
import { financePaths } from './routes';
import { CLASSIFICATIONS, DOCUMENT_KINDS, TLPS, type Classification, type DocumentKind, type DocumentView, type Tlp } from './types';
import { useMemberNames } from './useMemberNames';

const LANGUAGES = ['ar', 'en', 'fr'] as const;

export function NewDocumentPage({ user }: { user: User }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const id = useId();
  const members = useMemberNames(language);
  const [title, setTitle] = useState('');
  const [docLanguage, setDocLanguage] = useState<(typeof LANGUAGES)[number]>(language);
  const [kind, setKind] = useState<DocumentKind>('guidance');
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [classification, setClassification] = useState<Classification>('RESTRICTED');
  const [tlp, setTlp] = useState<Tlp>('AMBER');
  const [wholeCoalition, setWholeCoalition] = useState(false);
  const [states, setStates] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Nobody can mark a document above their own clearance.
  const allowed = CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(user.clearance as Classification) + 1);
  const sorted = useMemo(() => {
    const compare = compareNames(language);
    return [...(members.list?.items ?? [])].sort((a, b) => compare(inLanguage(a.name, language), inLanguage(b.name, language)));
  }, [members.list, language]);

  const toggle = (code: string, on: boolean) => setStates((current) => (on ? [...current, code] : current.filter((c) => c !== code)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const relTo = wholeCoalition ? ['ALL'] : states;
    if (relTo.length === 0) {
      setError(tf('library.relToRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.post<DocumentView>('/api/ctf/documents', {
        title: title.trim(), language: docLanguage, kind, summary: summary.trim(), body, classification, relTo, tlp,
      });
      navigate(financePaths.document(created.id));
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumb"><Link href={financePaths.library()}>{tf('library.back')}</Link></p>
      <h1>{tf('library.newTitle')}</h1>
      <form className="card form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <label htmlFor={`${id}-title`}>{tf('library.docTitle')}</label>
        <input id={`${id}-title`} dir="auto" required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={`${id}-language`}>{tf('library.language')}</label>
            <select id={`${id}-language`} value={docLanguage} onChange={(e) => setDocLanguage(e.target.value as (typeof LANGUAGES)[number])}>
              {LANGUAGES.map((value) => <option key={value} value={value}>{languageName(value, tf)}</option>)}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-kind`}>{tf('library.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((value) => <option key={value} value={value}>{documentKindLabel(value, tf)}</option>)}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-classification`}>{tf('library.classification')}</label>
            <select id={`${id}-classification`} value={classification} onChange={(e) => setClassification(e.target.value as Classification)}>
              {allowed.map((value) => <option key={value} value={value}>{classificationLabel(value, tf)}</option>)}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-tlp`}>{tf('library.tlp')}</label>
            <select id={`${id}-tlp`} value={tlp} onChange={(e) => setTlp(e.target.value as Tlp)} dir="ltr">
              {TLPS.map((value) => <option key={value} value={value}>TLP:{value}</option>)}
            </select>
          </div>
        </div>
        <label htmlFor={`${id}-summary`}>{tf('library.summary')}</label>
        <textarea id={`${id}-summary`} dir="auto" rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} />
        <label htmlFor={`${id}-body`}>{tf('library.body')}</label>
        <textarea id={`${id}-body`} dir="auto" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
        <fieldset className="relto">
          <legend>{tf('library.relTo')}</legend>
          <p className="hint">{tf('library.relToHint')}</p>
          <label className="relto-all">
            <input type="checkbox" checked={wholeCoalition} onChange={(e) => setWholeCoalition(e.target.checked)} />
            {tf('library.wholeCoalition')}
          </label>
          <div className="relto-states" aria-disabled={wholeCoalition}>
            {sorted.map((member) => (
              <label key={member.code}>
                <input type="checkbox" value={member.code} disabled={wholeCoalition} checked={wholeCoalition || states.includes(member.code)}
                  onChange={(e) => toggle(member.code, e.target.checked)} />
                {inLanguage(member.name, language)}
              </label>
            ))}
          </div>
        </fieldset>
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy}>{busy ? tf('common.working') : tf('library.share')}</button>
      </form>
    </>
  );
}
