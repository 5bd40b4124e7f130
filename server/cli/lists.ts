import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ListSource } from '../domains/finance/designation.js';
import { importList } from '../domains/finance/list-import.js';
import { diffVersions, findVersion, latestVersions, listVersions, previousVersion } from '../domains/finance/list-store.js';
import { changedFields } from '../domains/finance/lists/index.js';
import { ScreeningIndex } from '../domains/finance/screening-index.js';
import { rescreenStoredSubjects } from '../domains/finance/screening-service.js';
import { openContext } from './context.js';
import { progressBar } from './progress.js';

const SOURCES = ['un', 'ofac', 'eu'] as const;
const source = (value: string): ListSource => {
  if (!(SOURCES as readonly string[]).includes(value)) throw new InvalidArgumentError(`--source must be one of: ${SOURCES.join(', ')}`);
  return value as ListSource;
};
const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a version number');
  return n;
};

export function registerListCommands(program: Command): void {
  const lists = program.command('lists').description('Sanctions lists: import, versions, differences');

  lists
    .command('import')
    .description('Import a list file as a new version (all or nothing), then screen stored subjects again')
    .requiredOption('--source <source>', 'un, ofac or eu', source)
    .argument('<file>', 'UN or EU XML, or OFAC sdn.csv')
    .option('--alt <file>', 'OFAC alt.csv (aliases)')
    .option('--add <file>', 'OFAC add.csv (addresses)')
    .action(async (file: string, opts: { source: ListSource; alt?: string; add?: string }) => {
      const { db } = await openContext();
      const bar = progressBar(`import ${opts.source}`);
      try {
        let phase = '';
        const result = await importList(db, opts.source, { main: file, alt: opts.alt, add: opts.add }, { email: 'cli' }, (p, done, total) => {
          if (p !== phase) {
            bar.stop();
            phase = p;
          }
          bar.update(done, total, p === 'parse' ? 'bytes read' : 'entries stored');
        });
        bar.stop();
        const v = result.version;
        console.log(`version ${v.id} of ${v.source}: ${v.entry_count} entries, ${v.name_count} names`);
        console.log(`since the previous version: ${result.diff.added.length} added, ${result.diff.removed.length} removed, ${result.diff.changed.length} changed`);
        if (!result.unchanged) {
          const rescreen = progressBar('re-screening stored subjects');
          const { subjects, alertsRaised } = await rescreenStoredSubjects(db, new ScreeningIndex(), (done, total) => rescreen.update(done, total, 'subjects'));
          rescreen.stop();
          console.log(`re-screened ${subjects} stored subjects: ${alertsRaised} new alerts`);
        }
      } finally {
        bar.stop();
        await db.close();
      }
    });

  lists
    .command('versions')
    .description('List imported versions, newest first')
    .option('--source <source>', 'un, ofac or eu', source)
    .action(async (opts: { source?: ListSource }) => {
      const { db } = await openContext();
      const rows = await listVersions(db, opts.source);
      for (const v of rows) {
        console.log(`${String(v.id).padStart(4)}  ${v.source.padEnd(4)}  ${new Date(v.imported_at).toISOString()}  ${String(v.entry_count).padStart(6)} entries  ${v.file_name}`);
      }
      if (rows.length === 0) console.log('no list imported yet');
      await db.close();
    });

  lists
    .command('diff')
    .description('What changed between two versions of a list (default: the newest against the one before)')
    .option('--source <source>', 'un, ofac or eu (with no --to: the newest version of this list)', source)
    .option('--from <version>', 'older version number', positive)
    .option('--to <version>', 'newer version number', positive)
    .action(async (opts: { source?: ListSource; from?: number; to?: number }) => {
      const { db } = await openContext();
      try {
        const to = opts.to ? await findVersion(db, opts.to) : (await latestVersions(db)).find((v) => !opts.source || v.source === opts.source);
        if (!to) throw new Error('no such version (see `tahaluf lists versions`)');
        const from = opts.from ? await findVersion(db, opts.from) : await previousVersion(db, to);
        if (opts.from && !from) throw new Error(`no version ${opts.from}`);
        if (from && from.source !== to.source) throw new Error(`versions ${from.id} and ${to.id} are of different lists`);
        const diff = await diffVersions(db, from ? Number(from.id) : null, Number(to.id));
        console.log(`${to.source}: version ${from?.id ?? '(none)'} → ${to.id}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`);
        for (const a of diff.added) console.log(`+ ${a.id}  ${a.name}`);
        for (const r of diff.removed) console.log(`- ${r.id}  ${r.name}`);
        for (const c of diff.changed) console.log(`~ ${c.id}  ${c.name}  (${changedFields(c.before, c.after).join(', ')})`);
      } finally {
        await db.close();
      }
    });
}
