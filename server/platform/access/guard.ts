import { forbidden, notFound, unauthorized } from '../http/errors.js';
import { can, type Resource } from './policy.js';
import type { Caller, Principal } from './principal.js';

/** Throws unless the caller may act; a row the caller may not even read is reported as absent. */
export function authorize(
  caller: Caller,
  resource: Resource,
  action: string,
  row: object,
  options: { hideIfUnreadable?: boolean } = {},
): void {
  if (can(caller, resource, action, row)) return;
  if (caller === null) throw unauthorized();
  if (options.hideIfUnreadable !== false && action !== 'read' && !can(caller, resource, 'read', row)) {
    throw notFound();
  }
  if (action === 'read') throw notFound();
  throw forbidden();
}

export function requireSignedIn(caller: Caller): Principal {
  if (caller === null) throw unauthorized();
  return caller;
}
