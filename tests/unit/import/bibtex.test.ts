import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '@/lib/import/bibtex';
import { parseCslJson } from '@/lib/import/csl';
import { detectFormat } from '@/lib/import/detect-format';
import { toBibtex } from '@/lib/export/bibtex';
import { toCslJson } from '@/lib/export/csl';
import { attention, preprint } from '../export/sample';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: string[] }): T => {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
};

describe('BibTeX import', () => {
  it('reads a Zotero export: arXiv id from the DOI, tags from keywords, annote as note', () => {
    const [a, bert] = ok(parseBibtex(fixture('zotero.bib')));
    expect(a).toMatchObject({
      label: 'Entry "vaswani_attention_2023" (line 2)',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      year: 2023,
      ids: { arxiv: '1706.03762', doi: '10.48550/arxiv.1706.03762' },
      url: 'http://arxiv.org/abs/1706.03762',
      tags: ['Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
      note: 'Comment: 15 pages, 5 figures',
    });
    expect(a).not.toHaveProperty('venue');
    expect(bert).toMatchObject({ title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', venue: 'Proceedings of NAACL-HLT', year: 2019 });
  });

  it('reads Better BibTeX: double braces, biblatex date/eprinttype, LaTeX markup as plain text', () => {
    const [a, clip] = ok(parseBibtex(fixture('better-bibtex.bib')));
    expect(a).toMatchObject({
      title: 'Attention Is All You Need',
      venue: 'Advances in Neural Information Processing Systems',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Łukasz Kaiser'],
      abstract: 'We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.',
      tags: ['attention', 'transformers'],
      note: 'Read with the reading group; see §3.2 and Table 2.',
    });
    expect(clip).toMatchObject({ title: 'Learning Transferable Visual Models From Natural Language Supervision', year: 2021, ids: { arxiv: '2103.00020' } });
  });

  it('reads Google Scholar and DBLP, finding arXiv ids in journal and volume', () => {
    const [gs1, gs2] = ok(parseBibtex(fixture('google-scholar.bib')));
    expect(gs1).toMatchObject({ title: 'Attention is all you need', venue: 'Advances in neural information processing systems', ids: {} });
    expect(gs2).toMatchObject({ ids: { arxiv: '2103.00020' } });
    expect(gs2).not.toHaveProperty('venue');
    const [dblp] = ok(parseBibtex(fixture('dblp.bib')));
    expect(dblp).toMatchObject({ ids: { arxiv: '1706.03762' }, authors: ['Ashish Vaswani', 'Noam Shazeer'] });
    expect(dblp).not.toHaveProperty('venue');
  });

  it('refuses a malformed file, naming the entry and line', () => {
    const result = parseBibtex(fixture('broken.bib'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/Entry "broken2021".*line \d+/);
  });

  it.each([
    ['no entries', 'just some text', /No BibTeX entries/],
    ['an entry without a title', '@misc{k, year = {2020}}', /Entry "k" \(line 1\) has no title/],
    ['a tag too long', `@misc{k, title = {T}, keywords = {${'x'.repeat(70)}}}`, /Entry "k".*tag.*at most 64/],
    ['an unknown @string', '@misc{a, title = {A}}\n@misc{k,\n  title = foo}', /Entry "k" \(line 2\): .*foo/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const result = parseBibtex(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('resolves @string definitions wherever they are, and splits long files into pieces', () => {
    const entries = Array.from({ length: 120 }, (_, i) => `@inproceedings{k${i}, title = {Paper number ${i}}, booktitle = nips # { 2017}}`);
    const text = `% Exported\n${entries.slice(0, 60).join('\n')}\n@string{nips = {NeurIPS}}\n${entries.slice(60).join('\n')}`;
    const refs = ok(parseBibtex(text));
    expect(refs).toHaveLength(120);
    expect(refs[119]).toMatchObject({ title: 'Paper number 119', venue: 'NeurIPS 2017', label: 'Entry "k119" (line 122)' });
  });

  it('names the entry and line of an error deep in a long file', () => {
    const entries = Array.from({ length: 120 }, (_, i) => `@misc{k${i}, title = {Paper ${i}}}`);
    entries[100] = '@misc{bad, title = {Unclosed}';
    const result = parseBibtex(entries.join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^Entry "bad" \(line 101\): /);
  });

  it('reads back our own export', () => {
    const [a, b] = ok(parseBibtex(toBibtex([attention, preprint])));
    expect(a).toMatchObject({ title: attention.title, authors: attention.authors, year: 2017, venue: 'NeurIPS', ids: attention.ids });
    // The parser sorts keywords.
    expect(a!.tags).toEqual([...attention.tags].sort());
    expect(a!.note.replace(/\s+/g, ' ')).toBe(attention.note.replace(/\s+/g, ' '));
    expect(b).toMatchObject({ title: preprint.title, authors: preprint.authors, ids: { arxiv: '2411.11927' } });
  });
});

describe('CSL-JSON import', () => {
  it('reads a Zotero CSL-JSON export', () => {
    const [a, bert] = ok(parseCslJson(fixture('zotero-csl.json')));
    expect(a).toMatchObject({ label: 'Item 1 ("http://zotero.org/users/1/items/ABCD1234")', title: 'Attention Is All You Need', year: 2023, ids: { arxiv: '1706.03762' } });
    expect(bert).toMatchObject({ venue: 'Proceedings of NAACL-HLT', authors: ['Jacob Devlin', 'Google AI Language'], tags: ['nlp', 'pretraining'], year: 2019 });
  });

  it('reads back our own export', () => {
    const [a, b] = ok(parseCslJson(toCslJson([attention, preprint])));
    expect(a).toMatchObject({ title: attention.title, authors: attention.authors, venue: 'NeurIPS', tags: attention.tags, note: attention.note, ids: attention.ids });
    expect(b).toMatchObject({ title: preprint.title, ids: { arxiv: '2411.11927' } });
  });

  it.each([
    ['bad JSON', '[{"title": "x",}]', /not valid JSON \(line 1, column \d+\)/],
    ['a wrong type', '[{"title": "ok"}, {"id": "b", "title": 5}]', /Item 2 \("b"\): title/],
    ['an item without a title', '[{"id": "x"}]', /Item 1 \("x"\) has no title/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const result = parseCslJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});

describe('format detection', () => {
  it.each([
    ['a.bib', '% comment\n@article{x,', 'bibtex'],
    ['refs.txt', '\n\n@misc{x, title={y}}', 'bibtex'],
    ['b.json', '{"format":"marginalia-backup","version":1}', 'backup'],
    ['b.json', '\uFEFF{ "exportedAt": "x", "format": "marginalia-backup" }', 'backup'],
    ['z.json', '[{"title":"x"}]', 'csl-json'],
    ['notes.txt', 'hello', undefined],
  ])('%s → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});
