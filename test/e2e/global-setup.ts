import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseURL, PORT, resultsDir, root, runFile, screenshotsDir, type RunInfo } from './paths';

function cli(args: string[], env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync(process.execPath, ['bin/tahaluf.js', ...args], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`tahaluf ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

export default async function globalSetup(): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  if (await answers(`${baseURL}/readyz`)) throw new Error(`port ${PORT} is already in use; stop what is serving there first`);

  // The same rule as `npm start`: build only when the bundle is missing or older than the sources.
  cli(['build-web'], process.env);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tahaluf-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, TAHALUF_ENV: 'test', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // always a fresh embedded database, never a shared one

  cli(['migrate'], env);
  cli(['seed'], env);
  const email = 'admin@e2e.test';
  const created = cli(['user', 'add', '--email', email, '--state', 'SECRETARIAT', '--role', 'secretariat-admin', '--clearance', 'SECRET'], env);
  const oneTimePassword = /one-time password: (\S+)/.exec(created)?.[1];
  if (!oneTimePassword) throw new Error(`no one-time password in the output of user add:\n${created}`);

  const log = fs.openSync(path.join(resultsDir, 'e2e-server.log'), 'w');
  const server = spawn(process.execPath, ['bin/tahaluf.js', 'serve'], { cwd: root, env, stdio: ['ignore', log, log] });
  const status: { exited: number | null } = { exited: null };
  server.on('exit', (code) => (status.exited = code ?? -1));

  const info: RunInfo = { email, oneTimePassword, newPassword: 'e2e-Chosen-passphrase-2026', dataDir, serverPid: server.pid ?? -1 };
  fs.writeFileSync(runFile, JSON.stringify(info, null, 2));

  const deadline = Date.now() + 120_000;
  while (!(await answers(`${baseURL}/readyz`))) {
    if (status.exited !== null) throw new Error(`the server exited (${status.exited}) before it was ready; see test-results/e2e-server.log`);
    if (Date.now() > deadline) throw new Error('the server was not ready within 120 s; see test-results/e2e-server.log');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.unref();
}
