// Requests per second of GET /api/members against the same server's /healthz, with autocannon
// on loopback; the server runs as its own process so the load generator does not share its core.
// Usage: node --import tsx bench/members-rps.ts [pglite|postgres]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const engine = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
const port = 18000 + Math.floor(Math.random() * 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function postgresUrl(): Promise<string> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'tahaluf_bench'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE tahaluf_bench');
  await client.end();
  const url = new URL(base);
  url.pathname = '/tahaluf_bench';
  return url.toString();
}

async function measure(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 20, duration: seconds, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tahaluf-bench-'));
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  DATABASE_URL: engine === 'postgres' ? await postgresUrl() : '',
};
const server = spawn(process.execPath, ['bin/tahaluf.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
  await measure(`http://127.0.0.1:${port}/api/members`); // warm-up
  const health = await measure(`http://127.0.0.1:${port}/healthz`);
  const members = await measure(`http://127.0.0.1:${port}/api/members`);
  console.log(`${engine}: /healthz ${Math.round(health)} req/s, /api/members ${Math.round(members)} req/s (41 states, ${seconds}s each, 20 connections)`);
  console.log(`${engine}: GET /api/members runs at ${(members / health).toFixed(3)} of /healthz (${Math.round(members)} / ${Math.round(health)} req/s)`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
