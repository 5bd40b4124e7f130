import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { CandidateCard } from './CandidateCard';
import { financeI18nForTests } from './i18n/for-tests';
import type { Candidate } from './types';

const candidate: Candidate = {
  source: 'un',
  designationId: 'QDi.801',
  kind: 'person',
  primaryName: 'Muhammad bin Abdullah al-Ahmad',
  matchedName: 'محمد بن عبد الله الأحمد',
  matchedNameKind: 'original-script',
  score: 0.968,
  nameScore: 0.94,
  programmes: ['Al-Qaida'],
  explanation: {
    parts: [
      { query: 'محمد', matched: 'محمد', how: 'exact', similarity: 1 },
      { query: 'عبدالله', matched: 'عبد الله', how: 'joined', similarity: 0.97 },
      { query: 'الاحمد', matched: 'الأحمد', how: 'fuzzy', similarity: 0.874 },
    ],
    reasons: ['+ year of birth 1975 matches', 'matched the name in its original script'],
    text: '…',
  },
};

describe('CandidateCard', () => {
  beforeEach(() => financeI18nForTests('en'));

  it('shows the source and designation, both names with the matched name’s kind, the score and the explanation', () => {
    const html = renderToStaticMarkup(<CandidateCard candidate={candidate} threshold={0.8} />);
    expect(html).toContain('data-designation="QDi.801"');
    expect(html).toContain('>UN<');
    expect(html).toContain('original script');
    expect(html).toContain('0.97'); // the score, two decimals
    expect(html).toContain('inline-size:97%');
    expect(html).toMatch(/<td><span class="how" data-how="fuzzy">fuzzy<\/span> <bdi class="similarity">0.87<\/bdi><\/td>/);
    expect(html).toContain('Year of birth 1975 matches');
    expect(html).toContain('Al-Qaida');
  });

  it('isolates Arabic names with dir="auto" and marks them as Arabic', () => {
    const html = renderToStaticMarkup(<CandidateCard candidate={candidate} />);
    expect(html).toContain('<bdi dir="auto" lang="ar" class="name">محمد بن عبد الله الأحمد</bdi>');
    expect(html).toContain('<bdi dir="auto" class="name">Muhammad bin Abdullah al-Ahmad</bdi>');
  });

  it('is written in Arabic for an Arabic reader, with Latin digits', async () => {
    await financeI18nForTests('ar');
    const html = renderToStaticMarkup(<CandidateCard candidate={candidate} />);
    expect(html).toContain('سبب التطابق');
    expect(html).toContain('تطابق تام');
    expect(html).toContain('بالحروف الأصلية');
    expect(html).toContain('0.97');
  });
});
