import { ALERT_STATUSES, type AlertStatus } from './types';

export type FinanceRoute =
  | { name: 'screen' }
  | { name: 'batch' }
  | { name: 'alerts'; status: AlertStatus; page: number }
  | { name: 'alert'; id: string }
  | { name: 'lists' }
  | { name: 'listVersion'; id: number }
  | { name: 'library' }
  | { name: 'newDocument' }
  | { name: 'document'; id: string };

const ID = /^[A-Za-z0-9-]{1,64}$/;

function isStatus(value: string | null): value is AlertStatus {
  return value !== null && (ALERT_STATUSES as string[]).includes(value);
}

/** The finance page for a path under /ctf, or null when the path is not one of ours. */
export function matchFinanceRoute(pathname: string, search = ''): FinanceRoute | null {
  const path = pathname.replace(/\/+$/, '');
  if (path !== '/ctf' && !path.startsWith('/ctf/')) return null;
  const parts = path.split('/').slice(2);
  const [section, id, ...rest] = parts;
  if (rest.length > 0) return null;
  switch (section) {
    case undefined:
    case 'screen':
      return id === undefined ? { name: 'screen' } : null;
    case 'batch':
      return id === undefined ? { name: 'batch' } : null;
    case 'alerts': {
      if (id !== undefined) return ID.test(id) ? { name: 'alert', id } : null;
      const query = new URLSearchParams(search);
      const status = query.get('status');
      const page = Number(query.get('page') ?? '1');
      return { name: 'alerts', status: isStatus(status) ? status : 'open', page: Number.isInteger(page) && page > 0 ? page : 1 };
    }
    case 'lists':
      if (id === undefined) return { name: 'lists' };
      return /^[1-9]\d{0,15}$/.test(id) ? { name: 'listVersion', id: Number(id) } : null;
    case 'library':
      if (id === undefined) return { name: 'library' };
      if (id === 'new') return { name: 'newDocument' };
      return ID.test(id) ? { name: 'document', id } : null;
    default:
      return null;
  }
}

export const financePaths = {
  screen: () => '/ctf/screen',
  batch: () => '/ctf/batch',
  alerts: (status: AlertStatus = 'open', page = 1) =>
    `/ctf/alerts?status=${status}${page > 1 ? `&page=${page}` : ''}`,
  alert: (id: string) => `/ctf/alerts/${encodeURIComponent(id)}`,
  lists: () => '/ctf/lists',
  listVersion: (id: number) => `/ctf/lists/${id}`,
  library: () => '/ctf/library',
  newDocument: () => '/ctf/library/new',
  document: (id: string) => `/ctf/library/${encodeURIComponent(id)}`,
};
