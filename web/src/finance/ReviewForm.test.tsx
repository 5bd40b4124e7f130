import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { financeI18nForTests } from './i18n/for-tests';
import { allowedDecisions, ReviewForm } from './ReviewForm';

describe('ReviewForm', () => {
  beforeEach(() => financeI18nForTests('en'));

  it('offers only the decisions the four-eyes workflow allows in each state', () => {
    expect(allowedDecisions('open')).toEqual(['not-a-match', 'propose-match']);
    expect(allowedDecisions('match-proposed')).toEqual(['confirm-match', 'reject-proposal']);
    expect(allowedDecisions('confirmed-match')).toEqual([]);
    expect(allowedDecisions('not-a-match')).toEqual([]);
  });

  it('shows buttons for an open alert and none for a closed one', () => {
    const open = renderToStaticMarkup(<ReviewForm alertId="a" status="open" onReviewed={() => undefined} />);
    expect(open).toContain('data-decision="propose-match"');
    expect(open).toContain('Propose a match');
    expect(open).not.toContain('data-decision="confirm-match"');
    const closed = renderToStaticMarkup(<ReviewForm alertId="a" status="confirmed-match" onReviewed={() => undefined} />);
    expect(closed).not.toContain('data-decision');
    expect(closed).toContain('This alert is closed');
  });
});
