import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/**
 * The engines integration tests run on: the embedded one always, and PostgreSQL when
 * TEST_DATABASE_URL is set. Each PostgreSQL database gets its own schema, so test files
 * running in parallel never see each other's rows; it is dropped on close.
 */
export function testDatabases(): TestDatabase[] {
  const engines: TestDatabase[] = [{ name: 'pglite', open: () => openMigrated(openPglite()) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) engines.push({ name: 'postgres', open: () => openIsolatedPostgres(url) });
  return engines;
}

async function openMigrated(opening: Promise<Database>): Promise<Database> {
  const db = await opening;
  await migrate(db);
  return db;
}

async function openIsolatedPostgres(url: string): Promise<Database> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres(url, { schema });
  await migrate(db);
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
