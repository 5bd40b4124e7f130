import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../platform/http/app.js';
import { markShuttingDown } from '../platform/http/health-routes.js';
import { countUsers } from '../platform/accounts/users-store.js';
import { seedCoalition } from '../domains/members/seed.js';
import { openContext } from './context.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDir = path.join(root, 'dist/web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when its bundle is missing or older than its sources. */
export function buildWebIfNeeded(): void {
  const index = path.join(webDir, 'index.html');
  const sources = path.join(root, 'web');
  if (!fs.existsSync(sources)) return;
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(sources)) return;
  process.stdout.write('Building the web app…\n');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

export async function serve(options: { buildWeb: boolean }): Promise<void> {
  if (options.buildWeb) buildWebIfNeeded();
  const { config, db } = await openContext();
  const seeded = await seedCoalition(db);
  const app = await buildApp({ config, db, webDir });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    markShuttingDown();
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // close() stops accepting connections and waits for requests in flight to finish.
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  process.stdout.write(`Tahaluf is serving ${url} (database: ${db.engine}${seeded.inserted ? `, seeded ${seeded.inserted} records` : ''})\n`);
  if ((await countUsers(db)) === 0) {
    process.stdout.write(
      '\nNo accounts exist yet. Create the first secretariat administrator with:\n' +
        '  npm run tahaluf -- user add --email you@example.org --state SECRETARIAT --role secretariat-admin --clearance SECRET\n' +
        `It prints a one-time password; sign in at ${url} and choose your own.\n\n`,
    );
  }
}
