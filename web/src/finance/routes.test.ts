import { describe, expect, it } from 'vitest';
import { financePaths, matchFinanceRoute } from './routes';

describe('matchFinanceRoute', () => {
  it('knows the finance pages', () => {
    expect(matchFinanceRoute('/ctf')).toEqual({ name: 'screen' });
    expect(matchFinanceRoute('/ctf/screen/')).toEqual({ name: 'screen' });
    expect(matchFinanceRoute('/ctf/batch')).toEqual({ name: 'batch' });
    expect(matchFinanceRoute('/ctf/lists')).toEqual({ name: 'lists' });
    expect(matchFinanceRoute('/ctf/lists/12')).toEqual({ name: 'listVersion', id: 12 });
    expect(matchFinanceRoute('/ctf/library')).toEqual({ name: 'library' });
    expect(matchFinanceRoute('/ctf/library/new')).toEqual({ name: 'newDocument' });
    expect(matchFinanceRoute('/ctf/library/8d1f-22')).toEqual({ name: 'document', id: '8d1f-22' });
    expect(matchFinanceRoute('/ctf/alerts/abc-1')).toEqual({ name: 'alert', id: 'abc-1' });
  });

  it('reads the alert queue’s tab and page from the query, falling back to the open tab and page 1', () => {
    expect(matchFinanceRoute('/ctf/alerts')).toEqual({ name: 'alerts', status: 'open', page: 1 });
    expect(matchFinanceRoute('/ctf/alerts', '?status=match-proposed&page=3')).toEqual({ name: 'alerts', status: 'match-proposed', page: 3 });
    expect(matchFinanceRoute('/ctf/alerts', '?status=bogus&page=-2')).toEqual({ name: 'alerts', status: 'open', page: 1 });
  });

  it('leaves other paths alone and refuses malformed finance paths', () => {
    expect(matchFinanceRoute('/')).toBeNull();
    expect(matchFinanceRoute('/ctfx')).toBeNull();
    expect(matchFinanceRoute('/members/SA')).toBeNull();
    expect(matchFinanceRoute('/ctf/lists/0')).toBeNull();
    expect(matchFinanceRoute('/ctf/lists/abc')).toBeNull();
    expect(matchFinanceRoute('/ctf/alerts/a/b')).toBeNull();
    expect(matchFinanceRoute('/ctf/nowhere')).toBeNull();
    expect(matchFinanceRoute('/ctf/library/%3Cscript%3E')).toBeNull();
  });

  it('builds paths that it matches back', () => {
    expect(matchFinanceRoute(financePaths.listVersion(7))).toEqual({ name: 'listVersion', id: 7 });
    const alerts = new URL(financePaths.alerts('confirmed-match', 2), 'http://x');
    expect(matchFinanceRoute(alerts.pathname, alerts.search)).toEqual({ name: 'alerts', status: 'confirmed-match', page: 2 });
    expect(financePaths.alerts()).toBe('/ctf/alerts?status=open');
  });
});
