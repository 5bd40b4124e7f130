import { matchFinanceRoute, type FinanceRoute } from '../finance/routes';

export type Route =
  | { name: 'home' }
  | { name: 'members' }
  | { name: 'member'; code: string }
  | { name: 'audit' }
  | { name: 'account' }
  | { name: 'users' }
  | { name: 'signIn'; next: string | null }
  | { name: 'finance'; route: FinanceRoute }
  | { name: 'notFound' };

/** Turns a location path into a route; query strings only matter for sign-in's return path. */
export function matchRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/members') return { name: 'members' };
  const member = /^\/members\/([A-Za-z]{2})$/.exec(path);
  if (member) return { name: 'member', code: member[1].toUpperCase() };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/account') return { name: 'account' };
  if (path === '/admin/users') return { name: 'users' };
  if (path === '/sign-in') {
    const next = new URLSearchParams(search).get('next');
    // Only same-site paths, so the parameter cannot send the user elsewhere.
    return { name: 'signIn', next: next && next.startsWith('/') && !next.startsWith('//') ? next : null };
  }
  const finance = matchFinanceRoute(path, search);
  if (finance) return { name: 'finance', route: finance };
  return { name: 'notFound' };
}

export const paths = {
  home: () => '/',
  members: () => '/members',
  member: (code: string) => `/members/${code}`,
  audit: () => '/audit',
  account: () => '/account',
  users: () => '/admin/users',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
};
