import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ScreeningIndex } from '../domains/finance/screening-index.js';
import { screenSubjects, type SubjectInput } from '../domains/finance/screening-service.js';
import { DEFAULT_THRESHOLD } from '../domains/finance/matching/index.js';
import { explanationText } from '../domains/finance/explanation-text.js';
import { LANGUAGES, type Language } from '../platform/i18n/messages.js';
import { csvRecords } from '../platform/csv/csv-records.js';
import { appendAudit } from '../platform/audit/audit-log.js';
import { openContext } from './context.js';
import { progressBar } from './progress.js';

const OUTPUT_COLUMNS = ['row', 'name', 'score', 'source', 'designation_id', 'matched_name', 'explanation'];

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface ScreenOptions {
  column: string;
  dobColumn?: string;
  nationalityColumn?: string;
  threshold: number;
  out: string;
  language: Language;
}

/** Streams any size of CSV through the index in batches, writing one line per candidate at or above the threshold. */
async function screenFile(file: string, opts: ScreenOptions): Promise<void> {
  const { db } = await openContext();
  const bar = progressBar('screening');
  try {
    const loaded = await new ScreeningIndex().current(db);
    if (Object.keys(loaded.versions).length === 0) throw new Error('no sanctions list imported yet: run `tahaluf lists import` first');
    const total = fs.statSync(file).size;
    const out = fs.createWriteStream(opts.out);
    out.write(`${OUTPUT_COLUMNS.join(',')}\n`);
    let header: string[] | null = null;
    let columns = { name: -1, dob: -1, nationality: -1 };
    let batch: Array<{ row: number; subject: SubjectInput }> = [];
    let rows = 0;
    let alerts = 0;
    let matchedRows = 0;
    const started = performance.now();

    const flush = () => {
      const results = screenSubjects(loaded, batch.map((b) => b.subject), { threshold: opts.threshold, limit: 10 });
      results.forEach((result, i) => {
        if (result.candidates.length > 0) matchedRows += 1;
        for (const c of result.candidates) {
          alerts += 1;
          out.write(`${[batch[i].row, result.subject.name, c.score.toFixed(4), c.designation.source, c.designation.id, c.matchedName, explanationText({ query: result.subject.name, matched: c.matchedName, score: c.score, nameScore: c.nameScore, explanation: c.explanation }, opts.language)].map(csvField).join(',')}\n`);
        }
      });
      batch = [];
    };

    for await (const record of csvRecords(fs.createReadStream(file), (bytes) => bar.update(bytes, total, 'bytes'))) {
      if (!header) {
        header = record.fields.map((f) => f.trim());
        const find = (name: string | undefined, option: string) => {
          if (name === undefined) return -1;
          const index = header!.indexOf(name);
          if (index < 0) throw new Error(`${file} line 1: no column named "${name}" (for ${option}); columns are: ${header!.join(', ')}`);
          return index;
        };
        columns = { name: find(opts.column, '--column'), dob: find(opts.dobColumn, '--dob-column'), nationality: find(opts.nationalityColumn, '--nationality-column') };
        continue;
      }
      rows += 1;
      const name = record.fields[columns.name]?.trim() ?? '';
      if (!name) continue;
      const dob = columns.dob >= 0 ? record.fields[columns.dob]?.trim() : undefined;
      const nationality = columns.nationality >= 0 ? record.fields[columns.nationality]?.trim() : undefined;
      batch.push({ row: rows, subject: { name, dob: dob || undefined, nationality: nationality || undefined } });
      if (batch.length >= 1000) flush();
    }
    if (batch.length) flush();
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    bar.update(total, total, 'bytes');
    bar.stop();
    await db.transaction((tx) =>
      appendAudit(tx, {
        actor: { email: 'cli' }, action: 'screening.file', targetType: 'screening',
        details: { file: path.basename(file), rows, rowsWithCandidates: matchedRows, lines: alerts, threshold: opts.threshold, lists: loaded.versions },
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const lists = Object.entries(loaded.versions).map(([source, id]) => `${source} v${id}`).join(', ');
    console.log(`screened ${rows} rows against ${lists} in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`);
    console.log(`${matchedRows} rows with candidates at or above ${opts.threshold}; ${alerts} lines written to ${opts.out}`);
  } finally {
    bar.stop();
    await db.close();
  }
}

/** The language of the user's locale (LC_ALL, LC_MESSAGES, LANG: "ar_SA.UTF-8" → ar) when official, else English. */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = locale.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('Screen every row of a CSV file against the imported sanctions lists')
    .argument('<file>', 'CSV file with a header row')
    .requiredOption('--column <name>', 'the column holding the name to screen')
    .option('--dob-column <name>', 'column with a date (YYYY-MM-DD) or year of birth')
    .option('--nationality-column <name>', 'column with a nationality (ISO code or country name)')
    .option('--threshold <score>', 'lowest score to report, 0.5 to 1', (v) => {
      const n = Number(v);
      if (!(n >= 0.5 && n <= 1)) throw new InvalidArgumentError('--threshold must be a number from 0.5 to 1');
      return n;
    }, DEFAULT_THRESHOLD)
    .requiredOption('--out <file>', 'where to write the alerts CSV')
    .option('--language <code>', 'language of the explanation column: ar, en or fr; by default the locale\'s (LANG) if one of them, else en', (v) => {
      if (!(LANGUAGES as readonly string[]).includes(v)) throw new InvalidArgumentError('--language must be ar, en or fr');
      return v as Language;
    }, localeLanguage())
    .action((file: string, opts: ScreenOptions) => screenFile(file, opts));
}
