import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { Caller } from '../access/principal.js';
import type { AuditActor } from '../audit/audit-log.js';

export interface RouteDeps {
  config: Config;
  db: Database;
}


export function actorOf(caller: Caller): AuditActor {
  return caller ? { userId: caller.userId, email: caller.email, state: caller.state } : {};
}
