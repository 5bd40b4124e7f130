import fs from 'node:fs';
import { runFile, type RunInfo } from './paths';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server started by global setup and removes its data directory. */
export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(runFile)) return;
  const info = JSON.parse(fs.readFileSync(runFile, 'utf8')) as RunInfo;
  if (info.serverPid > 0 && alive(info.serverPid)) {
    process.kill(info.serverPid, 'SIGTERM');
    // Let it close the database cleanly before its directory goes.
    const deadline = Date.now() + 10_000;
    while (alive(info.serverPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive(info.serverPid)) process.kill(info.serverPid, 'SIGKILL');
  }
  fs.rmSync(info.dataDir, { recursive: true, force: true });
}
