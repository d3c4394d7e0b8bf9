import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexName } from '@/lib/export/bibtex-names';
import { bibtexEntry, bibtexType, toBibtex } from '@/lib/export/bibtex';
import { baseCitationKey, citationKeys } from '@/lib/export/citation-keys';
import { escapeLatex, escapeTitle } from '@/lib/export/latex';
import { attention, paper, preprint } from './sample';

describe('BibTeX entry types', () => {
  it.each([
    ['NeurIPS', {}, 'inproceedings'],
    ['Proceedings of the 2019 Conference of the North American Chapter of the ACL', {}, 'inproceedings'],
    ['ICLR 2024 Poster', {}, 'inproceedings'],
    ['Journal of Machine Learning Research', {}, 'article'],
    ['Transactions on Machine Learning Research', { openreview: 'abc123' }, 'article'],
    ['Nature', {}, 'article'],
    ['Some Venue', { openreview: 'abc123' }, 'inproceedings'],
    ['Some Venue', { acl: 'Q19-1001' }, 'article'],
    [undefined, { arxiv: '1706.03762' }, 'misc'],
    ['arXiv preprint arXiv:1706.03762', { arxiv: '1706.03762' }, 'misc'],
    ['CoRR', {}, 'misc'],
  ] as const)('%s with %o is @%s', (venue, ids, type) => {
    expect(bibtexType({ venue, ids })).toBe(type);
  });
});

describe('citation keys', () => {
  it('are surname + year + first significant title word, ASCII only', () => {
    expect(baseCitationKey(attention)).toBe('vaswani2017attention');
    expect(baseCitationKey(paper({ id: 'x', title: 'On the Ångström Scale', authors: ['Zoë Ågren-Šimić'], year: 2020 }))).toBe('agrensimic2020angstrom');
    expect(baseCitationKey(paper({ id: 'x', title: 'A', authors: [] }))).toBe('anon');
    expect(baseCitationKey(paper({ id: 'x', title: 'Deep Learning', authors: ['King, Jr., Martin'] }))).toBe('kingdeep');
  });

  it('are deduplicated with suffixes in the order papers were added, whatever the export order', () => {
    const a = paper({ id: 'a', title: 'Attention again', authors: ['A. Vaswani'], year: 2017, addedAt: 30 });
    const b = paper({ id: 'b', title: 'Attention once more', authors: ['B. Vaswani'], year: 2017, addedAt: 10 });
    const c = paper({ id: 'c', title: 'Attention, the third', authors: ['C. Vaswani'], year: 2017, addedAt: 20 });
    const keys = citationKeys([a, b, c]);
    expect([keys.get('b'), keys.get('c'), keys.get('a')]).toEqual(['vaswani2017attention', 'vaswani2017attentiona', 'vaswani2017attentionb']);
    expect(citationKeys([c, a, b])).toEqual(keys);
  });
});

describe('escaping', () => {
  it('escapes every LaTeX special and breaks ligatures', () => {
    expect(escapeLatex('# $ % & _ { } ~ ^ \\ < >')).toBe(
      '\\# \\$ \\% \\& \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{} \\textgreater{}',
    );
    expect(escapeLatex('a--b ``c\'\' !`')).toBe("a-{}-b `{}`c'{}' !{}`");
    expect(escapeLatex('Zoë 日本 😀')).toBe('Zoë 日本 😀');
  });

  it('protects the capitals of acronyms in titles', () => {
    expect(escapeTitle('BERT for LLMs in iOS: Attention Is Enough')).toBe('{BERT} for {LLMs} in {iOS:} Attention Is Enough');
  });

  it('writes names as BibTeX parses them', () => {
    expect(bibtexName('Ludwig van Beethoven')).toBe('van Beethoven, Ludwig');
    expect(bibtexName('Martin Luther King Jr.')).toBe('King, Jr., Martin Luther');
    expect(bibtexName('Plato')).toBe('Plato');
    expect(bibtexName('Smith and Sons')).toBe('{Smith and Sons}');
    expect(bibtexName('Vaswani, Ashish')).toBe('Vaswani, Ashish');
  });
});

describe('a .bib file', () => {
  it('has the fields of an arXiv paper published at a conference', () => {
    expect(bibtexEntry(attention, 'vaswani2017attention')).toBe(`@inproceedings{vaswani2017attention,
  title = {Attention Is All You Need},
  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki},
  booktitle = {NeurIPS},
  year = {2017},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
  doi = {10.48550/arxiv.1706.03762},
  url = {https://arxiv.org/abs/1706.03762},
  abstract = {The dominant sequence transduction models…},
  keywords = {transformers, to discuss},
  annote = {Multi-head attention: see **§3.2**.

Cost is O(n\\textasciicircum{}2) \\& 100\\% parallel\\_izable.}
}
`);
  });

  it('writes a preprint as @misc with eprint, archivePrefix and primaryClass, and parses back', () => {
    const bib = toBibtex([attention, preprint], (p) => (p.id === preprint.id ? { primaryClass: 'cs.CV' } : {}));
    const lib = parse(bib, { english: false, sentenceCase: false, caseProtection: 'strict' });
    expect(lib.errors).toEqual([]);
    const [, flame] = lib.entries;
    expect(flame).toMatchObject({ type: 'misc', key: 'cao2024flame' });
    expect(flame!.fields).toMatchObject({
      title: preprint.title,
      eprint: '2411.11927',
      archiveprefix: 'arXiv',
      primaryclass: 'cs.CV',
      keywords: ['ml', 'vision language'],
    });
    expect(flame!.fields.author).toEqual([
      { firstName: 'Anjia', lastName: 'Cao' },
      { firstName: 'Ludwig', prefix: 'van', lastName: 'Beethoven' },
      { firstName: 'Martin Luther', lastName: 'King', suffix: 'Jr.' },
      { firstName: 'Zoë', lastName: 'Ågren-Šimić' },
    ]);
  });
});
