import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = path.join(root, 'test-results');
export const screenshotsDir = path.join(resultsDir, 'screenshots');
/** Written by global setup: the admin's credentials and what teardown must undo. */
export const runFile = path.join(resultsDir, 'e2e-run.json');
/** The signed-in browser state saved by the sign-in test for the others. */
export const signedInState = path.join(resultsDir, 'e2e-signed-in.json');
// E2E_PORT lets two runs share a machine (a CI dry run beside a developer's run).
export const PORT = Number(process.env.E2E_PORT ?? 8181);
export const baseURL = `http://127.0.0.1:${PORT}`;

export interface RunInfo {
  email: string;
  oneTimePassword: string;
  /** The password the sign-in test chooses when it is asked to change it. */
  newPassword: string;
  dataDir: string;
  serverPid: number;
}
