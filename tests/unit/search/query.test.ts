import { describe, expect, it } from 'vitest';
import { matchStatuses, parseQuery } from '@/lib/search/query';

describe('parseQuery', () => {
  it('splits free text into lower-cased words as the index does', () => {
    expect(parseQuery('  Frozen LLMs, state-of-the-art ').terms).toEqual(['frozen', 'llms', 'state', 'of', 'the', 'art']);
    expect(parseQuery('"text encoders"').terms).toEqual(['text', 'encoders']);
  });

  it('reads every field filter, quoted values and negation', () => {
    const q = parseQuery('diffusion tag:"to discuss" -tag:Vision site:arxiv catalogue:hf');
    expect(q.terms).toEqual(['diffusion']);
    expect(q.filters).toEqual([
      { field: 'tag', value: 'to discuss', negate: false },
      { field: 'tag', value: 'vision', negate: true },
      { field: 'site', value: 'arxiv', negate: false },
      { field: 'catalogue', value: 'hf', negate: false },
    ]);
    expect(q.problems).toEqual([]);
  });

  it('reads statuses exactly, or by prefix while being typed', () => {
    expect(matchStatuses('read')).toEqual(['read']);
    expect(matchStatuses('rea')).toEqual(['reading', 'read']);
    expect(matchStatuses('to read')).toEqual(['to-read']);
    expect(parseQuery('status:to-read').filters).toEqual([{ field: 'status', value: ['to-read'], negate: false }]);
  });

  it.each([
    ['year:2021', { from: 2021, to: 2021 }],
    ['year:2019..2021', { from: 2019, to: 2021 }],
    ['year:2021-2019', { from: 2019, to: 2021 }],
    ['year:>2020', { from: 2021, to: 9999 }],
    ['year:>=2020', { from: 2020, to: 9999 }],
    ['year:<2020', { from: 0, to: 2019 }],
    ['year:<=2020', { from: 0, to: 2020 }],
  ])('reads %s', (text, value) => {
    expect(parseQuery(text).filters).toEqual([{ field: 'year', value, negate: false }]);
  });

  it('mentions what it cannot read and keeps the rest', () => {
    const q = parseQuery('status:done year:twenty words');
    expect(q.filters).toEqual([]);
    expect(q.terms).toEqual(['words']);
    expect(q.problems).toHaveLength(2);
    expect(q.problems[0]).toMatch(/status/);
  });

  it('ignores a filter still being typed, and treats unknown fields as text', () => {
    expect(parseQuery('tag:').filters).toEqual([]);
    expect(parseQuery('tag: x').terms).toEqual(['x']);
    expect(parseQuery('author:smith').terms).toEqual(['author', 'smith']);
    expect(parseQuery('TAG:NLP').filters).toEqual([{ field: 'tag', value: 'nlp', negate: false }]);
  });

  it('has nothing to ask for an empty box or a half-typed filter', () => {
    expect(parseQuery('  ')).toEqual({ terms: [], filters: [], problems: [] });
    expect(parseQuery('tag:')).toEqual({ terms: [], filters: [], problems: [] });
  });
});
