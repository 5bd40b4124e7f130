import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { FormError } from '../signin/FormError';
import { sourceLabel } from './labels';
import { readFileText } from './readFile';
import { financePaths } from './routes';
import type { ListSource, ListVersion } from './types';

interface ImportResult {
  version: ListVersion;
  added: number;
  removed: number;
  changed: number;
  rescreened: { subjects: number; alertsRaised: number };
}

type Stage = { name: 'idle' } | { name: 'reading'; share: number } | { name: 'uploading' };

/** Secretariat administrators load a new version of a list; stored subjects are screened again. */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const { t: tf } = useTranslation('finance');
  const id = useId();
  const [source, setSource] = useState<ListSource>('un');
  const [main, setMain] = useState<File | null>(null);
  const [alt, setAlt] = useState<File | null>(null);
  const [add, setAdd] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const busy = stage.name !== 'idle';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!main || busy) return;
    setError(null);
    setResult(null);
    try {
      const files = [main, ...(source === 'ofac' ? [alt, add].filter((f): f is File => f !== null) : [])];
      const totalBytes = files.reduce((sum, file) => sum + file.size, 0) || 1;
      let before = 0;
      const read = async (file: File) => {
        const text = await readFileText(file, (share) => setStage({ name: 'reading', share: (before + share * file.size) / totalBytes }));
        before += file.size;
        return text;
      };
      setStage({ name: 'reading', share: 0 });
      const body: { source: ListSource; content: string; fileName: string; altContent?: string; addContent?: string } = {
        source, content: await read(main), fileName: main.name,
      };
      if (source === 'ofac' && alt) body.altContent = await read(alt);
      if (source === 'ofac' && add) body.addContent = await read(add);
      setStage({ name: 'uploading' });
      setResult(await api.post<ImportResult>('/api/screening/lists', body));
      onImported();
    } catch (reason) {
      setError(reason);
    } finally {
      setStage({ name: 'idle' });
    }
  };

  const number = (n: number) => formatNumber(n, currentLanguage());
  const file = (setter: (file: File | null) => void) => (event: ChangeEvent<HTMLInputElement>) => setter(event.target.files?.[0] ?? null);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tf('import.title')}</h2>
      <p className="hint">{tf('import.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <label htmlFor={`${id}-source`}>{tf('lists.source')}</label>
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value as ListSource)} disabled={busy}>
          {(['un', 'ofac', 'eu'] as const).map((value) => <option key={value} value={value}>{sourceLabel(value, tf)}</option>)}
        </select>
        <label htmlFor={`${id}-main`}>{source === 'ofac' ? tf('import.ofacMain') : tf('import.file')}</label>
        <input id={`${id}-main`} type="file" accept={source === 'ofac' ? '.csv,text/csv' : '.xml,text/xml,application/xml'} required onChange={file(setMain)} disabled={busy} />
        {source === 'ofac' && (
          <>
            <label htmlFor={`${id}-alt`}>{tf('import.ofacAlt')}</label>
            <input id={`${id}-alt`} type="file" accept=".csv,text/csv" onChange={file(setAlt)} disabled={busy} />
            <label htmlFor={`${id}-add`}>{tf('import.ofacAdd')}</label>
            <input id={`${id}-add`} type="file" accept=".csv,text/csv" onChange={file(setAdd)} disabled={busy} />
          </>
        )}
        {stage.name === 'reading' && (
          <div className="upload-progress">
            <progress max={1} value={stage.share} aria-label={tf('import.reading')} />
            <span className="muted">{tf('import.reading')}</span>
          </div>
        )}
        {stage.name === 'uploading' && (
          <div className="upload-progress">
            <progress aria-label={tf('import.uploading')} />
            <span className="muted">{tf('import.uploading')}</span>
          </div>
        )}
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy || !main}>{busy ? tf('common.working') : tf('import.submit')}</button>
      </form>
      {result && (
        <div className="notice import-result" role="status">
          <p>
            {tf('import.done', {
              id: result.version.id, added: number(result.added), removed: number(result.removed), changed: number(result.changed),
            })}
          </p>
          <p>{tf('import.rescreened', { subjects: number(result.rescreened.subjects), alerts: number(result.rescreened.alertsRaised) })}</p>
          <Link href={financePaths.listVersion(result.version.id)}>{tf('import.seeVersion')}</Link>
        </div>
      )}
    </section>
  );
}
