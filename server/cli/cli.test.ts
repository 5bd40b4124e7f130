import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../platform/db/database.js';

const run = promisify(execFile);
const bin = path.resolve('bin/tahaluf.js');

describe('the tahaluf command line', () => {
  let dataDir: string;
  const env = () => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });
  const tahaluf = (...args: string[]) => run(process.execPath, [bin, ...args], { env: env() });

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tahaluf-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds once, adds a user, makes a token and verifies the audit chain', async () => {
    expect((await tahaluf('migrate')).stdout).toContain('001_foundation.sql');
    expect((await tahaluf('seed')).stdout).toMatch(/seeded \d+ records/);
    expect((await tahaluf('seed')).stdout).toContain('nothing to seed');
    const added = await tahaluf('user', 'add', '--email', 'analyst@sa.test', '--state', 'SA', '--role', 'analyst', '--clearance', 'SECRET');
    expect(added.stdout).toMatch(/one-time password: \S{20}/);
    const token = await tahaluf('token', 'create', '--user', 'analyst@sa.test', '--expires-days', '7');
    expect(token.stdout).toMatch(/token: thl_\S+/);
    expect(token.stdout).toMatch(/expires: \d{4}-/);
    expect((await tahaluf('audit', 'verify')).stdout).toMatch(/audit log intact: 3 entries verified/);
  });

  it('names the first broken entry when the audit log was tampered with', async () => {
    const db = await openPglite(dataDir);
    await db.query(`UPDATE audit_log SET action = 'rewritten' WHERE id = 2`);
    await db.close();
    const failed = await tahaluf('audit', 'verify').catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('BROKEN at entry 2');
  });

  it('refuses bad arguments and bad configuration with a clear message', async () => {
    const badRole = await tahaluf('user', 'add', '--email', 'x@y.test', '--state', 'SA', '--role', 'king', '--clearance', 'SECRET').catch((e: { stderr: string }) => e);
    expect((badRole as { stderr: string }).stderr).toContain('--role must be one of');
    const badState = await tahaluf('user', 'add', '--email', 'x@y.test', '--state', 'ZZ', '--role', 'viewer', '--clearance', 'SECRET').catch((e: { stderr: string }) => e);
    expect((badState as { stderr: string }).stderr).toContain('Unknown state');
    const badConfig = await run(process.execPath, [bin, 'migrate'], { env: { ...env(), PORT: 'abc' } }).catch((e: { stderr: string }) => e);
    expect((badConfig as { stderr: string }).stderr).toContain('PORT="abc"');
    const help = await tahaluf('token', 'create', '--help');
    expect(help.stdout).toContain('--expires-days');
  });
});
