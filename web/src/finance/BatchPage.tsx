import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { FormError } from '../signin/FormError';
import {
  DOB_HEADER, guessColumn, guessNameColumn, NATIONALITY_HEADER, prepareSubjects, REFERENCE_HEADER, screenInChunks,
  type BatchTotals, type ColumnChoice, type PreparedBatch,
} from './batch';
import { CsvError, readTable } from './csv';
import { readFileText } from './readFile';
import { financePaths } from './routes';
import type { MatchResponse } from './types';

interface Table {
  fileName: string;
  header: string[];
  rows: string[][];
}

type Run =
  | { status: 'idle' }
  | { status: 'sending'; done: number; total: number; totals: BatchTotals; prepared: PreparedBatch }
  | { status: 'done'; total: number; totals: BatchTotals; prepared: PreparedBatch }
  | { status: 'failed'; done: number; total: number; totals: BatchTotals; error: unknown };

const EMPTY: BatchTotals = { screened: 0, withCandidates: 0, alertsRaised: 0 };

export function BatchPage() {
  const { t: tf } = useTranslation('finance');
  const id = useId();
  const [table, setTable] = useState<Table | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [columns, setColumns] = useState<ColumnChoice>({ name: 0, dob: null, nationality: null, reference: null });
  const [run, setRun] = useState<Run>({ status: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setRun({ status: 'idle' });
    setTable(null);
    setFileError(null);
    if (!file) return;
    try {
      const { header, rows } = readTable(await readFileText(file));
      if (header.length === 0 || rows.length === 0) {
        setFileError(tf('batch.emptyFile'));
        return;
      }
      setTable({ fileName: file.name, header, rows });
      setColumns({
        name: guessNameColumn(header),
        dob: guessColumn(header, DOB_HEADER),
        nationality: guessColumn(header, NATIONALITY_HEADER),
        reference: guessColumn(header, REFERENCE_HEADER),
      });
    } catch (error) {
      setFileError(error instanceof CsvError ? tf('batch.badCsv', { line: error.line }) : tf('batch.unreadable'));
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!table || run.status === 'sending') return;
    const prepared = prepareSubjects(table.rows, columns);
    const total = prepared.subjects.length;
    if (total === 0) {
      setFileError(tf('batch.noNames'));
      return;
    }
    setRun({ status: 'sending', done: 0, total, totals: EMPTY, prepared });
    let progress = { done: 0, totals: EMPTY };
    try {
      const totals = await screenInChunks(
        prepared.subjects,
        (subjects) => api.post<MatchResponse>('/api/screening/match', { subjects, record: true, limit: 5 }),
        (done, sums) => {
          progress = { done, totals: sums };
          setRun({ status: 'sending', done, total, totals: sums, prepared });
        },
      );
      setRun({ status: 'done', total, totals, prepared });
    } catch (error) {
      setRun({ status: 'failed', done: progress.done, total, totals: progress.totals, error });
    }
  };

  const sending = run.status === 'sending';

  return (
    <>
      <h1>{tf('batch.title')}</h1>
      <p className="lead">{tf('batch.intro')}</p>
      <form className="card form" onSubmit={(event) => void send(event)}>
        <label htmlFor={`${id}-file`}>{tf('batch.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} disabled={sending} />
        <p className="hint">{tf('batch.fileHint')}</p>
        <FormError error={fileError} />
        {table && (
          <>
            <p className="muted" data-testid="batch-rows">
              {tf('batch.rowsRead', { rows: formatNumber(table.rows.length, currentLanguage()), file: table.fileName })}
            </p>
            <div className="form-row">
              <ColumnSelect label={tf('batch.nameColumn')} header={table.header} value={columns.name} required
                onChange={(value) => setColumns({ ...columns, name: value ?? 0 })} />
              <ColumnSelect label={tf('batch.dobColumn')} header={table.header} value={columns.dob}
                onChange={(value) => setColumns({ ...columns, dob: value })} />
              <ColumnSelect label={tf('batch.nationalityColumn')} header={table.header} value={columns.nationality}
                onChange={(value) => setColumns({ ...columns, nationality: value })} />
              <ColumnSelect label={tf('batch.referenceColumn')} header={table.header} value={columns.reference}
                onChange={(value) => setColumns({ ...columns, reference: value })} />
            </div>
            <p className="hint">{tf('batch.recordHint')}</p>
            <button type="submit" className="button" disabled={sending}>{sending ? tf('batch.sending') : tf('batch.submit')}</button>
          </>
        )}
      </form>
      {run.status !== 'idle' && <BatchProgress run={run} />}
    </>
  );
}

function ColumnSelect({ label, header, value, onChange, required = false }: {
  label: string;
  header: string[];
  value: number | null;
  onChange: (value: number | null) => void;
  required?: boolean;
}) {
  const { t: tf } = useTranslation('finance');
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === null ? '' : String(value)} required={required}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        {!required && <option value="">{tf('batch.noColumn')}</option>}
        {header.map((cell, index) => (
          <option key={index} value={index}>{cell || tf('batch.columnNumber', { number: index + 1 })}</option>
        ))}
      </select>
    </div>
  );
}

function BatchProgress({ run }: { run: Exclude<Run, { status: 'idle' }> }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  const number = (n: number) => formatNumber(n, language);
  const done = run.status === 'done' ? run.total : run.done;
  return (
    <section className="card batch-progress" aria-busy={run.status === 'sending'} data-status={run.status}>
      <h2>{run.status === 'done' ? tf('batch.doneTitle') : run.status === 'failed' ? tf('batch.failedTitle') : tf('batch.sendingTitle')}</h2>
      <progress className="progress" max={run.total} value={done} aria-label={tf('batch.progressLabel')}
        aria-valuemin={0} aria-valuemax={run.total} aria-valuenow={done} />
      <p className="muted" aria-live="polite">{tf('batch.progress', { done: number(done), total: number(run.total) })}</p>
      {run.status === 'failed' && <ErrorMessage error={run.error} />}
      <dl className="totals">
        <div><dt>{tf('batch.screened')}</dt><dd data-total="screened">{number(run.totals.screened)}</dd></div>
        <div><dt>{tf('batch.withCandidates')}</dt><dd data-total="with-candidates">{number(run.totals.withCandidates)}</dd></div>
        <div><dt>{tf('batch.alertsRaised')}</dt><dd data-total="alerts-raised">{number(run.totals.alertsRaised)}</dd></div>
      </dl>
      {run.status !== 'failed' && (run.prepared.skipped > 0 || run.prepared.datesIgnored > 0) && (
        <p className="hint">{tf('batch.skipped', { skipped: number(run.prepared.skipped), dates: number(run.prepared.datesIgnored) })}</p>
      )}
      {run.status === 'done' && (
        <Link className="button" href={financePaths.alerts('open')}>{tf('batch.toQueue')}</Link>
      )}
    </section>
  );
}
