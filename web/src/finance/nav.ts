import type { TFunction } from 'i18next';
import { financePaths, type FinanceRoute } from './routes';

export interface FinanceNavEntry {
  id: 'screen' | 'batch' | 'alerts' | 'lists' | 'library';
  href: string;
  /** The routes under this entry, for aria-current. */
  routes: FinanceRoute['name'][];
}

/** The finance section's own navigation, in order. */
export const financeNav: FinanceNavEntry[] = [
  { id: 'screen', href: financePaths.screen(), routes: ['screen'] },
  { id: 'batch', href: financePaths.batch(), routes: ['batch'] },
  { id: 'alerts', href: financePaths.alerts(), routes: ['alerts', 'alert'] },
  { id: 'lists', href: financePaths.lists(), routes: ['lists', 'listVersion'] },
  { id: 'library', href: financePaths.library(), routes: ['library', 'document', 'newDocument'] },
];

export function navLabel(id: FinanceNavEntry['id'], tf: TFunction): string {
  switch (id) {
    case 'screen': return tf('nav.screen');
    case 'batch': return tf('nav.batch');
    case 'alerts': return tf('nav.alerts');
    case 'lists': return tf('nav.lists');
    case 'library': return tf('nav.library');
  }
}
