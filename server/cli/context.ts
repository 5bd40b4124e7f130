import { loadConfig, ConfigError, type Config } from '../platform/config/config.js';
import { openDatabase, type Database } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

/** Opens the configured database with migrations applied; every command starts here. */
export async function openContext(): Promise<{ config: Config; db: Database }> {
  const config = loadConfig();
  const db = await openDatabase(config);
  await migrate(db);
  return { config, db };
}

export function fail(message: string): never {
  process.stderr.write(`tahaluf: ${message}\n`);
  process.exit(2);
}

export function describeError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
