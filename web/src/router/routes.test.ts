import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes';

describe('matchRoute', () => {
  it('knows the pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/members/')).toEqual({ name: 'members' });
    expect(matchRoute('/members/sa')).toEqual({ name: 'member', code: 'SA' });
    expect(matchRoute('/audit')).toEqual({ name: 'audit' });
    expect(matchRoute('/account/')).toEqual({ name: 'account' });
    expect(matchRoute('/admin/users')).toEqual({ name: 'users' });
    expect(matchRoute('/admin')).toEqual({ name: 'notFound' });
    expect(matchRoute('/members/SAU')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'notFound' });
  });

  it('hands the /ctf pages to the finance section', () => {
    expect(matchRoute('/ctf/screen')).toEqual({ name: 'finance', route: { name: 'screen' } });
    expect(matchRoute('/ctf/alerts', '?status=not-a-match')).toEqual({ name: 'finance', route: { name: 'alerts', status: 'not-a-match', page: 1 } });
    expect(matchRoute('/ctf/lists/3/')).toEqual({ name: 'finance', route: { name: 'listVersion', id: 3 } });
    expect(matchRoute('/ctf/elsewhere')).toEqual({ name: 'notFound' });
  });

  it('returns to a same-site path after sign-in, never to another site', () => {
    expect(matchRoute('/sign-in', `?next=${encodeURIComponent('/audit')}`)).toEqual({ name: 'signIn', next: '/audit' });
    expect(matchRoute('/sign-in', '?next=//evil.example/x')).toEqual({ name: 'signIn', next: null });
    expect(matchRoute('/sign-in', '?next=https://evil.example')).toEqual({ name: 'signIn', next: null });
    expect(paths.signIn('/audit')).toBe('/sign-in?next=%2Faudit');
  });
});
